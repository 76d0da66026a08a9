package dev.reload.log.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.reload.account.AccountPrincipal;
import dev.reload.knee.Activity;
import dev.reload.log.CheckInView;
import dev.reload.log.LogDay;
import dev.reload.log.LogEntry;
import dev.reload.log.LogFilter;
import dev.reload.log.LogPage;
import dev.reload.log.LogSource;
import dev.reload.log.SessionView;
import dev.reload.log.StrengthView;
import dev.reload.log.WholeLogService;

/** The whole log over the API: every entry by day, newest first, a page of days at a time (docs/api.md). */
@RestController
@Tag(name = "Log")
class WholeLogApiController {

    static final String PATH = "/api/v1/log";

    private final WholeLogService log;

    WholeLogApiController(WholeLogService log) {
        this.log = log;
    }

    /** A page: its days, and the addresses of the next older and newer pages with the same filters (null at the ends). */
    record PageResponse(List<DayResponse> days, String older, String newer) {}

    record DayResponse(LocalDate date, List<EntryResponse> entries) {}

    /**
     * One entry: its kind, id and resource, and the item itself under the one field its kind names
     * (the other two are null).
     */
    record EntryResponse(
            LogEntry.Kind kind, long id, String href, SessionView session, StrengthView strength, CheckInView checkIn) {

        static EntryResponse of(LogEntry e) {
            return new EntryResponse(
                    e.kind(),
                    e.id(),
                    "/api/v1/" + e.kind().path() + "/" + e.id(),
                    e.session(),
                    e.strength(),
                    e.checkIn());
        }
    }

    @GetMapping(PATH)
    @Operation(
            summary = "Every entry ever logged or imported, by day, newest first",
            description = "A page holds the entries of up to " + WholeLogService.DAYS_PER_PAGE
                    + " days that have one, whole days only. Within a day: sessions (latest start first), then"
                    + " strength work (last entered first), then the morning check-in. Follow `older` and `newer`"
                    + " for the next pages; they keep the filters.")
    PageResponse page(
            @AuthenticationPrincipal AccountPrincipal me,
            @Parameter(description = "Only sessions of this activity (strength work and check-ins are left out)")
                    @RequestParam(required = false)
                    Activity activity,
            @Parameter(
                            description =
                                    "LOGGED: entered by hand (sessions, strength, check-ins); IMPORTED: sessions read"
                                            + " from files")
                    @RequestParam(required = false)
                    LogSource source,
            @Parameter(description = "Only the sessions this import (POST /api/v1/imports) brought in")
                    @RequestParam(required = false)
                    Long importId,
            @Parameter(
                            description = "The days before this one (YYYY-MM-DD, not included): a page further back, or"
                                    + " a jump to a date years ago")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = ISO.DATE)
                    LocalDate before,
            @Parameter(
                            description = "The days after this one (YYYY-MM-DD, not included): the next newer page;"
                                    + " not with before")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = ISO.DATE)
                    LocalDate after) {
        LogFilter filter = new LogFilter(activity, source, importId);
        LogPage page = log.page(me.accountId(), filter, before, after);
        return new PageResponse(
                page.days().stream().map(WholeLogApiController::day).toList(),
                page.olderBefore() == null ? null : LogLinks.page(PATH, filter, "before", page.olderBefore()),
                page.newerAfter() == null ? null : LogLinks.page(PATH, filter, "after", page.newerAfter()));
    }

    private static DayResponse day(LogDay day) {
        return new DayResponse(
                day.date(), day.entries().stream().map(EntryResponse::of).toList());
    }
}
