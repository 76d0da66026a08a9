package dev.reload.advice.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.reload.account.AccountId;
import dev.reload.account.AccountPrincipal;
import dev.reload.account.AccountService;
import dev.reload.account.PersonalClock;
import dev.reload.log.CheckInService;
import dev.reload.log.SessionService;
import dev.reload.plan.PlanService;
import dev.reload.support.ApplicationTest;
import dev.reload.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Each state of Today (issue 10, point 8) on the whole application, the real adviser behind it:
 * what it says in words, and that it never says what it must not (issue 10, point 5: ISO dates in
 * sentences, enum ids, rule ids outside their tag, "(0)", a zero dose; {@link TodayWords}). The
 * states are seeded through the services with dates counted back from the person's today
 * ({@link TodayStates}); {@code TodayBrowserTests} walks the main ones in a browser.
 */
@ApplicationTest
class TodayStatesIntegrationTests {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    /** How the adviser's reasons write a day. */
    private static final DateTimeFormatter DAY_AND_YEAR =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    @Autowired
    private MockMvc mvc;

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

    private TodayStates states;
    private Visitor visitor;
    private AccountId me;
    private LocalDate today;

    @BeforeEach
    void aNewPerson() throws Exception {
        states = new TodayStates(plans, sessions, checkIns);
        visitor = new Visitor(mvc);
        me = register(visitor);
        today = clock.today(me);
    }

    @Test
    void withoutAPlanItOffersToSetOneUp() throws Exception {
        String text = read(page());
        assertThat(text)
                .contains("You have no plan yet.", "Set up a plan", "Find my condition")
                .doesNotContain("Your next session");
    }

    @Test
    void beforeTheFirstSessionItSaysSoGivesTheFirstDoseAndAsksForThisMorning() throws Exception {
        states.firstDose(me, today);

        String html = page();
        assertThat(read(html))
                .contains("This morning’s check-in", "Knee pain on waking (0–10)")
                .contains("No warning signs so far, and no session in the last 7 days to judge yet.")
                .contains("This is your plan’s first running session: start here.", "About 4 km of running.")
                .contains("12 km of running in all.", "Spread over 3 sessions: about 4 km each.")
                .doesNotContain("Your last session", "waiting for");
        assertThat(html).contains("data-testid=\"log-this\"", "data-testid=\"checkin-card\"");
    }

    @Test
    void theCheckInCardTakesThisMorningAndIsThenGone() throws Exception {
        states.firstDose(me, today);

        MvcResult saved = visitor.perform(post("/today/checkin").with(csrf()).param("morningPain", "1"));
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/today");
        String html = page();
        assertThat(html).doesNotContain("data-testid=\"checkin-card\"");
        assertThat(read(html)).contains("Check-in saved").doesNotContain("This morning’s check-in");
    }

    @Test
    void aRunTodayWaitsForTomorrowMorningsCheckIn() throws Exception {
        states.waitingForMorning(me, today);

        String html = page();
        assertThat(read(html))
                .contains("The most recent session still waits for its next-morning check-in")
                .contains("Your run today is waiting for tomorrow morning’s check-in")
                .contains(
                        "About 4 km of running.",
                        "No more than your last session, until Reload knows how your knee" + " took it.")
                .doesNotContain("Your last session", "at the edge", "Your knee coped well");
        assertThat(html).doesNotContain("data-testid=\"checkin-card\"");
    }

    @Test
    void aGreenSessionIsSaidToBeToleratedAndTheShareOfTheWeekComesNext() throws Exception {
        states.green(me, today);

        assertThat(read(page()))
                .contains("Your knee coped well with the last week", "Your last session: tolerated (green).")
                .contains("About 4 km of running.", "That is your share of this week’s dose.")
                .contains("Done so far this week: 4 km.")
                .doesNotContain("waiting for");
    }

    @Test
    void anAmberSessionHoldsTheNextOneAtIt() throws Exception {
        states.amber(me, today);

        assertThat(read(page()))
                .contains("Amber", "Your last session: at the edge (amber).")
                .contains("About 4 km of running.", "No more than your last session, which was at the edge");
    }

    @Test
    void aRedSessionMeansRestWithCrossTrainingUntilAMorningIsBackToUsual() throws Exception {
        states.redRest(me, today);

        String html = page();
        assertThat(read(html))
                .contains("Red", "Your last session: too much (red).")
                .contains("Rest from running for now: your last session was too much.")
                .contains("Cycling at low resistance", "Walking or running in the pool", "Upper-body and core work")
                .contains("Pain reached 7/10 during the session of "
                        + today.minusDays(1).format(DAY_AND_YEAR) + ".")
                .doesNotContain("About ");
        assertThat(html).doesNotContain("data-testid=\"log-this\"");
    }

