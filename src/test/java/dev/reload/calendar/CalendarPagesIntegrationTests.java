package dev.reload.calendar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.reload.account.AccountId;
import dev.reload.account.AccountPrincipal;
import dev.reload.account.AccountService;
import dev.reload.calendar.CalendarFeedService.FeedLink;
import dev.reload.knee.Activity;
import dev.reload.knee.Condition;
import dev.reload.knee.VolumeUnit;
import dev.reload.plan.PlanEntry;
import dev.reload.plan.PlanService;
import dev.reload.support.ApplicationTest;
import dev.reload.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The plan page's calendar section, without JavaScript: a form makes the link, the page shows it
 * with its webcal address, another form stops it; both forms need the CSRF token.
 */
@ApplicationTest
class CalendarPagesIntegrationTests {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private AccountService accounts;

    @Autowired
    private PlanService plans;

    @Autowired
    private CalendarFeedService feeds;

    private Visitor person;
    private AccountId id;

    @BeforeEach
    void aPersonWithAPlan() throws Exception {
        person = new Visitor(mvc);
        String email = "calendar-" + UUID.randomUUID() + "@example.org";
        person.perform(post("/register")
                .with(csrf())
                .param("email", email)
                .param("displayName", "Kim")
                .param("password", "amber-tundra-whistle"));
        id = ((AccountPrincipal) accounts.loadUserByUsername(email)).accountId();
        plans.create(
                id,
                new PlanEntry(
                        Condition.IT_BAND_SYNDROME,
                        Activity.RUN,
                        VolumeUnit.KM,
                        LocalDate.now(ZoneOffset.UTC),
                        new BigDecimal("20"),
                        3,
                        null,
                        new BigDecimal("3"),
                        null,
                        null,
                        null));
    }

    @Test
    void thePlanPageMakesTheLinkShowsItAndStopsIt() throws Exception {
        String before = page();
        assertThat(before)
                .contains("Add your plan to your calendar", "action=\"/plan/calendar\"", "Create my calendar link")
                .doesNotContain("Stop sharing", "webcal://");

        MvcResult created = person.perform(post("/plan/calendar").with(csrf()));
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/plan#calendar-heading");
        FeedLink link = feeds.link(id).orElseThrow();
        String shown = page();
        assertThat(shown)
                .contains(
                        "Your calendar link is ready",
                        "value=\"http://localhost/api/v1/calendar/feed/" + link.token() + ".ics\"",
                        "href=\"webcal://localhost/api/v1/calendar/feed/" + link.token() + ".ics\"",
                        "data-copy=\"calendar-url\"",
                        "Anyone who has this link can read your plan",
                        "action=\"/plan/calendar/stop\"",
                        "Stop sharing")
                .doesNotContain("Create my calendar link");

        person.perform(post("/plan/calendar").with(csrf())); // again: the same link
        assertThat(feeds.link(id)).contains(link);
        assertThat(page()).contains(link.token());

        MvcResult stopped = person.perform(post("/plan/calendar/stop").with(csrf()));
        assertThat(stopped.getResponse().getRedirectedUrl()).isEqualTo("/plan#calendar-heading");
        assertThat(feeds.link(id)).isEmpty();
        assertThat(page())
                .contains("That link no longer works", "Create my calendar link")
                .doesNotContain(link.token());
    }

    @Test
    void neitherFormWorksWithoutItsCsrfToken() throws Exception {
        assertThat(person.perform(post("/plan/calendar")).getResponse().getStatus())
                .isEqualTo(403);
        assertThat(feeds.link(id)).isEmpty();

        feeds.linkOrCreate(id);
        assertThat(person.perform(post("/plan/calendar/stop")).getResponse().getStatus())
                .isEqualTo(403);
        assertThat(feeds.link(id)).isPresent();
    }

    @Test
    void theLinkStaysOnThePlanPageWhenTheOnsetFormIsRefused() throws Exception {
        FeedLink link = feeds.linkOrCreate(id);

        MvcResult refused = person.perform(post("/plan/onset").with(csrf()).param("painOnset", "not a date"));

        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(refused.getResponse().getContentAsString()).contains("must be a date", link.token());
    }

    private String page() throws Exception {
        MvcResult page = person.perform(get("/plan"));
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        return page.getResponse().getContentAsString();
    }
}
