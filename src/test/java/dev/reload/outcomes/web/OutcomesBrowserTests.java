package dev.reload.outcomes.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.reload.account.AccountId;
import dev.reload.account.AccountPrincipal;
import dev.reload.account.AccountService;
import dev.reload.account.PersonalClock;
import dev.reload.log.CheckInEntry;
import dev.reload.log.CheckInService;
import dev.reload.outcomes.KoosSubscale;
import dev.reload.outcomes.OutcomeEntry;
import dev.reload.outcomes.OutcomeFixtures;
import dev.reload.outcomes.OutcomeService;
import dev.reload.plan.PlanService;
import dev.reload.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.reload.outcomes.OutcomeFixtures.answers;

/**
 * In a browser: a runner six weeks into a plan, whose mornings went from 6 to 3, opens the
 * outcomes from the plan page, sees the pain trend cross the meaningful-change line (the chart
 * drawn, the table with the same numbers), then enters a KOOS Pain and KOOS-PF questionnaire by
 * item number and sees its scores. Each page is checked with axe and photographed at 390 and 1280 px.
 */
class OutcomesBrowserTests extends BrowserTest {

    /** Six plan weeks of morning pain, one a day: 6 falling to 3. */
    static final int[] WEEKLY_PAIN = {6, 6, 5, 4, 4, 3};

    @Autowired
    private AccountService accounts;

    @Autowired
    private PersonalClock clock;

    @Autowired
    private PlanService plans;

    @Autowired
    private CheckInService checkIns;

    @Autowired
    private OutcomeService outcomes;

    @Test
    void seesThePainTrendCrossTheLineAndEntersAQuestionnaireByItemNumber() {
        String email = "outcomes-" + UUID.randomUUID() + "@example.org";
        Page page = signedInPage(1280, email);
        AccountId me = ((AccountPrincipal) accounts.loadUserByUsername(email)).accountId();
        LocalDate today = clock.today(me);
        LocalDate start = today.minusWeeks(WEEKLY_PAIN.length).plusDays(1); // today is the last day of week 6
        plans.create(me, OutcomeFixtures.runningPlan(start));
        for (int day = 0; day < WEEKLY_PAIN.length * 7; day++) {
            if (day % 7 != 3) { // one morning a week not reported
                checkIns.add(me, new CheckInEntry(start.plusDays(day), WEEKLY_PAIN[day / 7], null, null, null, null));
            }
        }
        outcomes.record(
                me,
                new OutcomeEntry(
                        start.plusDays(1), List.of(KoosSubscale.PF), answers("PF", 3, 2, 3, 2, 3, 2, 3, 2, 2, 3, 3)));

        page.navigate(url("/plan"));
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("How your knee is doing: the pain trend and questionnaire scores"))
                .click();
        assertThat(page).hasTitle("Outcomes – Reload");
        assertThat(page.locator("#pain-trend-chart")).hasAttribute("data-drawn", "true");
        assertThat(page.locator("[data-testid=pain-trend-line]")).containsText("a weekly average of 4.2 or below");
        assertThat(page.locator("[data-testid=pain-trend-reached]")).containsText("Plan week 4, from");
        assertThat(page.locator("[data-testid=pain-trend-weeks] tbody tr")).hasCount(6);
        assertThat(page.locator("[data-testid=pain-trend-weeks] tbody tr").nth(3))
                .containsText("4.0");
        assertThat(page.locator("[data-testid=pain-trend-weeks] tbody tr").nth(3))
                .containsText("yes");
        assertThat(page.locator("#scores-chart")).hasAttribute("data-drawn", "true");
        assertThat(page.locator("[data-testid=outcome-scores-table] tbody tr")).hasCount(1);
        assertThat(page.locator("[data-testid=outcome-scores-table] tbody tr").first())
                .containsText("36.4");
        lookAt(page, "outcomes");

        page.getByLabel("KOOS Pain (P1–P9)").check();
        page.getByLabel("KOOS-PF, kneecap (PF1–PF11)").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enter the answers"))
                .click();
        assertThat(page).hasTitle("Enter a questionnaire – Reload");
        int[] pain = {1, 1, 2, 1, 0, 2, 0, 1, 1};
        for (int i = 0; i < pain.length; i++) {
            page.locator("#item-P" + (i + 1) + "-" + pain[i]).check();
        }
        for (int i = 1; i <= 6; i++) {
            page.locator("#item-PF" + i + "-" + (i % 2 == 0 ? 1 : 2)).check();
        }
        lookAt(page, "outcomes-entry");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and score"))
                .click();

        assertThat(page).hasURL(Pattern.compile("/outcomes\\?saved=\\d+"));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("is saved; its scores are in the table.");
        assertThat(page.locator("[data-testid=outcome-scores-table] tbody tr")).hasCount(2);
        assertThat(page.locator("[data-testid=outcome-scores-table] tbody tr").nth(1))
                .containsText("75.0");
        assertThat(page.locator("[data-testid=outcome-scores-table] tbody tr").nth(1))
                .containsText("62.5");
        assertThat(page.locator("#scores-chart")).hasAttribute("data-drawn", "true");
        lookAt(page, "outcomes-saved");
    }

    @Test
    void aRefusedEntryNamesTheFieldAndKeepsTheAnswers() {
        Page page = signedInPage(390);
        page.navigate(url("/outcomes"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enter the answers"))
                .click();
        assertThat(page.locator("#subscale-errors")).containsText("Choose at least one part to enter.");

        page.getByLabel("KOOS Quality of life (Q1–Q4)").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enter the answers"))
                .click();
        page.locator("#item-Q2-3").check();
        page.getByLabel("The day you filled it in").fill("1890-05-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and score"))
                .click();

        assertThat(page.locator("#outcome-date-errors")).containsText("The day you filled it in must be between");
        assertThat(page.locator("#item-Q2-3")).isChecked();
        lookAt(page, "outcomes-entry-refused");
    }
}
