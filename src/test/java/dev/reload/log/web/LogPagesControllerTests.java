package dev.reload.log.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import dev.reload.account.AccountService;
import dev.reload.account.DistanceUnit;
import dev.reload.knee.Activity;
import dev.reload.knee.Condition;
import dev.reload.knee.VolumeUnit;
import dev.reload.log.CheckInEntry;
import dev.reload.log.CheckInService;
import dev.reload.log.CheckInView;
import dev.reload.log.SessionEntry;
import dev.reload.log.SessionService;
import dev.reload.log.SessionView;
import dev.reload.log.ShoeEntry;
import dev.reload.log.ShoeService;
import dev.reload.log.ShoeView;
import dev.reload.log.StrengthEntry;
import dev.reload.log.StrengthService;
import dev.reload.log.StrengthView;
import dev.reload.plan.PlanEntry;
import dev.reload.plan.PlanKnobs;
import dev.reload.plan.PlanService;
import dev.reload.plan.PlanService.PlanView;
import dev.reload.support.WebSliceTest;
import dev.reload.system.web.InvalidFieldException;
import dev.reload.system.web.NotFoundException;

import static dev.reload.support.WebSlice.ME;
import static dev.reload.support.WebSlice.TODAY;
import static dev.reload.support.WebSlice.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The log's forms: filled in from the active plan, a refused value shown next to its field with
 * what was typed kept, the edit pages, distances in the person's unit, and 404 for an entry that
 * is not the person's.
 */
@WebSliceTest
class LogPagesControllerTests {

    static final PlanEntry WALKING_PLAN = new PlanEntry(
            Condition.PATELLOFEMORAL_PAIN,
            Activity.WALK,
            VolumeUnit.MINUTES,
            LocalDate.of(2026, 3, 2),
            new BigDecimal("300"),
            5,
            null,
            null,
            null,
            null,
            null);

    static final SessionView RUN = new SessionView(
            5,
            LocalDate.of(2026, 3, 9),
            Activity.RUN,
            new BigDecimal("3.219"),
            VolumeUnit.KM,
            1500,
            new BigDecimal("3.219"),
            4,
            2,
            1,
            "manual",
            "trail",
            null,
            null,
            null);

    static final CheckInView CHECK_IN = new CheckInView(6, LocalDate.of(2026, 3, 10), 1, 3, null, null, "stiff stairs");

    static final StrengthView SQUATS =
            new StrengthView(7, LocalDate.of(2026, 3, 9), "SQUAT", 3, 10, new BigDecimal("12.5"), null, null, 2);

    @Autowired
    MockMvc mvc;

    @Autowired
    SessionService sessions;

    @Autowired
    CheckInService checkIns;

    @Autowired
    StrengthService strength;

    @Autowired
    ShoeService shoes;

    @Autowired
    PlanService plans;

    @Autowired
    AccountService accounts;

    @BeforeEach
    void inKilometres() {
        given(accounts.distanceUnit(ME)).willReturn(DistanceUnit.KM);
    }

    @Test
    void theLogOffersThreeScreensAndTheLastTwoWeeks() throws Exception {
        mvc.perform(get("/log").with(signedIn()))
                .andExpect(status().isOk())
                .andExpect(view().name(LogPagesController.VIEW))
                .andExpect(content()
                        .string(allOf(
                                containsString("<title>Log – Reload</title>"),
                                containsString("href=\"/log/session\""),
                                containsString("href=\"/log/strength\""),
                                containsString("href=\"/log/checkin\""),
                                containsString("href=\"/log/shoes\""),
                                containsString("href=\"/log/all\""),
                                containsString("Nothing logged yet."),
                                // no form on the hub: each entry has its own screen
                                not(containsString("name=\"painDuring\"")))));
    }

