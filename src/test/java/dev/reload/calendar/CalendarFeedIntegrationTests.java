package dev.reload.calendar;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.reload.account.AccountId;
import dev.reload.account.AccountPrincipal;
import dev.reload.account.AccountService;
import dev.reload.account.DistanceUnit;
import dev.reload.support.ApiAccounts;
import dev.reload.support.ApplicationTest;

import static dev.reload.calendar.PlanCalendarTests.byUid;
import static dev.reload.calendar.PlanCalendarTests.errors;
import static dev.reload.calendar.PlanCalendarTests.parse;
import static dev.reload.calendar.PlanCalendarTests.text;
import static dev.reload.support.ApiContract.malformedOnPurpose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The calendar feed through the API, on the whole application: its address made once and kept,
 * read without signing in, stopped for good; each account's its own; what it holds following the
 * plan and the log; unknown addresses refused and, tried too often, throttled.
 */
@ApplicationTest
class CalendarFeedIntegrationTests {

    private static final String FEED = "http://localhost/api/v1/calendar/feed/[A-Za-z0-9_-]{43}\\.ics";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private AccountService accounts;

    /** This test's client address, so that the throttle of unknown feeds counts for it alone. */
    private final String address =
            "2001:db8::" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 16)) + ":"
                    + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 16));

    private String token;
    private LocalDate today;

    @BeforeEach
    void anAccount() throws Exception {
        token = ApiAccounts.newToken(mvc);
        today = LocalDate.now(ZoneOffset.UTC); // a new account's zone
    }

    @Test
    void theAddressIsMadeOnceReadWithoutSigningInAndStoppedForGood() throws Exception {
        String url = link(token);
        assertThat(url).matches(FEED);
        assertThat(link(token)).isEqualTo(url);

        MvcResult feed = read(url, 200);
        assertThat(feed.getResponse().getContentType()).isEqualTo("text/calendar;charset=UTF-8");
        assertThat(feed.getResponse().getHeader("Cache-Control"))
                .contains("private")
                .doesNotContain("public");
        assertThat(feed.getResponse().getHeader("ETag")).isNotBlank();
        assertThat(feed.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(feed.getResponse().getCookies()).isEmpty(); // no session for a calendar app
        Calendar calendar = parse(feed.getResponse().getContentAsString());
        assertThat(errors(calendar.validate())).isEmpty();
        assertThat(byUid(calendar).keySet()).singleElement().asString().startsWith("checkin-"); // no plan yet

        send(delete("/api/v1/calendar"), token, null, 204);
        MvcResult stopped = read(url, 404);
        assertThat(stopped.getResponse().getContentType()).startsWith("application/problem+json");
        send(delete("/api/v1/calendar"), token, null, 204); // nothing to stop: the same answer

        String renewed = link(token);
        assertThat(renewed).matches(FEED).isNotEqualTo(url);
        read(url, 404);
        read(renewed, 200);
    }

    @Test
    void eachAccountHasAnAddressOfItsOwnThatOnlyItCanStop() throws Exception {
        String other = ApiAccounts.newToken(mvc);
        send(post("/api/v1/plans"), token, plan("RUN", "KM", 4), 201);
        send(post("/api/v1/plans"), other, plan("CYCLE", "MINUTES", 30), 201);
        String mine = link(token);
        String theirs = link(other);
        assertThat(theirs).isNotEqualTo(mine);

        send(delete("/api/v1/calendar"), other, null, 204);

        read(theirs, 404);
        String feed = read(mine, 200).getResponse().getContentAsString();
        assertThat(summaries(parse(feed)))
                .anyMatch(s -> s.startsWith("Running: about 4 km"))
                .noneMatch(s -> s.startsWith("Cycling"));
    }

    @Test
    void theFeedFollowsThePlanAndTheLogAndSaysSoInItsRevision() throws Exception {
        send(post("/api/v1/plans"), token, plan("RUN", "KM", 4), 201);
        String url = link(token);

        MvcResult first = read(url, 200);
        Calendar before = parse(first.getResponse().getContentAsString());
        assertThat(summaries(before)).contains("Running: about 4 km (Reload)", "Strength work (Reload)");
        String etag = first.getResponse().getHeader("ETag");
        int revision = sequence(before);

        // read again with nothing changed: the same revision, and 304 for a client that sends the tag
        MvcResult again = read(url, 200);
        assertThat(again.getResponse().getHeader("ETag")).isEqualTo(etag);
        assertThat(sequence(parse(again.getResponse().getContentAsString()))).isEqualTo(revision);
        MvcResult notModified = mvc.perform(
                        fromAddress(get(URI.create(url).getPath()).header("If-None-Match", etag)))
                .andReturn();
        assertThat(notModified.getResponse().getStatus()).isEqualTo(304);
        assertThat(notModified.getResponse().getContentAsString()).isEmpty();

        // a session at the edge today: the next one holds at it
        send(
                post("/api/v1/sessions"),
                token,
                "{\"date\":\"" + today + "\",\"activity\":\"RUN\",\"volume\":3,\"painDuring\":4,\"painAfter\":2}",
                201);
        MvcResult afterSession = read(url, 200);
        Calendar after = parse(afterSession.getResponse().getContentAsString());
        assertThat(summaries(after)).contains("Running: no more than 3 km (Reload)");
        assertThat(sequence(after)).isEqualTo(revision + 1);
        assertThat(afterSession.getResponse().getHeader("ETag")).isNotEqualTo(etag);
        assertThat(byUid(after).keySet()).isEqualTo(byUid(before).keySet()); // the same events, updated

        // a new plan: its own events, in its own unit
        send(post("/api/v1/plans"), token, plan("CYCLE", "MINUTES", 30), 201);
        Calendar cycling = parse(read(url, 200).getResponse().getContentAsString());
        assertThat(summaries(cycling))
                .contains("Cycling: about 30 min (Reload)")
                .noneMatch(s -> s.startsWith("Running"));
        assertThat(sequence(cycling)).isEqualTo(revision + 2);
    }

    @Test
    void theFeedIsInThePersonsDistanceUnitAndTimeZone() throws Exception {
        send(post("/api/v1/plans"), token, plan("RUN", "KM", 4), 201);
        send(patch("/api/v1/account"), token, "{\"timeZone\":\"Pacific/Auckland\"}", 200);
        String email = JsonPath.read(
                send(get("/api/v1/account"), token, null, 200).getResponse().getContentAsString(), "$.email");
        AccountId id = ((AccountPrincipal) accounts.loadUserByUsername(email)).accountId();
        accounts.setDistanceUnit(id, DistanceUnit.MILES);

        Calendar calendar = parse(read(link(token), 200).getResponse().getContentAsString());

        assertThat(text(calendar, "X-WR-TIMEZONE")).isEqualTo("Pacific/Auckland");
        assertThat(summaries(calendar)).contains("Running: about 2.49 mi (Reload)");
    }

    @Test
    void unknownAddressesAre404AndTooManyOfThemFromOneClient429() throws Exception {
        read("http://localhost/api/v1/calendar/feed/not-a-feed.ics", 404);
        for (int i = 1; i < 20; i++) {
            read("http://localhost/api/v1/calendar/feed/" + unknownToken() + ".ics", 404);
        }

        MvcResult throttled = read("http://localhost/api/v1/calendar/feed/" + unknownToken() + ".ics", 429);

        assertThat(throttled.getResponse().getHeader("Retry-After")).isNotBlank();
        assertThat(throttled.getResponse().getContentType()).startsWith("application/problem+json");
    }

    @Test
    void theAddressNeedsAToken() throws Exception {
        MvcResult refused =
                mvc.perform(get("/api/v1/calendar").with(malformedOnPurpose())).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(401);
        MvcResult notStopped = mvc.perform(delete("/api/v1/calendar").with(malformedOnPurpose()))
                .andReturn();
        assertThat(notStopped.getResponse().getStatus()).isEqualTo(401);
    }

    private String link(String bearer) throws Exception {
        return JsonPath.read(
                send(get("/api/v1/calendar"), bearer, null, 200).getResponse().getContentAsString(), "$.url");
    }

    private MvcResult read(String url, int status) throws Exception {
        MvcResult result =
                mvc.perform(fromAddress(get(URI.create(url).getPath()))).andReturn();
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(status);
        return result;
    }

    private MvcResult send(MockHttpServletRequestBuilder request, String bearer, String json, int status)
            throws Exception {
        request.header("Authorization", "Bearer " + bearer);
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        MvcResult result = mvc.perform(fromAddress(request)).andReturn();
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(status);
        return result;
    }

    private MockHttpServletRequestBuilder fromAddress(MockHttpServletRequestBuilder request) {
        return request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }

    /** A plan begun nine days ago (today is in its second week): three sessions a week of {@code dose}. */
    private String plan(String activity, String unit, int dose) {
        return "{\"condition\":\"PATELLOFEMORAL_PAIN\",\"targetActivity\":\"" + activity + "\",\"unit\":\"" + unit
                + "\",\"startDate\":\"" + today.minusDays(9) + "\",\"weeklyGoal\":" + dose * 8
                + ",\"sessionsPerWeek\":3,\"tolerableDose\":" + dose + "}";
    }

    private static List<String> summaries(Calendar calendar) {
        return byUid(calendar).values().stream()
                .map(e -> text(e, Property.SUMMARY))
                .toList();
    }

    private static int sequence(Calendar calendar) {
        Map<String, VEvent> events = byUid(calendar);
        List<String> sequences = events.values().stream()
                .map(e -> text(e, Property.SEQUENCE))
                .distinct()
                .toList();
        assertThat(sequences).as("every event has the feed's revision").hasSize(1);
        return Integer.parseInt(sequences.get(0));
    }

    private static String unknownToken() {
        return UUID.randomUUID().toString().replace("-", "") + "AbCdEfGhIjK";
    }
}
