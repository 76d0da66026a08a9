package dev.reload.calendar.web;

import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.reload.account.AccountPrincipal;
import dev.reload.calendar.CalendarFeedService;
import dev.reload.calendar.CalendarFeedService.Feed;
import dev.reload.calendar.FeedThrottle;
import dev.reload.system.web.NotFoundException;
import dev.reload.system.web.TooManyRequestsException;

@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Calendar")
class CalendarApiController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarFeedService feeds;
    private final FeedThrottle throttle;

    CalendarApiController(CalendarFeedService feeds, FeedThrottle throttle) {
        this.feeds = feeds;
        this.throttle = throttle;
    }

    @Schema(description = "The address of the account's calendar feed")
    record CalendarLink(
            @Schema(description = "Answers text/calendar without a token: whoever has it can read the plan")
            String url) {}

    @GetMapping
    @Operation(
            operationId = "calendarLink",
            summary = "The address of the account's private calendar feed",
            description = "Made on the first call; the same address on every later call until DELETE stops it. "
                    + "Subscribe to it in a calendar app. It needs no token, so keep it private.")
    @ApiResponse(responseCode = "200", description = "The feed's address")
    CalendarLink link(@AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request) {
        return new CalendarLink(
                FeedUrls.of(request, feeds.linkOrCreate(me.accountId()).token()).url());
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            operationId = "stopCalendarFeed",
            summary = "Stop the calendar feed",
            description = "Its address answers 404 from now on; GET makes a new one. Also 204 when there was none.")
    @ApiResponse(responseCode = "204", description = "The feed is stopped")
    void stop(@AuthenticationPrincipal AccountPrincipal me) {
        feeds.stop(me.accountId());
    }

    @GetMapping("/feed/{token}.ics")
    @Operation(
            operationId = "calendarFeed",
            summary = "The plan as an iCalendar feed (the address from GET /api/v1/calendar)",
            description = "No token: the address is the key. The plan weeks from two before this one to four"
                    + " after it: each suggested session with its dose, the strength days with their exercises,"
                    + " the weekly reviews, and a morning check-in every day at 07:30 with a reminder. Events"
                    + " keep their UID; SEQUENCE, DTSTAMP and LAST-MODIFIED change whenever the feed does."
                    + " Send the ETag back in If-None-Match to get a 304 while nothing changed.")
    @ApiResponse(
            responseCode = "200",
            description = "The feed",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
    @ApiResponse(
            responseCode = "304",
            description = "Nothing changed since the ETag sent in If-None-Match",
            content = @Content)
    @ApiResponse(responseCode = "404", description = "No feed has this address: never made, or stopped")
    @ApiResponse(
            responseCode = "429",
            description = "Too many unknown feed addresses from this client; Retry-After says when to try again")
    ResponseEntity<String> feed(@PathVariable String token, HttpServletRequest request) {
        String address = request.getRemoteAddr();
        if (!throttle.allows(address)) {
            throw new TooManyRequestsException(
                    "Too many unknown calendar addresses. Wait a few minutes, then try again.", throttle.retryAfter());
        }
        Feed feed = feeds.read(token, FeedUrls.today(request)).orElseGet(() -> {
            throttle.recordUnknown(address);
            throw new NotFoundException("calendar feed", "(unknown or stopped)");
        });
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .cacheControl(CacheControl.noCache().cachePrivate())
                .eTag(feed.etag())
                .header("Content-Disposition", "inline; filename=\"reload-plan.ics\"")
                .body(feed.calendar());
    }
}