    @Test
    void theSessionScreenFillsInTodayAndTheActivityAndUnitOfTheActivePlan() throws Exception {
        given(plans.active(ME)).willReturn(Optional.of(new PlanView(1, WALKING_PLAN, Instant.EPOCH, null)));

        mvc.perform(get("/log/session").with(signedIn()))
                .andExpect(status().isOk())
                .andExpect(view().name(LogPagesController.ENTRY_VIEW))
                .andExpect(content()
                        .string(allOf(
                                containsString("<title>Log a session – Reload</title>"),
                                containsString("<h1>Log a session</h1>"),
                                containsString("action=\"/log/sessions\""),
                                matchesPattern("(?s).*id=\"session-date\"[^>]*value=\"2026-03-11\".*"),
                                matchesPattern("(?s).*value=\"WALK\" selected=\"selected\">Walking<.*"),
                                matchesPattern("(?s).*value=\"MINUTES\" selected=\"selected\">min<.*"),
                                containsString("data-stop-at=\"6\""),
                                containsString("Worst knee pain during (0–10)"),
                                containsString("<input type=\"hidden\" name=\"returnTo\" value=\"/log\">"),
                                containsString("name=\"_csrf\""))));
    }

    @Test
    void theStopNowWarningFollowsThePlansOwnStopThreshold() throws Exception {
        PlanKnobs tuned = PlanKnobs.defaultsOf(WALKING_PLAN);
        tuned = new PlanKnobs(
                tuned.stepPercent(),
                tuned.sessionsPerWeek(),
                5,
                tuned.deloadEveryWeeks(),
                tuned.deloadPercent(),
                tuned.strengthProgressPercent(),
                tuned.strengthRegressPercent(),
                tuned.exercises());
        given(plans.active(ME)).willReturn(Optional.of(new PlanView(1, WALKING_PLAN, Instant.EPOCH, null, tuned)));

        mvc.perform(get("/log/session").with(signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-stop-at=\"5\"")));
    }

    @Test
    void theStrengthAndCheckInScreensFillInTodayAndTheUsualDose() throws Exception {
        mvc.perform(get("/log/strength").with(signedIn()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<title>Log strength work – Reload</title>"),
                                containsString("action=\"/log/strength\""),
                                matchesPattern("(?s).*id=\"strength-sets\"[^>]*value=\"3\".*"),
                                matchesPattern("(?s).*id=\"strength-reps\"[^>]*value=\"10\".*"),
                                containsString("<option value=\"SPLIT_SQUAT\">Split squat</option>"))));
        mvc.perform(get("/log/checkin").with(signedIn()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<title>Morning check-in – Reload</title>"),
                                containsString("action=\"/log/checkins\""),
                                matchesPattern("(?s).*id=\"checkin-date\"[^>]*value=\"2026-03-11\".*"))));
    }

    @Test
    void aSecondCheckInOfTheDayOpensTheFirstToChange() throws Exception {
        CheckInView thisMorning = new CheckInView(8, TODAY, 2, 4, new BigDecimal("7.5"), 3, "slept badly");
        given(checkIns.on(ME, TODAY)).willReturn(Optional.of(thisMorning));

        mvc.perform(get("/log/checkin").with(signedIn()))
                .andExpect(content()
                        .string(allOf(
                                containsString("<h1>Change today&#39;s check-in</h1>"),
                                containsString("action=\"/log/checkins/8\""),
                                matchesPattern(
                                        "(?s).*value=\"2\" id=\"checkin-morningPain-2\"\\s+checked=\"checked\".*"),
                                matchesPattern("(?s).*id=\"checkin-notes\"[^>]*value=\"slept badly\".*"))));
        mvc.perform(get("/log").with(signedIn()))
                .andExpect(content().string(containsString("Change today&#39;s check-in")));
    }

    @Test
    void aCheckInPostedForADayThatHasOneIsRecordedOnIt() throws Exception {
        mvc.perform(post("/log/checkins")
                        .with(signedIn())
                        .with(csrf())
                        .param("date", "2026-03-11")
                        .param("morningPain", "3"))
                .andExpect(redirectedUrl("/log"));
        then(checkIns).should().record(eq(ME), eq(new CheckInEntry(TODAY, 3, null, null, null, null)));
        then(checkIns).should(never()).add(any(), any());
    }

    @Test
    void aLinkFromTodayPrefillsTheSessionWithTheNextDose() throws Exception {
        given(plans.active(ME)).willReturn(Optional.of(new PlanView(1, WALKING_PLAN, Instant.EPOCH, null)));

        mvc.perform(get("/log/session?activity=RUN&volume=4.5&unit=KM&returnTo=/today")
                        .with(signedIn()))
                .andExpect(content()
                        .string(allOf(
                                matchesPattern("(?s).*id=\"session-volume\"[^>]*value=\"4.5\".*"),
                                matchesPattern("(?s).*value=\"RUN\" selected=\"selected\">Running<.*"),
                                matchesPattern("(?s).*value=\"KM\" selected=\"selected\">km<.*"),
                                containsString("<input type=\"hidden\" name=\"returnTo\" value=\"/today\">"),
                                containsString("Back to Today"))));
        // the log's old prefilled address leads to the session screen
        mvc.perform(get("/log?activity=RUN&volume=4.5&unit=KM").with(signedIn()))
                .andExpect(redirectedUrl("/log/session?activity=RUN&volume=4.5&unit=KM"));
    }

    @Test
    void theSurfaceAndShoesAreThoseOfTheLastSessionOfThatActivity() throws Exception {
        given(plans.active(ME)).willReturn(Optional.of(new PlanView(1, WALKING_PLAN, Instant.EPOCH, null)));
        given(sessions.latest(ME, Activity.RUN)).willReturn(Optional.of(RUN));

        mvc.perform(get("/log/session?activity=RUN").with(signedIn()))
                .andExpect(content()
                        .string(containsString("<option value=\"trail\" selected=\"selected\">Trail</option>")));
        mvc.perform(get("/log/session").with(signedIn()))
                .andExpect(content().string(containsString("<option value=\"trail\">Trail</option>")));
    }

    @Test
    void aPrefillThatCannotBeReadIsLeftOut() throws Exception {
        given(plans.active(ME)).willReturn(Optional.of(new PlanView(1, WALKING_PLAN, Instant.EPOCH, null)));

        mvc.perform(get("/log/session?activity=FLYING&volume=-3&unit=LEAGUES").with(signedIn()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                matchesPattern("(?s).*value=\"WALK\" selected=\"selected\">Walking<.*"),
                                matchesPattern("(?s).*value=\"MINUTES\" selected=\"selected\">min<.*"),
                                not(matchesPattern("(?s).*id=\"session-volume\"[^>]*value=\"-3\".*")))));
        mvc.perform(get("/log/session?volume=1e999999999").with(signedIn())).andExpect(status().isOk());
    }

    @Test
    void withoutAPlanNoActivityIsChosenForThePerson() throws Exception {
        mvc.perform(get("/log/session").with(signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("selected=\"selected\">Running<"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com/", "//example.com", "/today/../admin", "/account"})
    void aSavedEntryGoesBackOnlyToAPlaceOfTheLog(String elsewhere) throws Exception {
        mvc.perform(post("/log/checkins")
                        .with(signedIn())
                        .with(csrf())
                        .param("returnTo", elsewhere)
                        .param("date", "2026-03-11")
                        .param("morningPain", "1"))
                .andExpect(redirectedUrl("/log"));
        mvc.perform(get("/log/checkin?returnTo=" + elsewhere).with(signedIn()))
                .andExpect(
                        content().string(containsString("<input type=\"hidden\" name=\"returnTo\" value=\"/log\">")));
    }

    @Test
    void aSessionInANewPairOfShoesAddsThePairWithIt() throws Exception {
        mvc.perform(post("/log/sessions")
                        .with(signedIn())
                        .with(csrf())
                        .param("returnTo", "/today")
                        .param("date", "2026-03-09")
                        .param("activity", "RUN")
                        .param("unit", "KM")
                        .param("volume", "4")
                        .param("painDuring", "1")
                        .param("painAfter", "1")
                        .param("newShoes", "  Road flyers  "))
                .andExpect(redirectedUrl("/today"))
                .andExpect(flash().attribute("notice", "log.saved.session"));
        then(sessions)
                .should()
                .saveInNewShoes(
                        eq(ME),
                        eq(null),
                        any(SessionEntry.class),
                        eq(new ShoeEntry("Road flyers", LocalDate.of(2026, 3, 9), BigDecimal.ZERO, null)));
        then(sessions).should(never()).add(any(), any());
    }

    @Test
    void aNewPairWithANameTooLongIsRefusedAndNothingIsSaved() throws Exception {
        mvc.perform(post("/log/sessions")
                        .with(signedIn())
                        .with(csrf())
                        .param("date", "2026-03-09")
                        .param("activity", "RUN")
                        .param("unit", "KM")
                        .param("volume", "4")
                        .param("painDuring", "1")
                        .param("painAfter", "1")
                        .param("newShoes", "x".repeat(81)))
                .andExpect(status().isOk())
                .andExpect(view().name(LogPagesController.ENTRY_VIEW))
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"session-newShoes-errors\""),
                                containsString("New pair must be at most 80 characters."),
                                matchesPattern("(?s).*id=\"session-volume\"[^>]*value=\"4\".*"))));
        then(sessions).should(never()).add(any(), any());
        then(sessions).should(never()).saveInNewShoes(any(), any(), any(), any());
    }

    @Test
    void aRefusedFormNamesTheFieldKeepsWhatWasTypedAndStoresNothing() throws Exception {
        mvc.perform(post("/log/sessions")
                        .with(signedIn())
                        .with(csrf())
                        .param("date", "2026-03-09")
                        .param("activity", "RUN")
                        .param("unit", "KM")
                        .param("volume", "4.5")
                        .param("surface", "trail")
                        .param("painDuring", "12")
                        .param("painAfter", "1"))
                .andExpect(status().isOk())
                .andExpect(view().name(LogPagesController.ENTRY_VIEW))
                .andExpect(model().attributeHasFieldErrors("session", "painDuring"))
                .andExpect(content()
                        .string(allOf(
                                containsString("Pain during must be 0–10."),
                                matchesPattern("(?s).*id=\"session-painDuring-errors\">\\s*<li>Pain during must be"
                                        + " 0–10.</li>.*"),
                                matchesPattern("(?s).*id=\"session-painDuring-0\"[^>]*aria-invalid=\"true\".*"),
                                // the tap scale keeps what was tapped, and 12 cannot be
                                not(matchesPattern("(?s).*name=\"painDuring\"[^>]*checked.*")),
                                matchesPattern("(?s).*value=\"1\" id=\"session-painAfter-1\"\\s+checked=\"checked\".*"),
                                matchesPattern("(?s).*id=\"session-volume\"[^>]*value=\"4.5\".*"),
                                containsString("<option value=\"trail\" selected=\"selected\">Trail</option>"),
                                matchesPattern("(?s).*id=\"session-date\"[^>]*value=\"2026-03-09\".*"))));
        then(sessions).should(never()).add(any(), any());
    }

    @Test
    void aValueThatIsNotANumberIsRefusedInWords() throws Exception {
        mvc.perform(post("/log/checkins")
                        .with(signedIn())
                        .with(csrf())
                        .param("date", "2026-03-10")
                        .param("morningPain", "1")
                        .param("sleepHours", "lots"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"checkin-sleepHours-errors\""),
                                containsString("Hours slept must be a number, like 7 or 7.5."),
                                matchesPattern("(?s).*id=\"checkin-sleepHours\"[^>]*aria-invalid=\"true\".*"),
                                matchesPattern(
                                        "(?s).*value=\"1\" id=\"checkin-morningPain-1\"\\s+checked=\"checked\".*"))));
        then(checkIns).should(never()).record(any(), any());
    }

    @Test
    void aRefusalOfTheServiceLandsOnItsField() throws Exception {
        given(strength.add(eq(ME), any()))
                .willThrow(new InvalidFieldException("exercise", "is not in the exercise library"));

        mvc.perform(post("/log/strength")
                        .with(signedIn())
                        .with(csrf())
                        .param("date", "2026-03-10")
                        .param("exercise", "SQUAT")
                        .param("sets", "3")
                        .param("reps", "10")
                        .param("painDuring", "2"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"strength-exercise-errors\""),
                                containsString("Exercise is not in the exercise library."))));
    }

    @Test
    void aSavedSessionGoesBackToTheLogWithANotice() throws Exception {
        mvc.perform(post("/log/sessions")
                        .with(signedIn())
                        .with(csrf())
                        .param("date", "2026-03-09")
                        .param("activity", "RUN")
                        .param("unit", "KM")
                        .param("volume", "4.5")
                        .param("rpe", "4")
                        .param("painDuring", "2")
                        .param("painAfter", "1"))
                .andExpect(redirectedUrl("/log"))
                .andExpect(flash().attribute("notice", "log.saved.session"));

        ArgumentCaptor<SessionEntry> saved = ArgumentCaptor.forClass(SessionEntry.class);
        then(sessions).should().add(eq(ME), saved.capture());
        assertThat(saved.getValue().volume()).isEqualByComparingTo("4.5");
        assertThat(saved.getValue().painDuring()).isEqualTo(2);

        mvc.perform(get("/log").with(signedIn()).flashAttr("notice", "log.saved.session"))
                .andExpect(content().string(containsString("Session saved.")));
    }

    @Test
    void aStrengthSetLoggedFromTodayGoesBackToToday() throws Exception {
        mvc.perform(post("/log/strength")
                        .with(signedIn())
                        .with(csrf())
                        .param("returnTo", "/today")
                        .param("date", "2026-03-11")
                        .param("exercise", "SPLIT_SQUAT")
                        .param("sets", "3")
                        .param("reps", "10")
                        .param("loadKg", "0")
                        .param("painDuring", "2"))
                .andExpect(redirectedUrl("/today"));
        then(strength).should().add(eq(ME), any(StrengthEntry.class));
    }

    @Test
    void milesAreTypedAndShownAsMiles() throws Exception {
        given(accounts.distanceUnit(ME)).willReturn(DistanceUnit.MILES);
        given(sessions.between(ME, TODAY.minusDays(14), TODAY)).willReturn(List.of(RUN));

        mvc.perform(get("/log").with(signedIn()))
                .andExpect(content()
                        .string(allOf(
                                containsString("Mon 9 Mar: Running, 2 mi, pain 2 during and 1 after"),
                                containsString("href=\"/log/sessions/5/edit\""),
                                containsString("action=\"/log/sessions/5/delete\""))));

        mvc.perform(post("/log/sessions")
                .with(signedIn())
                .with(csrf())
                .param("date", "2026-03-09")
                .param("activity", "RUN")
                .param("unit", "KM")
                .param("volume", "2")
                .param("painDuring", "1")
                .param("painAfter", "1"));
        ArgumentCaptor<SessionEntry> saved = ArgumentCaptor.forClass(SessionEntry.class);
        then(sessions).should().add(eq(ME), saved.capture());
        assertThat(saved.getValue().volume()).isEqualByComparingTo("3.219");
        mvc.perform(get("/log/session").with(signedIn()))
                .andExpect(content().string(containsString("<option value=\"KM\">mi</option>")));
    }

    @Test
    void theLastTwoWeeksListEveryKindOfEntry() throws Exception {
        given(sessions.between(ME, TODAY.minusDays(14), TODAY)).willReturn(List.of(RUN));
        given(checkIns.between(ME, TODAY.minusDays(14), TODAY)).willReturn(List.of(CHECK_IN));
        given(strength.between(ME, TODAY.minusDays(14), TODAY)).willReturn(List.of(SQUATS));
        given(shoes.all(ME))
                .willReturn(List.of(new ShoeView(
                        3, "Trail", LocalDate.of(2026, 1, 1), BigDecimal.ZERO, null, new BigDecimal("3.219"))));

        mvc.perform(get("/log").with(signedIn()))
                .andExpect(content()
                        .string(allOf(
                                containsString("Mon 9 Mar: Running, 3.219 km, pain 2 during and 1 after"),
                                containsString("Tue 10 Mar: morning pain 1, stiffness 3"),
                                containsString("Mon 9 Mar: Squat, 3 × 10 at 12.5 kg, pain 2"),
                                not(containsString("Nothing logged yet.")))));
        mvc.perform(get("/log/session").with(signedIn()))
                .andExpect(content().string(containsString("<option value=\"3\">Trail</option>")));
    }

    @Test
    void theEditPageOfASessionShowsItInThePersonsUnit() throws Exception {
        given(accounts.distanceUnit(ME)).willReturn(DistanceUnit.MILES);
        given(sessions.find(ME, 5)).willReturn(RUN);

        mvc.perform(get("/log/sessions/5/edit").with(signedIn()))
                .andExpect(status().isOk())
                .andExpect(view().name(LogPagesController.ENTRY_VIEW))
                .andExpect(content()
                        .string(allOf(
                                containsString("<title>Change an entry – Reload</title>"),
                                containsString("<h1>Change an entry</h1>"),
                                containsString("action=\"/log/sessions/5\""),
                                matchesPattern("(?s).*id=\"session-date\"[^>]*value=\"2026-03-09\".*"),
                                matchesPattern("(?s).*id=\"session-volume\"[^>]*value=\"2\".*"),
                                matchesPattern("(?s).*id=\"session-durationMin\"[^>]*value=\"25\".*"),
                                containsString("<option value=\"trail\" selected=\"selected\">Trail</option>"),
                                containsString("Save changes"),
                                containsString("href=\"/log\""))));
    }

    @Test
    void aSessionsPainsAndEffortAreOnTapScalesAndASurfaceTypedBeforeTheListIsKept() throws Exception {
        SessionView onSand = new SessionView(
                5,
                LocalDate.of(2026, 3, 9),
                Activity.RUN,
                new BigDecimal("3.219"),
                VolumeUnit.KM,
                1500,
                new BigDecimal("3.219"),
                4,
                2,
                1,
                "manual",
                "sand dunes",
                null,
                null,
                null);
        given(sessions.find(ME, 5)).willReturn(onSand);

        mvc.perform(get("/log/sessions/5/edit").with(signedIn()))
                .andExpect(content()
                        .string(allOf(
                                matchesPattern("(?s).*value=\"4\" id=\"session-rpe-4\"\\s+checked=\"checked\".*"),
                                matchesPattern(
                                        "(?s).*value=\"2\" id=\"session-painDuring-2\"\\s+checked=\"checked\".*"),
                                matchesPattern("(?s).*value=\"1\" id=\"session-painAfter-1\"\\s+checked=\"checked\".*"),
                                containsString(
                                        "<option value=\"sand dunes\" selected=\"selected\">sand dunes</option>"),
                                containsString("<option value=\"indoor-court\">Indoor court</option>"),
                                not(containsString("type=\"number\" min=\"0\" max=\"10\"")))));
    }

    @Test
    void theEditPagesOfACheckInAndOfAStrengthSetShowTheirValues() throws Exception {
        given(checkIns.find(ME, 6)).willReturn(CHECK_IN);
        given(strength.find(ME, 7)).willReturn(SQUATS);

        mvc.perform(get("/log/checkins/6/edit").with(signedIn()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("action=\"/log/checkins/6\""),
                                matchesPattern(
                                        "(?s).*value=\"3\" id=\"checkin-morningStiffness-3\"\\s+checked=\"checked\".*"),
                                matchesPattern("(?s).*id=\"checkin-notes\"[^>]*value=\"stiff stairs\".*"))));
        mvc.perform(get("/log/strength/7/edit").with(signedIn()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("action=\"/log/strength/7\""),
                                containsString("<option value=\"SQUAT\" selected=\"selected\">"),
                                matchesPattern("(?s).*id=\"strength-loadKg\"[^>]*value=\"12.5\".*"))));
    }

    @Test
    void aRefusedChangeShowsTheEditPageAgainWithTheError() throws Exception {
        given(checkIns.find(ME, 6)).willReturn(CHECK_IN);

        mvc.perform(post("/log/checkins/6")
                        .with(signedIn())
                        .with(csrf())
                        .param("date", "2026-03-10")
                        .param("morningPain", "11"))
                .andExpect(status().isOk())
                .andExpect(view().name(LogPagesController.ENTRY_VIEW))
                .andExpect(content()
                        .string(allOf(
                                containsString("action=\"/log/checkins/6\""),
                                containsString("Morning pain must be 0–10."),
                                matchesPattern("(?s).*id=\"checkin-morningPain-errors\".*"))));
        then(checkIns).should(never()).update(any(), anyLong(), any(CheckInEntry.class));
    }

    @Test
    void aSavedChangeGoesBackToTheLog() throws Exception {
        given(sessions.find(ME, 5)).willReturn(RUN);

        mvc.perform(post("/log/sessions/5")
                        .with(signedIn())
                        .with(csrf())
                        .param("date", "2026-03-09")
                        .param("activity", "RUN")
                        .param("unit", "KM")
                        .param("volume", "5")
                        .param("painDuring", "2")
                        .param("painAfter", "2"))
                .andExpect(redirectedUrl("/log"))
                .andExpect(flash().attribute("notice", "log.saved.changed"));
        then(sessions).should().update(eq(ME), eq(5L), any(SessionEntry.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sessions", "checkins", "strength"})
    void anEntryThatIsNotThePersonsIsNotFoundAndStaysAsItIs(String kind) throws Exception {
        NotFoundException notTheirs = new NotFoundException("entry", 99);
        given(sessions.find(ME, 99)).willThrow(notTheirs);
        given(checkIns.find(ME, 99)).willThrow(notTheirs);
        given(strength.find(ME, 99)).willThrow(notTheirs);
        willThrow(notTheirs).given(sessions).delete(ME, 99);
        willThrow(notTheirs).given(checkIns).delete(ME, 99);
        willThrow(notTheirs).given(strength).delete(ME, 99);

        mvc.perform(get("/log/" + kind + "/99/edit").with(signedIn())).andExpect(status().isNotFound());
        mvc.perform(post("/log/" + kind + "/99")
                        .with(signedIn())
                        .with(csrf())
                        .param("date", "2026-03-09")
                        .param("activity", "RUN")
                        .param("unit", "KM")
                        .param("volume", "1")
                        .param("painDuring", "1")
                        .param("painAfter", "1")
                        .param("morningPain", "1")
                        .param("exercise", "SQUAT")
                        .param("sets", "1")
                        .param("reps", "1"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/log/" + kind + "/99/delete").with(signedIn()).with(csrf()))
                .andExpect(status().isNotFound());

        then(sessions).should(never()).update(any(), anyLong(), any());
        then(checkIns).should(never()).update(any(), anyLong(), any());
        then(strength).should(never()).update(any(), anyLong(), any());
    }

    @Test
    void anUnknownKindOfEntryIsNotFound() throws Exception {
        mvc.perform(get("/log/shoes/3/edit").with(signedIn())).andExpect(status().isNotFound());
        mvc.perform(post("/log/meals/3/delete").with(signedIn()).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void theShoesPageShowsTheDistanceInThePersonsUnit() throws Exception {
        given(accounts.distanceUnit(ME)).willReturn(DistanceUnit.MILES);
        given(shoes.all(ME))
                .willReturn(List.of(new ShoeView(
                        3, "Trail", LocalDate.of(2026, 1, 1), BigDecimal.ZERO, null, new BigDecimal("16.093"))));

        mvc.perform(get("/log/shoes").with(signedIn()))
                .andExpect(status().isOk())
                .andExpect(view().name(LogPagesController.SHOES_VIEW))
                .andExpect(content().string(allOf(containsString("Trail"), containsString("10 mi"))));
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/log/sessions").with(signedIn()).param("date", "2026-03-09"))
                .andExpect(status().isForbidden());
        then(sessions).should(never()).add(any(), any());
    }
}
