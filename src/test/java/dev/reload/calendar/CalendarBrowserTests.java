package dev.reload.calendar;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.reload.account.AccountId;
import dev.reload.account.AccountPrincipal;
import dev.reload.account.AccountService;
import dev.reload.account.PersonalClock;
import dev.reload.knee.Activity;
import dev.reload.knee.Condition;
import dev.reload.knee.VolumeUnit;
import dev.reload.plan.PlanEntry;
import dev.reload.plan.PlanService;
import dev.reload.support.ApiContract;
import dev.reload.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.reload.calendar.PlanCalendarTests.byUid;
import static dev.reload.calendar.PlanCalendarTests.errors;
import static dev.reload.calendar.PlanCalendarTests.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a browser: someone with a plan adds it to their calendar from the plan page, copies the
 * link with the Copy button, a calendar app (here an HTTP client) reads it over the network
 * without signing in, and they stop sharing it. The page is checked with axe and photographed at
 * 390 and 1280 px before and after the link is made.
 */
class CalendarBrowserTests extends BrowserTest {

    @Autowired
    private AccountService accounts;

    @Autowired
    private PersonalClock clock;

    @Autowired
    private PlanService plans;

    @Autowired
    private ApiContract contract;

    @Test
    void addsThePlanToACalendarCopiesTheLinkAndStopsSharingIt() throws Exception {
        String email = "calendar-" + UUID.randomUUID() + "@example.org";
        Page page = signedInPage(390, email);
        page.context().grantPermissions(List.of("clipboard-read", "clipboard-write"));
        AccountId me = ((AccountPrincipal) accounts.loadUserByUsername(email)).accountId();
        plans.create(
                me,
                new PlanEntry(
                        Condition.PATELLOFEMORAL_PAIN,
                        Activity.RUN,
                        VolumeUnit.KM,
                        clock.today(me).minusDays(9),
                        new BigDecimal("30"),
                        3,
                        null,
                        new BigDecimal("4"),
                        null,
                        null,
                        null));

        page.navigate(url("/plan"));
        Locator section = page.locator("[data-testid=plan-calendar]");
        assertThat(section.getByRole(AriaRole.HEADING)).hasText("Add your plan to your calendar");
        lookAt(page, "plan-calendar-none");

        section.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create my calendar link"))
                .click();
        assertThat(page).hasURL(Pattern.compile("/plan#calendar-heading$"));
        section = page.locator("[data-testid=plan-calendar]");
        assertThat(section.getByRole(AriaRole.STATUS).first()).hasText(Pattern.compile("Your calendar link is ready"));
        Locator link = section.getByLabel("Your private calendar link");
        assertThat(link)
                .hasValue(Pattern.compile("http://localhost:\\d+/api/v1/calendar/feed/[A-Za-z0-9_-]{43}\\.ics"));
        String url = link.inputValue();
        assertThat(section.getByRole(
                        AriaRole.LINK, new Locator.GetByRoleOptions().setName("Open it in your calendar app")))
                .hasAttribute("href", "webcal" + url.substring(url.indexOf(':')));

        Locator copy = section.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Copy the link"));
        assertThat(copy).isVisible(); // app.js shows it
        copy.click();
        assertThat(section.locator("#calendar-copied")).hasText(Pattern.compile("^Copied\\."));
        assertThat(page.evaluate("navigator.clipboard.readText()")).isEqualTo(url);
        lookAt(page, "plan-calendar-link");

        // a calendar app: no cookie, no token, over the network
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "text/calendar")
                .GET()
                .build();
        HttpResponse<String> feed = client.send(request, HttpResponse.BodyHandlers.ofString());
        contract.check(request, null, feed);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValue("text/calendar;charset=UTF-8");
        Calendar calendar = parse(feed.body());
        assertThat(errors(calendar.validate())).isEmpty();
        assertThat(byUid(calendar).keySet())
                .anyMatch(uid -> uid.startsWith("session-"))
                .anyMatch(uid -> uid.startsWith("checkin-"));

        section.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Stop sharing"))
                .click();
        section = page.locator("[data-testid=plan-calendar]");
        assertThat(section.getByRole(AriaRole.STATUS).first()).hasText(Pattern.compile("That link no longer works"));
        assertThat(section.getByRole(
                        AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create my calendar link")))
                .isVisible();
        HttpResponse<String> stopped = client.send(request, HttpResponse.BodyHandlers.ofString());
        contract.check(request, null, stopped);
        assertThat(stopped.statusCode()).isEqualTo(404);
        lookAt(page, "plan-calendar-stopped");
    }
}
