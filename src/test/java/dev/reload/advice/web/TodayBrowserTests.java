package dev.reload.advice.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BiConsumer;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.reload.account.AccountId;
import dev.reload.account.AccountPrincipal;
import dev.reload.account.AccountService;
import dev.reload.account.PersonalClock;
import dev.reload.log.CheckInService;
import dev.reload.log.SessionService;
import dev.reload.plan.PlanService;
import dev.reload.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Today in a browser, state by state (issue 10, point 8): each main state of {@link TodayStates} is
 * seeded for a new person, read for what Today must never say ({@link TodayWords}), checked with axe
 * and photographed at 390 and 1280 px as {@code today-<state>-<width>.png}. The pains a session
 * lacks are tapped in on Today itself: the page is swapped in place, not reloaded.
 */
class TodayBrowserTests extends BrowserTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    @Autowired
    private AccountService accounts;

    @Autowired
    private PersonalClock clock;

    @Autowired
    private PlanService plans;

    @Autowired
    private SessionService sessions;

    @Autowired
    private CheckInService checkIns;

    @Test
    void eachStateOfTodaySaysWhatIsTrue() {
        look("no-plan", (me, today) -> {}, "You have no plan yet.");
        look("first-dose", states()::firstDose, "This is your plan’s first running session: start here.");
        look(
                "waiting-for-morning",
                states()::waitingForMorning,
                "Your run today is waiting for tomorrow morning’s check-in");
        look("green", states()::green, "Your last session: tolerated (green).");
        look("amber", states()::amber, "No more than your last session, which was at the edge");
        look("red-rest", states()::redRest, "Rest from running for now: your last session was too much.");
        look("red-then-smaller-dose", states()::redThenBackOff, "Less than the session that was too much");
        look("week-done", states()::weekDone, "This week’s running is done: 12 of 12 km.");
        look("see-a-clinician", states()::seeClinician, "Please see a clinician.");
        look("urgent", states()::urgent, "No running, and no other exercise for the leg, until you have been seen.");
        look("settle-cross-training", states()::settlingWithNothingToTry, "No running to try yet.");
        look("review-day", states()::reviewDay, "Weekly review of week 1");
    }

    @Test
    void thePainAfterLeftForLaterTakesOneTapOnTodayInPlace() {
        Seeded seeded = today(390, states()::withoutPainAfter);
        Page page = seeded.page();
        String question = "How bad was your knee in the hours after your run on "
                + seeded.today().minusDays(1).format(DAY) + "?";
        assertThat(page.getByTestId("unrated")).containsText(question);
        assertThat(page.getByTestId("light")).containsText("The most recent session is not judged yet");
        assertReadsRight(page);
        lookAt(page, "today-pain-after-missing");

        page.evaluate("window.notReloaded = true");
        page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(question))
                .getByRole(
                        AriaRole.RADIO,
                        new Locator.GetByRoleOptions().setName("1").setExact(true))
                .click(); // the one interaction (not check(): the saved card replaces this radio)

        assertSavedInPlace(page);
        assertThat(page.getByTestId("light")).containsText("Your last session: tolerated (green).");
        lookAt(page, "today-pain-after-saved");
    }

    @Test
    void anImportedSessionIsRatedOnTodayWithTwoTapsAndSave() {
        Page page = today(1280, states()::importedUnrated).page();
        Locator card = page.getByTestId("unrated");
        assertThat(card).containsText("was imported without pain scores");
        assertThat(page.getByTestId("checkin-card")).isVisible();
        assertReadsRight(page);
        lookAt(page, "today-imported-unrated");

        page.evaluate("window.notReloaded = true");
        card.locator("input[name=painDuring][value='2']").check();
        card.locator("input[name=painAfter][value='1']").check();
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"))
                .click();

        assertSavedInPlace(page);
        assertThat(page.getByTestId("waiting")).containsText("is waiting for this morning’s check-in");
        lookAt(page, "today-imported-rated");
    }

    /** A new person, signed in, in the state {@code seed} makes on their today, looking at Today. */
    private record Seeded(Page page, LocalDate today) {}

    private Seeded today(int width, BiConsumer<AccountId, LocalDate> seed) {
        String email = "today-" + UUID.randomUUID() + "@example.org";
        Page page = signedInPage(width, email);
        AccountId me = ((AccountPrincipal) accounts.loadUserByUsername(email)).accountId();
        LocalDate today = clock.today(me);
        seed.accept(me, today);
        page.navigate(url("/today"));
        return new Seeded(page, today);
    }

    /** A state of Today: it says {@code words}, reads right, passes axe, photographed. */
    private void look(String state, BiConsumer<AccountId, LocalDate> seed, String words) {
        Page page = today(390, seed).page();
        assertThat(page.locator("main")).containsText(words);
        assertReadsRight(page);
        lookAt(page, "today-" + state);
        page.context().close();
    }

    /** The save said thanks and the card is gone, in the same page: Today's main part was swapped, not reloaded. */
    private static void assertSavedInPlace(Page page) {
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Thanks: that session now counts");
        assertThat(page.getByTestId("unrated")).hasCount(0);
        assertThat(page.evaluate("window.notReloaded === true")).isEqualTo(true);
        assertReadsRight(page);
    }

    private static void assertReadsRight(Page page) {
        assertThat(TodayWords.offenders(TodayWords.text(page.content())))
                .as("what Today must never say, on %s", page.url())
                .isEmpty();
    }

    private TodayStates states() {
        return new TodayStates(plans, sessions, checkIns);
    }
}