    @Test
    void onceTheMorningIsBackTheNextSessionIsSmallerThanTheRedOne() throws Exception {
        states.redThenBackOff(me, today);

        assertThat(read(page()))
                .contains("About 3 km of running.", "Less than the session that was too much")
                .doesNotContain("Rest from running");
    }

    @Test
    void whenTheWeeksDoseIsDoneItSaysSo() throws Exception {
        states.weekDone(me, today);

        String html = page();
        assertThat(read(html))
                .contains("This week’s running is done: 12 of 12 km.", "Strength work and easy movement")
                .doesNotContain("About ");
        assertThat(html).doesNotContain("data-testid=\"log-this\"", "data-testid=\"cross-train\"");
    }

    @Test
    void anImportedSessionIsAskedForBothPainsAndOnceRatedWaitsForItsMorning() throws Exception {
        long id = states.importedUnrated(me, today);
        String yesterday = today.minusDays(1).format(DAY);

        assertThat(read(page()))
                .contains("How did this feel?")
                .contains("Your run on " + yesterday + " (5.2 km, from garmin-fenix-5-run.fit) was imported without"
                        + " pain scores.")
                .contains("Worst knee pain during it (0–10)", "Worst knee pain in the hours after (0–10)")
                .contains("the most recent session was imported without pain scores")
                .contains("Your run on " + yesterday + " was imported without pain scores: say how it felt above")
                .contains("Done so far this week: 5.2 km.");

        visitor.perform(post("/log/sessions/" + id + "/pain").with(csrf()).param("painAfter", "1"));
        assertThat(read(page("/today?rateError"))).contains("Nothing was saved: Pain during is required.");
        assertThat(sessions.find(me, id).painAfter()).isNull();

        MvcResult rated = visitor.perform(post("/log/sessions/" + id + "/pain")
                .with(csrf())
                .param("painDuring", "2")
                .param("painAfter", "1"));
        assertThat(rated.getResponse().getRedirectedUrl()).isEqualTo("/today?rated");
        String html = page("/today?rated");
        assertThat(html).doesNotContain("data-testid=\"unrated\"");
        assertThat(read(html))
                .contains("Thanks: that session now counts with its pain scores")
                .contains("Your run on " + yesterday + " is waiting for this morning’s check-in");
    }

