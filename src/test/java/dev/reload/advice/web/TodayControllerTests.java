package dev.reload.advice.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import dev.reload.account.AccountService;
import dev.reload.account.DistanceUnit;
import dev.reload.advice.Today;
import dev.reload.advice.Today.StrengthItem;
import dev.reload.advice.TodayService;
import dev.reload.advice.engine.Advice;
import dev.reload.advice.engine.DoseDecision;
import dev.reload.advice.engine.Escalation;
import dev.reload.advice.engine.Finding;
import dev.reload.advice.engine.Light;
import dev.reload.advice.engine.NextSession;
import dev.reload.advice.engine.Prescription;
import dev.reload.advice.engine.Response;
import dev.reload.advice.engine.SessionDecision;
import dev.reload.advice.engine.StrengthAdvice;
import dev.reload.advice.engine.StrengthDecision;
import dev.reload.advice.engine.WeeklyDose;
import dev.reload.knee.Activity;
import dev.reload.knee.Condition;
import dev.reload.knee.Phase;
import dev.reload.knee.Programme;
import dev.reload.knee.Severity;
import dev.reload.knee.VolumeUnit;
import dev.reload.log.SessionView;
import dev.reload.plan.PlanEntry;
import dev.reload.support.WebSliceTest;

import static dev.reload.support.WebSlice.ME;
import static dev.reload.support.WebSlice.TODAY;
import static dev.reload.support.WebSlice.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The Today page as it shapes {@link TodayService}'s {@link Today}: the dose and its share per
 * session, what is done so far in the person's distance unit, the weekly review, imported sessions
 * to rate, and the page without a plan or without a dose.
 */
@WebSliceTest
class TodayControllerTests {

    /** Today is Wednesday of plan week 2 of a plan that began on Monday 2 March. */
    static final LocalDate START = LocalDate.of(2026, 3, 2);

    static final PlanEntry PLAN = new PlanEntry(
            Condition.PATELLOFEMORAL_PAIN,
            Activity.RUN,
            VolumeUnit.KM,
            START,
            new BigDecimal("30"),
            3,
            null,
            new BigDecimal("4"),
            null,
            null,
            null);

    static final Programme PROGRAMME = new Programme(
            "hip-knee",
            "Hip and knee strength",
            Set.of(Condition.PATELLOFEMORAL_PAIN),
            "3 times a week",
            "3 sets of 12",
            List.of("SPLIT_SQUAT", "CLAMSHELL"),
            null);

    static final WeeklyDose THIRTEEN_KM = new WeeklyDose(2, Activity.RUN, 13, VolumeUnit.KM, DoseDecision.PROGRESS);

    static final Finding PROGRESSED = new Finding(
            "R3.progress", Severity.INFO, "Last week was green: this week's dose goes up 10 %.", "Silbernagel 2007");
    /** Monday's run of week 2, green. */
    static final SessionView LAST_RUN = new SessionView(
            70,
            LocalDate.of(2026, 3, 9),
            Activity.RUN,
            new BigDecimal("4.5"),
            VolumeUnit.KM,
            1700,
            new BigDecimal("4.5"),
            3,
            1,
            1,
            "logged",
            null,
            null,
            null,
            null);

    static final Finding SLEEP =
            new Finding("R8.sleep", Severity.CAUTION, "Short sleep slows recovery.", "Milewski 2014");

    @Autowired
    MockMvc mvc;

    @Autowired
    TodayService todays;

    @Autowired
    AccountService accounts;

    @BeforeEach
    void inKilometres() {
        given(accounts.distanceUnit(ME)).willReturn(DistanceUnit.KM);
    }

    @Test
    void todayIsThePersonsDateWhereTheyLiveNotTheDateInUtc() throws Exception {
        // the slice's clock shows 08:00 UTC on Wednesday 11 March: 22:00 on Tuesday in Honolulu
        given(accounts.timeZone(ME)).willReturn(Optional.of(ZoneId.of("Pacific/Honolulu")));
        given(todays.today(ME, TODAY.minusDays(1))).willReturn(Optional.empty());

        mvc.perform(get("/today").with(signedIn()))
                .andExpect(status().isOk())
                .andExpect(model().attribute("today", LocalDate.of(2026, 3, 10)))
                .andExpect(content().string(containsString("You have no plan yet")));
    }

