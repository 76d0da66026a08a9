package dev.reload.journey;

import java.time.LocalDate;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import dev.reload.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person with a sore knee, in a browser: onboarding to a plan, logging a session and a check-in,
 * the live stop-now warning, and the advice changing after a red response. Every page is looked at
 * on a phone (390 px) and a desktop (1280 px).
 */
class RecoveryJourneyBrowserTests extends BrowserTest {

    @Test
    void onboardingLeadsToAPlanWithItsFourPhases() {
        Page page = signedInPage(390);
        onboard(page);

        assertThat(page).hasURL(Pattern.compile("/plan\\?created"));
        assertThat(page.locator("main")).containsText("Settle");
        assertThat(page.locator("main")).containsText("Build");
        assertThat(page.locator("main")).containsText("Return");
        assertThat(page.locator("main")).containsText("Maintain");
        assertThat(page.locator("main")).containsText("Pain around or behind the kneecap");
        lookAt(page, "plan");

        // Today offers the programme with its doses: one tap on the pain scale logs an exercise, in place.
        page.navigate(url("/today"));
        assertThat(page.getByTestId("first-session")).containsText("your plan’s first running session");
        Locator first = page.getByTestId("strength-item").first();
        String exercise = first.getAttribute("id");
        first.scrollIntoViewIfNeeded();
        double scrolled = ((Number) page.evaluate("window.scrollY")).doubleValue();
        first.getByRole(
                        AriaRole.RADIO,
                        new Locator.GetByRoleOptions().setName("1").setExact(true))
                .click(); // not check(): the saved item replaces this radio, so there is none left to verify
        Locator done = page.locator("#" + exercise);
        assertThat(done).containsText("Done today, pain 1.");
        assertThat(done.getByRole(AriaRole.RADIO)).hasCount(0);
        assertThat(page).hasURL(Pattern.compile("/today$")); // no reload, no jump to the top
        assertThat(((Number) page.evaluate("window.scrollY")).doubleValue())
                .isGreaterThan(0)
                .isCloseTo(scrolled, org.assertj.core.data.Offset.offset(400.0));
        page.reload();
        assertThat(page.locator("#" + exercise)).containsText("Done today, pain 1.");
        lookAt(page, "today-first-day");
    }

    @Test
    void theMorningCheckInTakesTwoTapsOnTodayAndThenLeavesIt() {
        Page page = signedInPage(390);
        onboard(page);
        page.navigate(url("/today"));
        Locator card = page.getByTestId("checkin-card");
        assertThat(card).isVisible();
        lookAt(page, "today-checkin");

        int interactions = 0;
        card.getByRole(
                        AriaRole.RADIO,
                        new Locator.GetByRoleOptions().setName("2").setExact(true))
                .first()
                .check();
        interactions++;
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save check-in"))
                .click();
        interactions++;

        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Check-in saved");
        assertThat(page.getByTestId("checkin-card")).hasCount(0);
        assertThat(interactions).isLessThanOrEqualTo(3);
        page.navigate(url("/log"));
        assertThat(page.locator(".entries")).containsText("morning pain 2");
    }

    @Test
    void saveWithoutAMorningPainNamesWhatIsMissing() {
        Page page = signedInPage(1280);
        onboard(page);
        page.navigate(url("/today"));
        // the browser's own check stops an empty scale; without it the server says the same
        page.evaluate("document.querySelectorAll('[name=morningPain]').forEach(i => i.required = false)");
        page.getByTestId("checkin-card")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save check-in"))
                .click();
        assertThat(page.getByTestId("checkin-card")).containsText("Choose your morning pain, from 0 to 10");
    }

    @Test
    void anUrgentAnswerStopsOnboardingWithWhatToDoNow() {
        Page page = signedInPage(390);
        page.navigate(url("/onboarding"));
        page.getByLabel("Your calf is painful or swollen as well as the knee").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Please get medical help today");
        assertThat(page.locator("main")).containsText("blood clot");
        lookAt(page, "onboarding-urgent");
    }

    @Test
    void aClinicianAnswerAllowsOnlyNonImpactActivity() {
        Page page = signedInPage(1280);
        page.navigate(url("/onboarding"));
        page.getByLabel("The knee suddenly gives way under you").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        assertThat(page.locator("h1")).hasText("See a clinician before loading the knee");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue with non-impact activity only"))
                .click();
        page.getByLabel("Pain around or behind the kneecap").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        assertThat(page.getByLabel("Running", new Page.GetByLabelOptions().setExact(true)))
                .hasCount(0);
        assertThat(page.getByLabel("Cycling")).hasCount(1);
    }

    @Test
    void loggingShowsStopNowAtOnceAndARedResponseTurnsTheLightRed() {
        Page page = signedInPage(1280);
        onboard(page);

        page.navigate(url("/log/session"));
        // Yesterday's run, logged this morning with how it felt afterwards, in a new pair of shoes.
        page.locator("#session-date").fill(LocalDate.now().minusDays(1).toString());
        page.getByLabel("How much").fill("3");
        page.locator("#session-rpe-4").check(); // tap scales: one tap each
        page.locator("#session-painDuring-7").check();
        assertThat(page.getByText("Stop this session now.")).isVisible();
        lookAt(page, "log-stop-now");
        page.locator("#session-painDuring-2").check();
        assertThat(page.getByText("Stop this session now.")).isHidden();
        page.locator("#session-painAfter-1").check();
        page.getByLabel("Or a new pair (optional)").fill("Trail flyers");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save session"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Session saved");