    @Test
    void aSessionWithoutItsPainAfterIsAskedForItAloneAndOneTapSavesIt() throws Exception {
        long id = states.withoutPainAfter(me, today);
        String yesterday = today.minusDays(1).format(DAY);

        String html = page();
        assertThat(read(html))
                .contains("How bad was your knee in the hours after your run on " + yesterday + "?")
                .contains("The most recent session is not judged yet: the worst pain in the hours after it tells")
                .contains("Your run on " + yesterday + " is waiting for the worst pain in the hours after it")
                .doesNotContain("imported without pain scores", "Worst knee pain during it");
        assertThat(html).contains("hx-post=\"/log/sessions/" + id + "/pain\"", "hx-trigger=\"change\"");

        Visitor stranger = new Visitor(mvc);
        register(stranger);
        assertThat(stranger.perform(post("/log/sessions/" + id + "/pain")
                                .with(csrf())
                                .param("painAfter", "1"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);

        MvcResult refused = visitor.perform(
                post("/log/sessions/" + id + "/pain").with(csrf()).param("painAfter", "11"));
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/today?rateError#pain-" + id);
        String again = page("/today?rateError");
        assertThat(read(again)).contains("Nothing was saved: Pain after must be 0–10.");
        assertThat(again).containsPattern("id=\"pain-" + id + "-painAfter-0\"[^>]*aria-invalid=\"true\"");
        assertThat(sessions.find(me, id).painAfter()).isNull();

        MvcResult saved = visitor.perform(
                post("/log/sessions/" + id + "/pain").with(csrf()).param("painAfter", "1"));
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/today?rated");
        assertThat(sessions.find(me, id).painDuring()).isEqualTo(2);
        assertThat(sessions.find(me, id).painAfter()).isEqualTo(1);
        String judged = page("/today?rated");
        assertThat(judged).doesNotContain("data-testid=\"unrated\"");
        assertThat(read(judged))
                .contains("Thanks: that session now counts with its pain scores")
                .contains("Your last session: tolerated (green).")
                .doesNotContain("waiting for");
    }

    @Test
    void aPainDuringOfEightIsRedAtOnceWhileThePainAfterIsStillAskedFor() throws Exception {
        states.tooMuchWithoutPainAfter(me, today);

        String html = page();
        assertThat(html).contains("light-red");
        assertThat(read(html))
                .contains("How bad was your knee in the hours after your run today?")
                .contains("Your last session: too much (red).", "Rest from running for now")
                .contains("Pain reached 8/10 during the session of " + today.format(DAY_AND_YEAR) + ".");
    }

    @Test
    void aSessionJudgedWithoutItsPainAfterSaysSoAndTheCardStillAsksForIt() throws Exception {
        states.judgedWithoutPainAfter(me, today);

        assertThat(read(page()))
                .contains("Your last session: tolerated (green).")
                .contains("The worst pain in the hours after the session of "
                        + today.minusDays(2).format(DAY_AND_YEAR) + " was not logged, so it was judged on the pain"
                        + " during it and the next morning only.")
                .contains("How bad was your knee in the hours after your run on "
                        + today.minusDays(2).format(DAY) + "?")
                .doesNotContain("waiting for");
    }

    @Test
    void aWarningSignComesFirstAndNoDoseIsShownBesideIt() throws Exception {
        states.seeClinician(me, today);

        String html = page();
        assertThat(read(html))
                .contains("Please see a clinician.", "A warning sign needs a clinician’s view before you add load")
                .contains("No running or other impact activity for now: get your knee assessed first.")
                .contains("Cycling at low resistance", "The screen found a knee that locks.")
                .doesNotContain("About ", "of running in all");
        assertThat(html).doesNotContain("data-testid=\"log-this\"", "data-testid=\"week-dose\"");
    }

    @Test
    void anUrgentSignLeavesTheLegAloneStrengthIncluded() throws Exception {
        states.urgent(me, today);

        String html = page();
        assertThat(read(html))
                .contains("Get medical help today.", "A warning sign needs urgent care")
                .contains("No running, and no other exercise for the leg, until you have been seen.")
                .contains("Strength work waits too")
                .doesNotContain("About ", "keep moving", "Start your programme");
        assertThat(html).doesNotContain("data-testid=\"strength-item\"", "data-testid=\"cross-train\"");
    }

    @Test
    void settlingWithNothingToTryOffersCrossTrainingAndNeverADoseOfZero() throws Exception {
        states.settlingWithNothingToTry(me, today);

        String html = page();
        assertThat(read(html))
                .contains("Settle phase, with strength work", "No running to try yet.")
                .contains("Cycling at low resistance", "Walking or running in the pool")
                .contains("Start your programme")
                .doesNotContain("0 km", "About ");
        assertThat(html).doesNotContain("data-testid=\"week-dose\"");
    }

    @Test
    void aSuspectedBoneStressReactionGetsNoImpactDose() throws Exception {
        states.boneStress(me, today);

        assertThat(read(page()))
                .contains("No running or other impact activity for now", "Cycling at low resistance")
                .contains("A stressed bone needs rest from impact")
                .doesNotContain("About ", "of running in all");
    }

    @Test
    void onTheFirstDayOfAWeekTheWeekBeforeIsReviewed() throws Exception {
        states.reviewDay(me, today);

        assertThat(read(page()))
                .contains("Weekly review of week 1")
                .contains("Every session this week went well, so next week can grow by about 10 % to 13 km.")
                .contains("keep every session under an effort of 7/10")
                .contains("Plan week 2", "13 km of running in all.", "Step up: last week went well.")
                .doesNotContain("Next weekly review");
    }

    @Test
    void holdsStayHoldsAndExercisesAreNamed() throws Exception {
        states.firstDose(me, today);

        assertThat(read(page()))
                .contains("Side plank", "3 × 3 holds of 20 s", "Wall sit", "3 × 3 holds of 30 s", "Split squat")
                .doesNotContain("3, 3 sets");
    }

    // --- reading Today ----------------------------------------------------------------------------

    private String page() throws Exception {
        return page("/today");
    }

    private String page(String path) throws Exception {
        MvcResult result = visitor.perform(get(path));
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    /** The words of Today's main part, which must read right in every state. */
    private static String read(String html) {
        String text = TodayWords.text(html);
        assertThat(TodayWords.offenders(text)).as("what Today must never say").isEmpty();
        return text;
    }

    private AccountId register(Visitor person) throws Exception {
        String email = "today-" + UUID.randomUUID() + "@example.org";
        person.perform(post("/register")
                .with(csrf())
                .param("email", email)
                .param("displayName", "Sam")
                .param("password", "amber-tundra-whistle"));
        return ((AccountPrincipal) accounts.loadUserByUsername(email)).accountId();
    }
}