    @Test
    void withoutAPlanGreetsThePersonAndOffersToSetOneUp() throws Exception {
        given(todays.today(ME, TODAY)).willReturn(Optional.empty());

        mvc.perform(get("/today").with(signedIn()))
                .andExpect(status().isOk())
                .andExpect(view().name(TodayController.VIEW))
                .andExpect(model().attributeDoesNotExist("advice", "dose"))
                .andExpect(content()
                        .string(allOf(
                                containsString("<title>Today – Reload</title>"),
                                containsString("Hello, Noor"),
                                containsString("You have no plan yet"),
                                containsString("href=\"/onboarding\""),
                                containsString("href=\"/finder\""),
                                // the layout: signed-in navigation, a log-out form with its CSRF token, the notice
                                containsString("href=\"/log\""),
                                containsString("action=\"/logout\""),
                                containsString("name=\"_csrf\""),
                                containsString("Education, not diagnosis."),
                                not(containsString("Your next session")))));
    }

    @Test
    void welcomesANewPersonByName() throws Exception {
        mvc.perform(get("/today?welcome").with(signedIn()))
                .andExpect(content().string(containsString("Welcome to Reload, Noor. Your account is ready.")));
    }

    @Test
    void aNormalDayShowsTheWeeksDoseTheShareOfOneSessionAndWhatIsDoneSoFar() throws Exception {
        given(todays.today(ME, TODAY)).willReturn(Optional.of(today(2, false, THIRTEEN_KM, 4.5, List.of())));

        mvc.perform(get("/today").with(signedIn()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Wednesday 11 March"),
                                containsString("plan week 2"),
                                containsString("Return phase, with strength work"),
                                containsString("light-green"),
                                containsString("Your last session: tolerated (green)."),
                                containsString("Plan week 2"),
                                containsString("13 km of running in all."),
                                // 13 km over 3 sessions, rounded down to the half kilometre
                                containsString("Spread over 3 sessions: about 4 km each."),
                                containsString("Done so far this week: 4.5 km."),
                                containsString("Step up: last week went well."),
                                containsString("Short sleep slows recovery."),
                                containsString("Next weekly review: Monday 16 March."),
                                containsString("data-testid=\"checkin-card\""),
                                containsString("href=\"/progress\""),
                                not(containsString("Weekly review of")),
                                not(containsString("data-testid=\"unrated\"")))));
    }

    @Test
    void showsTheStrengthItemsWithTheirPrescriptionAndAOneTapLog() throws Exception {
        given(todays.today(ME, TODAY)).willReturn(Optional.of(today(2, false, THIRTEEN_KM, 4.5, List.of())));

        mvc.perform(get("/today").with(signedIn()))
                .andExpect(content()
                        .string(allOf(
                                containsString("href=\"/exercises/SPLIT_SQUAT\""),
                                containsString(">Split squat</a>"),
                                containsString("3 × 10"),
                                containsString("at 12.5 kg"),
                                containsString("same load"),
                                containsString("3 holds of 30 s"),
                                containsString("not started"),
                                containsString("action=\"/today/strength\""),
                                containsString("hx-post=\"/today/strength\""),
                                containsString("<span class=\"visually-hidden\">Split squat: </span>"),
                                containsString("Worst pain during it, 0–10"),
                                containsString("id=\"quick-pain-SPLIT_SQUAT-10\""),
                                containsString("name=\"loadKg\" value=\"12.5\""))));
    }

    @Test
    void writesTheDoseTheShareAndWhatIsDoneInMilesForSomeoneWhoPrefersMiles() throws Exception {
        given(accounts.distanceUnit(ME)).willReturn(DistanceUnit.MILES);
        given(todays.today(ME, TODAY)).willReturn(Optional.of(today(2, false, THIRTEEN_KM, 4.5, List.of())));

        mvc.perform(get("/today").with(signedIn()))
                .andExpect(content()
                        .string(allOf(
                                containsString("8.08 mi of running in all."),
                                containsString("Spread over 3 sessions: about 2.49 mi each."),
                                containsString("Done so far this week: 2.8 mi."),
                                not(containsString(" km")))));
    }

    @Test
    void minutesStayMinutesForSomeoneWhoPrefersMiles() throws Exception {
        given(accounts.distanceUnit(ME)).willReturn(DistanceUnit.MILES);
        WeeklyDose minutes = new WeeklyDose(2, Activity.RUN, 100, VolumeUnit.MINUTES, DoseDecision.HOLD);
        given(todays.today(ME, TODAY)).willReturn(Optional.of(today(2, false, minutes, 30.0, List.of())));

        mvc.perform(get("/today").with(signedIn()))
                .andExpect(content()
                        .string(allOf(
                                containsString("100 min of running in all."),
                                // 100 / 3, rounded down to 5 minutes
                                containsString("about 30 min each."),
                                containsString("Hold: repeat last week&#39;s amount."))));
    }

    @Test
    void onTheFirstDayOfAWeekShowsTheWeeklyReviewOfTheWeekBefore() throws Exception {
        WeeklyDose week3 = new WeeklyDose(3, Activity.RUN, 14.5, VolumeUnit.KM, DoseDecision.PROGRESS);
        given(todays.today(ME, TODAY)).willReturn(Optional.of(today(3, true, week3, 0.0, List.of())));

        String page = mvc.perform(get("/today").with(signedIn()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Weekly review of week 2"),
                                containsString("14.5 km of running in all."),
                                containsString("Done so far this week: 0 km."),
                                not(containsString("Next weekly review")))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String review = page.substring(page.indexOf("review-heading"), page.indexOf("reasons-heading"));
        String reasons = page.substring(page.indexOf("reasons-heading"));
        assertThat(review)
                .contains("Last week was green: this week&#39;s dose goes up 10 %.", "R3.progress", "Silbernagel 2007")
                .contains("href=\"/screening\"");
        assertThat(reasons).contains("Short sleep slows recovery.").doesNotContain("R3.progress");
    }

    /** Monday's run of week 2, imported from a watch file without pain scores. */
    static final SessionView IMPORTED = new SessionView(
            77,
            LocalDate.of(2026, 3, 9),
            Activity.RUN,
            new BigDecimal("5.24"),
            VolumeUnit.KM,
            1800,
            new BigDecimal("5.24"),
            null,
            null,
            null,
            "garmin-fenix-5-run.fit",
            null,
            null,
            null,
            null);

    /** Monday's run of week 2, logged with its pain during and the pain after left for later. */
    static final SessionView WITHOUT_PAIN_AFTER = new SessionView(
            78,
            LocalDate.of(2026, 3, 9),
            Activity.RUN,
            new BigDecimal("4"),
            VolumeUnit.KM,
            1500,
            new BigDecimal("4"),
            3,
            2,
            null,
            "MANUAL",
            null,
            null,
            null,
            null);

    @Test
    void asksForBothPainsOfAnImportedSessionOnTwoTapScalesAndASaveButton() throws Exception {
        given(todays.today(ME, TODAY)).willReturn(Optional.of(today(2, false, THIRTEEN_KM, 5.24, List.of(IMPORTED))));

        String page = mvc.perform(get("/today").with(signedIn()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String item = page.substring(page.indexOf("id=\"pain-77\""), page.indexOf("checkin-heading"));
        assertThat(page).contains("data-testid=\"unrated\"", "How did this feel?");
        assertThat(item)
                .contains("Your run on Monday 9 March (5.2 km, from garmin-fenix-5-run.fit) was imported without pain"
                        + " scores. It counts for your volume, but the week holds until you say how it felt.")
                .contains("action=\"/log/sessions/77/pain\"", "hx-post=\"/log/sessions/77/pain\"")
                .contains("hx-trigger=\"submit\"", "hx-select=\"#main\"", "hx-target=\"#main\"")
                .contains("<span class=\"visually-hidden\">Your run on Monday 9 March: </span>")
                .contains("Worst knee pain during it (0–10)", "Worst knee pain in the hours after (0–10)")
                .contains("type=\"radio\" name=\"painDuring\" value=\"0\"", "name=\"painDuring\" value=\"10\"")
                .contains("type=\"radio\" name=\"painAfter\" value=\"0\"", "name=\"painAfter\" value=\"10\"")
                .contains("Not over yet? Leave it empty: Today asks for it later.")
                .contains(">Save</button>")
                .doesNotContain("type=\"number\"", "js-hidden");
    }

    @Test
    void asksOnlyForThePainAfterOfASessionLoggedWithoutItOnOneTapScaleThatSavesIt() throws Exception {
        given(todays.today(ME, TODAY))
                .willReturn(Optional.of(today(2, false, THIRTEEN_KM, 4.0, List.of(WITHOUT_PAIN_AFTER))));

        String page = mvc.perform(get("/today").with(signedIn()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String item = page.substring(page.indexOf("id=\"pain-78\""), page.indexOf("checkin-heading"));
        assertThat(item)
                .contains("<span>How bad was your knee in the hours after your run on Monday 9 March?</span></legend>")
                .contains("0 no pain, 10 the worst you can imagine. Tap a number to save it.")
                .contains("hx-post=\"/log/sessions/78/pain\"", "hx-trigger=\"change\"")
                .contains("type=\"radio\" name=\"painAfter\" value=\"0\"", "id=\"pain-78-painAfter-10\"")
                .contains("js-hidden") // the Save button, for a browser without JavaScript
                .doesNotContain("name=\"painDuring\"", "imported without pain scores");

        Today ranToday = today(
                2,
                false,
                THIRTEEN_KM,
                4.0,
                List.of(new SessionView(
                        79,
                        TODAY,
                        Activity.RUN,
                        BigDecimal.ONE,
                        VolumeUnit.KM,
                        null,
                        null,
                        null,
                        1,
                        null,
                        "MANUAL",
                        null,
                        null,
                        null,
                        null)));
        given(todays.today(ME, TODAY)).willReturn(Optional.of(ranToday));
        mvc.perform(get("/today").with(signedIn()))
                .andExpect(content().string(containsString("in the hours after your run today?")));
    }

    @Test
    void aRatingThatWasRefusedOrSavedIsSaidSo() throws Exception {
        given(todays.today(ME, TODAY))
                .willReturn(Optional.of(today(2, false, THIRTEEN_KM, 4.0, List.of(WITHOUT_PAIN_AFTER))));

        String refused = mvc.perform(get("/today?rateError")
                        .with(signedIn())
                        .flashAttr("rateError", 78L)
                        .flashAttr("rateErrors", java.util.Map.of("painAfter", "Pain after must be 0–10.")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused)
                .contains("role=\"alert\">Nothing was saved: Pain after must be 0–10.</div>")
                .containsPattern("(?s)id=\"pain-78-painAfter-errors\"><li>Pain after must be 0–10.</li>")
                .containsPattern("(?s)id=\"pain-78-painAfter-0\"[^>]*aria-invalid=\"true\"");
        mvc.perform(get("/today?rateError").with(signedIn()))
                .andExpect(content().string(containsString("Nothing was saved: choose each pain from 0 to 10")));
        mvc.perform(get("/today?rated").with(signedIn()))
                .andExpect(content().string(containsString("Thanks: that session now counts with its pain scores")));
    }

    @Test
    void withoutADoseSaysToKeepToActivityWithoutImpact() throws Exception {
        given(todays.today(ME, TODAY)).willReturn(Optional.of(today(2, false, null, 4.5, List.of())));

        mvc.perform(get("/today").with(signedIn()))
                .andExpect(status().isOk())
                .andExpect(model().attribute("dose", (Object) null))
                .andExpect(content()
                        .string(allOf(
                                containsString("No running or other impact activity for now: get your knee"
                                        + " assessed first."),
                                containsString("data-testid=\"cross-train\""),
                                containsString("<li>Walking or running in the pool</li>"),
                                not(containsString("Spread over")),
                                not(containsString("Done so far")))));
    }

    @Test
    void beforeThePlanStartsSaysSoAndShowsNothingDone() throws Exception {
        given(todays.today(ME, TODAY)).willReturn(Optional.of(today(0, false, THIRTEEN_KM, null, List.of())));

        mvc.perform(get("/today").with(signedIn()))
                .andExpect(content()
                        .string(allOf(containsString("your plan starts soon"), not(containsString("Done so far")))));
    }

    @Test
    void anEscalationComesFirstAsAnAlert() throws Exception {
        Today today = today(2, false, null, 4.5, List.of());
        Advice urgent = new Advice(
                TODAY,
                Phase.SETTLE,
                Light.RED,
                Escalation.URGENT,
                null,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                PROGRAMME);
        given(todays.today(ME, TODAY)).willReturn(Optional.of(withAdvice(today, urgent)));

        mvc.perform(get("/today").with(signedIn()))
                .andExpect(content()
                        .string(allOf(
                                containsString("role=\"alert\""),
                                containsString("Get medical help today."),
                                containsString("light-red"),
                                containsString("A warning sign needs urgent care: see the message above."),
                                containsString("No running, and no other exercise for the leg, until you have been"
                                        + " seen."),
                                containsString("Strength work waits too"),
                                not(containsString("Start your programme")),
                                not(containsString("data-testid=\"strength-item\"")))));
    }

    @Test
    void theNextSessionIsTheShareOfTheWeeksDoseInThePersonsUnit() throws Exception {
        givenNextSession(new NextSession(Activity.RUN, 4.0, VolumeUnit.KM, SessionDecision.TRY, 13, 4.5));

        mvc.perform(get("/today").with(signedIn()))
                .andExpect(content()
                        .string(allOf(
                                containsString("data-testid=\"next-session\""),
                                containsString("About 4 km of running."),
                                containsString("That is your share of this week’s dose."))));

        given(accounts.distanceUnit(ME)).willReturn(DistanceUnit.MILES);
        mvc.perform(get("/today").with(signedIn()))
                .andExpect(content().string(containsString("About 2.49 mi of running.")));
    }

    @Test
    void afterAnAmberSessionTheNextOneHoldsAtItsVolume() throws Exception {
        givenNextSession(new NextSession(Activity.RUN, 3.5, VolumeUnit.KM, SessionDecision.HOLD, 13, 3.5));

        mvc.perform(get("/today").with(signedIn()))
                .andExpect(content()
                        .string(allOf(
                                containsString("About 3.5 km of running."),
                                containsString("No more than your last session, which was at the edge"))));
    }

    @Test
    void afterARedSessionItSaysToRestFromTheActivityAndWhatToDoInstead() throws Exception {
        givenNextSession(new NextSession(Activity.RUN, null, VolumeUnit.KM, SessionDecision.REST, 13, 5));

        mvc.perform(get("/today").with(signedIn()))
                .andExpect(content()
                        .string(allOf(
                                containsString("Rest from running for now: your last session was too much."),
                                containsString("once a morning check-in is back to your usual"),
                                containsString("<li>Cycling at low resistance</li>"),
                                containsString("<li>Walking or running in the pool</li>"),
                                containsString("<li>Upper-body and core work</li>"),
                                containsString("<li>Walking</li>"),
                                not(containsString("data-testid=\"log-this\"")),
                                not(containsString("About ")))));
    }

    @Test
    void onceTheMorningIsBackTheNextSessionIsSmallerThanTheRedOne() throws Exception {
        givenNextSession(new NextSession(Activity.RUN, 4.0, VolumeUnit.KM, SessionDecision.BACK_OFF, 13, 5));

        mvc.perform(get("/today").with(signedIn()))
                .andExpect(content()
                        .string(allOf(
                                containsString("About 4 km of running."),
                                containsString("Less than the session that was too much"),
                                not(containsString("Rest from running")))));
    }

    @Test
    void whenTheWeeksDoseIsDoneItSaysSo() throws Exception {
        givenNextSession(new NextSession(Activity.RUN, null, VolumeUnit.KM, SessionDecision.DONE, 13, 13.5));

        mvc.perform(get("/today").with(signedIn()))
                .andExpect(content()
                        .string(allOf(
                                containsString("This week’s running is done: 13.5 of 13 km."),
                                containsString("Strength work and easy movement"),
                                not(containsString("data-testid=\"cross-train\"")),
                                not(containsString("About ")))));
    }

    @Test
    void settlingWithNothingToTryOffersTheCrossTrainingOptions() throws Exception {
        givenNextSession(new NextSession(Activity.RUN, null, VolumeUnit.KM, SessionDecision.CROSS_TRAIN, 0, 0));

        mvc.perform(get("/today").with(signedIn()))
                .andExpect(content()
                        .string(allOf(
                                containsString("No running to try yet."),
                                containsString("Cycling at low resistance"),
                                not(containsString("About 0")))));
    }

    @Test
    void withoutANextSessionTheLineIsLeftOut() throws Exception {
        given(todays.today(ME, TODAY)).willReturn(Optional.of(today(2, false, THIRTEEN_KM, 4.5, List.of())));

        mvc.perform(get("/today").with(signedIn()))
                .andExpect(model().attribute("nextSession", (Object) null))
                .andExpect(content().string(not(containsString("data-testid=\"next-session\""))));
    }

    @Test
    void beforeTheFirstSessionItSaysSoAndGivesTheFirstDose() throws Exception {
        Today first = withNext(
                withLastSession(today(1, false, THIRTEEN_KM, 0.0, List.of()), null, null),
                new NextSession(Activity.RUN, 4.0, VolumeUnit.KM, SessionDecision.TRY, 13, 0));
        given(todays.today(ME, TODAY)).willReturn(Optional.of(first));

        mvc.perform(get("/today").with(signedIn()))
                .andExpect(content()
                        .string(allOf(
                                containsString("This is your plan’s first running session: start here."),
                                containsString("About 4 km of running."),
                                not(containsString("Your last session")))));
    }

    @Test
    void aSessionWaitingForItsMorningReportSaysWhichMorningItWaitsFor() throws Exception {
        SessionView tuesday = session(LocalDate.of(2026, 3, 10));
        given(todays.today(ME, TODAY))
                .willReturn(Optional.of(
                        withLastSession(today(2, false, THIRTEEN_KM, 4.5, List.of()), tuesday, Response.PENDING)));

        mvc.perform(get("/today").with(signedIn()))
                .andExpect(content()
                        .string(allOf(
                                containsString("data-testid=\"waiting\""),
                                containsString(
                                        "Your run on Tuesday 10 March is waiting for this morning’s" + " check-in"),
                                not(containsString("Your last session")))));

        given(todays.today(ME, TODAY))
                .willReturn(Optional.of(withLastSession(
                        today(2, false, THIRTEEN_KM, 4.5, List.of()), session(TODAY), Response.PENDING)));
        mvc.perform(get("/today").with(signedIn()))
                .andExpect(
                        content().string(containsString("Your run today is waiting for tomorrow morning’s check-in")));
    }

    @Test
    void greenSaysTheKneeCopedOnlyWhenASessionWasJudged() throws Exception {
        Today none = withLastSession(today(1, false, THIRTEEN_KM, 0.0, List.of()), null, null);
        Today pending = withLastSession(today(2, false, THIRTEEN_KM, 4.5, List.of()), session(TODAY), Response.PENDING);
        Today judged = today(2, false, THIRTEEN_KM, 4.5, List.of());

        assertThat(TodayController.lightText(none)).isEqualTo("light.GREEN.noSession");
        assertThat(TodayController.lightText(pending)).isEqualTo("light.GREEN.pending.MORNING");
        assertThat(TodayController.lightText(judged)).isEqualTo("light.GREEN.text");

        given(todays.today(ME, TODAY)).willReturn(Optional.of(none));
        mvc.perform(get("/today").with(signedIn()))
                .andExpect(content()
                        .string(allOf(
                                containsString("no session in the last 7 days to judge yet"),
                                not(containsString("Your knee coped well")))));
    }

    @Test
    void aWeekDoseOfZeroIsNeverShown() throws Exception {
        WeeklyDose none = new WeeklyDose(2, Activity.RUN, 0, VolumeUnit.KM, DoseDecision.SETTLE);
        Today settling = withNext(
                today(2, false, none, 0.0, List.of()),
                new NextSession(Activity.RUN, null, VolumeUnit.KM, SessionDecision.CROSS_TRAIN, 0, 0));
        given(todays.today(ME, TODAY)).willReturn(Optional.of(settling));

        mvc.perform(get("/today").with(signedIn()))
                .andExpect(content()
                        .string(allOf(
                                containsString("data-testid=\"cross-train\""),
                                not(containsString("data-testid=\"week-dose\"")),
                                not(containsString("0 km")))));
    }

    @Test
    void logThisRunSitsUnderTheDosePrefilledWithIt() throws Exception {
        givenNextSession(new NextSession(Activity.RUN, 4.0, VolumeUnit.KM, SessionDecision.TRY, 13, 4.5));

        String page = mvc.perform(get("/today").with(signedIn()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String dose = page.substring(page.indexOf("dose-heading"), page.indexOf("week-dose"));
        assertThat(dose)
                .contains("href=\"/log/session?activity=RUN&amp;volume=4&amp;unit=KM&amp;returnTo=/today\"")
                .contains(">Log this run</a>");

        given(accounts.distanceUnit(ME)).willReturn(DistanceUnit.MILES);
        mvc.perform(get("/today").with(signedIn()))
                .andExpect(content().string(containsString("/log/session?activity=RUN&amp;volume=2.49&amp;unit=KM")));
    }

    @Test
    void theNextSessionCitesItsRuleBesideItAndNotAgainUnderWhy() throws Exception {
        Finding next = new Finding("R3.next-session", Severity.INFO, "Your next run: about 4 km.", "Silbernagel 2007");
        Today t = withNext(
                today(2, false, THIRTEEN_KM, 4.5, List.of()),
                new NextSession(Activity.RUN, 4.0, VolumeUnit.KM, SessionDecision.TRY, 13, 4.5));
        Advice a = t.advice();
        // the engine lists it with the day's other findings
        Advice withFinding = changed(a, a.light(), a.lastSessionResponse(), a.nextSession(), List.of(SLEEP, next));
        given(todays.today(ME, TODAY))
                .willReturn(Optional.of(withNextSessionFinding(withAdvice(t, withFinding), next)));

        String page = mvc.perform(get("/today").with(signedIn()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String dose = page.substring(page.indexOf("dose-heading"), page.indexOf("strength-heading"));
        String reasons = page.substring(page.indexOf("reasons-heading"));
        assertThat(dose).contains("R3.next-session", "Silbernagel 2007");
        assertThat(reasons)
                .contains("Short sleep slows recovery.")
                .doesNotContain("R3.next-session")
                .doesNotContain("Your next run");
    }

    @Test
    void eachReasonLinksToTheLibraryPageThatExplainsItsRule() throws Exception {
        Finding next = new Finding("R3.next-session", Severity.INFO, "Your next run: about 4 km.", "Silbernagel 2007");
        Today t = withNext(
                today(
                        3,
                        true,
                        new WeeklyDose(3, Activity.RUN, 14.5, VolumeUnit.KM, DoseDecision.PROGRESS),
                        0.0,
                        List.of()),
                new NextSession(Activity.RUN, 4.0, VolumeUnit.KM, SessionDecision.TRY, 13, 4.5));
        given(todays.today(ME, TODAY)).willReturn(Optional.of(withNextSessionFinding(t, next)));

        String page = mvc.perform(get("/today").with(signedIn()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String dose = page.substring(page.indexOf("dose-heading"), page.indexOf("strength-heading"));
        String review = page.substring(page.indexOf("review-heading"), page.indexOf("reasons-heading"));
        assertThat(dose)
                .contains(
                        "<a href=\"/library/conditions/overuse-knee-pain#getting-back-to-your-activity\">Why, in the library</a>");
        assertThat(review)
                .contains("R3.progress")
                .contains("href=\"/library/conditions/overuse-knee-pain#getting-back-to-your-activity\"");
    }

    @Test
    void aRedLightBesideABackOffWeekSaysTheDoseIsAlreadySmaller() throws Exception {
        WeeklyDose backOff = new WeeklyDose(2, Activity.RUN, 9, VolumeUnit.KM, DoseDecision.BACK_OFF);
        Today t = today(2, false, backOff, 0.0, List.of());
        Advice a = t.advice();
        Advice red = changed(
                a,
                Light.RED,
                Response.RED,
                new NextSession(Activity.RUN, 3.0, VolumeUnit.KM, SessionDecision.TRY, 9, 0),
                a.findings());
        given(todays.today(ME, TODAY)).willReturn(Optional.of(withAdvice(t, red)));

        mvc.perform(get("/today").with(signedIn()))
                .andExpect(content()
                        .string(allOf(
                                containsString("light-red"),
                                containsString("This week’s dose is already smaller because of the session"))));
    }

    @Test
    void aCheckedInMorningHasNoCheckInCard() throws Exception {
        Today t = today(2, false, THIRTEEN_KM, 4.5, List.of());
        given(todays.today(ME, TODAY)).willReturn(Optional.of(checkedIn(t)));

        mvc.perform(get("/today").with(signedIn()))
                .andExpect(content().string(not(containsString("data-testid=\"checkin-card\""))));
    }

    @Test
    void theCheckInCardAsksForTheMorningOnTwoTapScales() throws Exception {
        given(todays.today(ME, TODAY)).willReturn(Optional.of(today(2, false, THIRTEEN_KM, 4.5, List.of())));

        mvc.perform(get("/today").with(signedIn()))
                .andExpect(content()
                        .string(allOf(
                                containsString("action=\"/today/checkin\""),
                                containsString("<span>Knee pain on waking (0–10)</span></legend>"),
                                containsString("type=\"radio\" name=\"morningPain\" value=\"0\""),
                                containsString("type=\"radio\" name=\"morningPain\" value=\"10\""),
                                containsString("Stiffness on waking (optional)"),
                                not(containsString("type=\"number\" name=\"morningPain\"")))));
    }

    @Test
    void anExerciseDoneTodayIsTickedOffWithItsPain() throws Exception {
        StrengthItem done =
                new StrengthItem("SPLIT_SQUAT", "Split squat", 3, 10, new BigDecimal("12.5"), null, null, 2);
        StrengthItem tooMuch = new StrengthItem("WALL_SIT", "Wall sit", 3, 1, BigDecimal.ZERO, 30, null, 7);
        given(todays.today(ME, TODAY))
                .willReturn(Optional.of(withStrength(today(2, false, THIRTEEN_KM, 4.5, List.of()), done, tooMuch)));

        mvc.perform(get("/today").with(signedIn()))
                .andExpect(content()
                        .string(allOf(
                                containsString("prescription-done"),
                                containsString("Done today, pain 2."),
                                containsString("Done today, pain 7."),
                                containsString("Pain of 6 or more: stop this exercise for today."),
                                not(containsString("hx-post=\"/today/strength\"")))));
    }

    private void givenNextSession(NextSession next) {
        Today today = today(2, false, THIRTEEN_KM, next.doneThisWeek(), List.of());
        Advice a = today.advice();
        Advice withNext = changed(a, a.light(), a.lastSessionResponse(), next, a.findings());
        given(todays.today(ME, TODAY)).willReturn(Optional.of(withAdvice(today, withNext)));
    }

    @Test
    void aSignedOutVisitorIsSentToTheLoginForm() throws Exception {
        mvc.perform(get("/today")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    private static Today today(
            int planWeek, boolean reviewDay, WeeklyDose dose, Double doneSoFar, List<SessionView> unrated) {
        List<Finding> review = reviewDay ? List.of(PROGRESSED) : List.of();
        List<Finding> all = reviewDay ? List.of(PROGRESSED, SLEEP) : List.of(SLEEP);
        Advice advice = new Advice(
                TODAY,
                Phase.RETURN,
                Light.GREEN,
                Escalation.NONE,
                Response.GREEN,
                dose,
                null,
                List.of(new StrengthAdvice(
                        "SPLIT_SQUAT", StrengthDecision.HOLD, new Prescription("SPLIT_SQUAT", 3, 10, 12.5, null))),
                List.of(),
                all,
                PROGRAMME);
        return new Today(
                TODAY,
                PLAN,
                planWeek,
                reviewDay,
                LocalDate.of(2026, 3, 16),
                advice,
                dose,
                doneSoFar,
                planWeek > 0 ? LAST_RUN : null,
                null,
                review,
                all.stream().filter(f -> !review.contains(f)).toList(),
                List.of(
                        new StrengthItem(
                                "SPLIT_SQUAT",
                                "Split squat",
                                3,
                                10,
                                new BigDecimal("12.5"),
                                null,
                                StrengthDecision.HOLD,
                                null),
                        new StrengthItem("WALL_SIT", "Wall sit", 3, 1, BigDecimal.ZERO, 30, null, null)),
                false,
                unrated);
    }

    private static Today withAdvice(Today t, Advice advice) {
        return new Today(
                t.date(),
                t.plan(),
                t.planWeek(),
                t.reviewDay(),
                t.nextReview(),
                advice,
                t.dose(),
                t.doneSoFar(),
                t.lastSession(),
                t.nextSessionFinding(),
                t.reviewFindings(),
                t.otherFindings(),
                List.of(),
                t.checkedInToday(),
                t.toRate());
    }

    private static SessionView session(LocalDate date) {
        return new SessionView(
                71,
                date,
                Activity.RUN,
                new BigDecimal("4"),
                VolumeUnit.KM,
                1500,
                new BigDecimal("4"),
                3,
                2,
                2,
                "logged",
                null,
                null,
                null,
                null);
    }

    private static Today withLastSession(Today t, SessionView last, Response response) {
        Advice a = t.advice();
        Advice advice = changed(a, a.light(), response, a.nextSession(), a.findings());
        return copy(t, advice, last, t.nextSessionFinding(), t.strengthItems(), t.checkedInToday());
    }

    private static Today withNext(Today t, NextSession next) {
        Advice a = t.advice();
        return withAdvice(t, changed(a, a.light(), a.lastSessionResponse(), next, a.findings()));
    }

    private static Today withNextSessionFinding(Today t, Finding next) {
        return copy(t, t.advice(), t.lastSession(), next, t.strengthItems(), t.checkedInToday());
    }

    private static Today withStrength(Today t, StrengthItem... items) {
        return copy(t, t.advice(), t.lastSession(), t.nextSessionFinding(), List.of(items), t.checkedInToday());
    }

    private static Today checkedIn(Today t) {
        return copy(t, t.advice(), t.lastSession(), t.nextSessionFinding(), t.strengthItems(), true);
    }

    private static Today copy(
            Today t,
            Advice advice,
            SessionView last,
            Finding nextFinding,
            List<StrengthItem> strength,
            boolean checkedInToday) {
        return new Today(
                t.date(),
                t.plan(),
                t.planWeek(),
                t.reviewDay(),
                t.nextReview(),
                advice,
                t.dose(),
                t.doneSoFar(),
                last,
                nextFinding,
                t.reviewFindings(),
                t.otherFindings(),
                strength,
                checkedInToday,
                t.toRate());
    }

    /** {@code a} with another light, last response, next session and findings. */
    private static Advice changed(
            Advice a, Light light, Response lastResponse, NextSession next, List<Finding> findings) {
        return new Advice(
                a.asOf(),
                a.phase(),
                light,
                a.escalation(),
                lastResponse,
                a.nextWeek(),
                next,
                a.strength(),
                a.contributors(),
                findings,
                a.programme());
    }
}
