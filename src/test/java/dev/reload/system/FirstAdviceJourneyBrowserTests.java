package dev.reload.system;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import dev.reload.support.BrowserTest;
import dev.reload.support.Interactions;
import dev.reload.support.PageWords;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A newcomer on a phone (390 px), from the landing page to their first advice: registering, the
 * safety screen answered explicitly with "None of these apply to me", the condition, the plan's
 * details, and Today with its traffic light and next dose. Every tap, typed field and choice counts
 * as one interaction; the journey takes at most 20. Each screen on the way passes axe, reads well
 * ({@link PageWords}) and is photographed at 390 and 1280 px ({@code target/screenshots/first-advice-*}).
 */
class FirstAdviceJourneyBrowserTests extends BrowserTest {

    private static final int MOST_INTERACTIONS = 20;

    @Test
    void fromTheLandingPageToTheFirstAdviceInAtMostTwentyInteractions() {
        Interactions person = new Interactions();
        Page page = browsers.newPage(390, 844);
        page.navigate(url("/"));
        look(page, "landing");
        person.click(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start a plan")));

        look(page, "register");
        person.fill(page.getByLabel("Email"), "first-advice-" + UUID.randomUUID() + "@example.org");
        person.fill(page.getByLabel("Your name"), "Noor");
        person.fill(page.getByLabel("Password"), "quiet-harbour-lantern");
        person.click(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")));

        assertThat(page.locator("h1")).hasText("Hello, Noor");
        look(page, "welcome");
        person.click(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Set up a plan")));

        // The safety screen stays explicit: nothing is ticked for the person.
        assertThat(page).hasURL(Pattern.compile("/onboarding/safety$"));
        assertThat(page.getByLabel("None of these apply to me")).not().isChecked();
        look(page, "safety");
        person.check(page.getByLabel("None of these apply to me"));
        person.click(continueButton(page));

        look(page, "condition");
        person.check(page.getByLabel("Pain around or behind the kneecap"));
        person.click(continueButton(page));

        look(page, "activity");
        person.check(page.getByLabel("Running", new Page.GetByLabelOptions().setExact(true)));
        assertThat(page.getByLabel("kilometres")).isChecked(); // the default unit: nothing to tap
        person.click(continueButton(page));

        look(page, "dose");
        person.fill(page.getByLabel("How much can you do in one session today"), "3");
        person.fill(page.getByLabel("Your weekly goal"), "20");
        person.click(continueButton(page));

        look(page, "contributors");
        person.click(continueButton(page));

        look(page, "onset");
        person.fill(
                page.getByLabel("The day the pain began"),
                LocalDate.now().minusWeeks(3).toString());
        person.click(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make my plan")));

        assertThat(page).hasURL(Pattern.compile("/plan\\?created"));
        look(page, "plan");
        person.click(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See today's advice")));

        assertThat(page).hasURL(Pattern.compile("/today$"));
        assertThat(page.getByTestId("light")).isVisible();
        assertThat(page.getByTestId("light")).containsText("Green");
        assertThat(page.getByTestId("first-session")).isVisible();
        assertThat(page.getByTestId("next-session")).containsText("3 km");
        look(page, "today");

        System.out.println("Landing page to first advice in " + person.count() + " interactions:\n" + person.steps());
        person.assertAtMost(MOST_INTERACTIONS, "Registering and onboarding to the first advice");
    }

    private static com.microsoft.playwright.Locator continueButton(Page page) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"));
    }

    private static void look(Page page, String name) {
        PageWords.assertReadsWell(page, page.url());
        lookAt(page, "first-advice-" + name);
    }
}