        page.getByTestId("log-checkin").click();
        page.locator("#checkin-morningPain-0").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save check-in"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Check-in saved");
        assertThat(page.locator(".entries")).containsText("pain 2 during and 1 after");

        page.navigate(url("/log/shoes"));
        assertThat(page.locator("main")).containsText("Trail flyers");

        page.navigate(url("/today"));
        assertThat(page.getByTestId("light")).containsText("Green");
        lookAt(page, "today-green");

        // The knee did not like today's run: worst pain after it was 7.
        page.navigate(url("/log"));
        page.locator(".entry")
                .filter(new Locator.FilterOptions().setHasText("Running"))
                .getByText("Edit")
                .click();
        page.locator("#session-painAfter-7").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes"))
                .click();

        page.navigate(url("/today"));
        assertThat(page.getByTestId("light")).containsText("Red");
        assertThat(page.locator("main")).containsText("Your last session: too much (red)");
        lookAt(page, "today-red");
    }

    @Test
    void aBadValueIsNamedNextToItsFieldAndNothingIsSaved() {
        Page page = signedInPage(390);
        onboard(page);
        page.navigate(url("/log/session"));
        page.getByLabel("How much").fill("-2");
        page.locator("#session-painDuring-2").check();
        page.locator("#session-painAfter-2").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save session"))
                .click();
        assertThat(page.locator("#session-volume-errors")).containsText("How much must be 0–10000");
        assertThat(page.getByLabel("How much")).hasValue("-2");
        page.navigate(url("/log"));
        assertThat(page.locator(".entries")).not().containsText("Running");
    }

    @Test
    void aRunIsLoggedFromTodayInFiveTapsAtMost() {
        Page page = signedInPage(390);
        page.setViewportSize(390, 844);
        onboard(page);
        page.navigate(url("/today"));

        int interactions = 0;
        page.getByTestId("log-this").click();
        interactions++;
        assertThat(page).hasURL(Pattern.compile("/log/session\\?activity=RUN"));
        assertThat(page.getByLabel("How much")).hasValue("3");
        assertSaveIsOnTheFirstScreen(page, "Save session");
        lookAt(page, "log-session");
        page.locator("#session-painDuring-1").check();
        interactions++;
        page.locator("#session-rpe-3").check();
        interactions++;
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save session"))
                .click();
        interactions++;

        assertThat(page).hasURL(Pattern.compile("/today$"));
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Session saved");
        assertThat(page.getByTestId("dose")).containsText("morning");
        assertThat(interactions).isLessThanOrEqualTo(5);
    }

    @Test
    void eachLogScreenHasItsSaveButtonOnTheFirstScreenOfAPhone() {
        Page page = signedInPage(390);
        page.setViewportSize(390, 844);
        onboard(page);
        page.navigate(url("/log"));
        lookAt(page, "log-hub");

        page.getByTestId("log-strength").click();
        assertSaveIsOnTheFirstScreen(page, "Save exercise");
        lookAt(page, "log-strength");
        page.navigate(url("/log"));
        page.getByTestId("log-checkin").click();
        assertSaveIsOnTheFirstScreen(page, "Save check-in");
        lookAt(page, "log-checkin");
        page.navigate(url("/log"));
        page.getByTestId("log-session").click();
        assertSaveIsOnTheFirstScreen(page, "Save session");
        // the bar stays in reach while the form scrolls, and covers no field at the end of it
        page.evaluate("window.scrollTo(0, document.body.scrollHeight)");
        assertSaveIsOnTheFirstScreen(page, "Save session");
        Locator lastField = page.getByLabel("Or a new pair (optional)");
        Locator save = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save session"));
        assertThat(lastField.boundingBox().y + lastField.boundingBox().height)
                .isLessThanOrEqualTo(save.boundingBox().y);
    }

    private static void assertSaveIsOnTheFirstScreen(Page page, String name) {
        Locator save = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
        var box = save.boundingBox();
        int height = page.viewportSize().height;
        assertThat(box.y).as("%s starts on the screen", name).isGreaterThanOrEqualTo(0);
        assertThat(box.y + box.height)
                .as("%s ends on the screen of %d px", name, height)
                .isLessThanOrEqualTo(height);
        assertThat(box.height).as("%s is a large target", name).isGreaterThanOrEqualTo(44);
    }

    private void onboard(Page page) {
        page.navigate(url("/onboarding"));
        lookAt(page, "onboarding-safety");
        page.getByLabel("None of these apply to me").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        assertThat(page.locator("#condition-errors")).containsText("Please answer this question");
        page.getByLabel("Pain around or behind the kneecap").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();

        page.getByLabel("Running", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("kilometres").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Back"))
                .click();
        assertThat(page.getByLabel("Pain around or behind the kneecap")).isChecked();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        assertThat(page.getByLabel("Running", new Page.GetByLabelOptions().setExact(true)))
                .isChecked();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();

        page.getByLabel("How much can you do in one session today").fill("3");
        page.getByLabel("Your weekly goal").fill("25");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();

        page.getByLabel("How many seconds can you hold a side plank").fill("20");
        lookAt(page, "onboarding-contributors");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();

        page.getByLabel("The day the pain began")
                .fill(LocalDate.now().minusWeeks(3).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make my plan"))
                .click();
    }
}
