package dev.reload.log.web;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.reload.account.AccountId;
import dev.reload.account.AccountPrincipal;
import dev.reload.account.AccountService;
import dev.reload.account.PersonalClock;
import dev.reload.knee.Activity;
import dev.reload.log.CheckInEntry;
import dev.reload.log.CheckInService;
import dev.reload.log.SessionEntry;
import dev.reload.log.SessionService;
import dev.reload.log.StrengthEntry;
import dev.reload.log.StrengthService;
import dev.reload.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a browser: someone with six weeks in their log imports a watch run from 2017, sees what the
 * import brought in with a link to it, finds the whole log from the Log page, pages back to the
 * 2017 run, filters to imported runs, and goes straight to a year. Each page is checked with axe
 * and photographed at 390 and 1280 px.
 */
class WholeLogBrowserTests extends BrowserTest {

    /** The day the watch file's run was on (its own records: Sunday 11 June 2017, 07:34 in California). */
    static final String RUN_DAY_2017 = "Sunday 11 June 2017";

    @Autowired
    private AccountService accounts;

    @Autowired
    private PersonalClock clock;

    @Autowired
    private SessionService sessions;

    @Autowired
    private StrengthService strength;

    @Autowired
    private CheckInService checkIns;

    @Test
    void importsARunFromYearsAgoFindsItByPagingFiltersAndJumpsToItsYear() throws Exception {
        String email = "whole-log-" + UUID.randomUUID() + "@example.org";
        Page page = signedInPage(390, email);
        AccountId me = ((AccountPrincipal) accounts.loadUserByUsername(email)).accountId();
        sixWeeks(me, clock.today(me));

        page.navigate(url("/history/import"));
        Path file = Path.of(
                getClass().getResource("/importing/fit/garmin-fenix-5-run.fit").toURI());
        page.getByLabel("Activity file or export").setInputFiles(file);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import"))
                .click();
        assertThat(page.locator("[data-testid=import-progress]")).hasAttribute("data-status", "DONE");
        Locator brought = page.locator("[data-testid=import-sessions] tbody tr");
        assertThat(brought).hasCount(1);
        assertThat(brought).containsText("Sun 11 Jun 2017");
        assertThat(brought).containsText("Running");
        assertThat(brought).containsText("km");
        assertThat(brought).containsText("min");
        lookAt(page, "whole-log-import-result");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See them in your whole log"))
                .click();
        assertThat(page).hasURL(Pattern.compile("/log/all\\?importId=\\d+"));
        assertThat(page.locator("[data-testid=import-filter]")).isVisible();
        assertThat(page.locator(".log-day")).hasCount(1);
        assertThat(page.locator(".log-day h3")).hasText(RUN_DAY_2017);
        lookAt(page, "whole-log-one-import");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log").setExact(true))
                .click();
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Whole log").setExact(true))
                .click();
        assertThat(page.locator("h1")).hasText("Your whole log");
        assertThat(page.locator(".log-day")).hasCount(30);
        assertThat(page.getByText(RUN_DAY_2017)).hasCount(0);
        assertThat(page.locator(".log-day").first()).containsText("Morning check-in");
        assertThat(page.locator(".log-day").first()).containsText("Split squat");
        lookAt(page, "whole-log");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Older days"))
                .click();
        assertThat(page.locator(".log-day")).hasCount(12 + 1);
        Locator oldRun = page.locator(".log-day").last();
        assertThat(oldRun.locator("h3")).hasText(RUN_DAY_2017);
        assertThat(oldRun).containsText("Imported from garmin-fenix-5-run.fit");
        assertThat(oldRun).containsText("pain not rated yet");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Older days")))
                .hasCount(0);
        lookAt(page, "whole-log-older");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Newer days"))
                .click();
        assertThat(page.locator(".log-day")).hasCount(30);

        page.getByLabel("Activity").selectOption("RUN");
        page.getByLabel("Logged or imported").selectOption("IMPORTED");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show"))
                .click();
        assertThat(page).hasURL(Pattern.compile("activity=RUN.*source=IMPORTED"));
        assertThat(page.locator(".log-day")).hasCount(1);
        assertThat(page.locator(".log-day h3")).hasText(RUN_DAY_2017);
        lookAt(page, "whole-log-imported-runs");

        page.navigate(url("/log/all"));
        assertThat(page.getByLabel("Year").locator("option").last()).hasText("2017");
        page.getByLabel("Month").selectOption("6");
        page.getByLabel("Year").selectOption("2017");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show"))
                .click();
        assertThat(page.locator("#days-heading")).hasText("June 2017 and earlier");
        assertThat(page.locator(".log-day h3").first()).hasText(RUN_DAY_2017);
        lookAt(page, "whole-log-june-2017");

        page.locator(".log-day").first().getByRole(AriaRole.LINK).first().click();
        assertThat(page).hasURL(Pattern.compile("/log/sessions/\\d+/edit"));
        assertThat(page.getByLabel("Activity")).hasValue("RUN");
    }

    /**
     * 42 days up to today: a check-in every day, a run by hand every other day, a split squat every
     * third day.
     */
    private void sixWeeks(AccountId me, LocalDate today) {
        for (int back = 0; back < 42; back++) {
            LocalDate day = today.minusDays(back);
            checkIns.add(me, new CheckInEntry(day, back % 3, 1, null, null, null));
            if (back % 2 == 0) {
                sessions.add(
                        me,
                        new SessionEntry(
                                day, Activity.RUN, new BigDecimal("4"), 4, 1, 1, 25, null, null, null, null, null));
            }
            if (back % 3 == 0) {
                strength.add(me, new StrengthEntry(day, "SPLIT_SQUAT", 3, 8, new BigDecimal("10"), 2, null, null));
            }
        }
    }
}
