package dev.reload.advice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.reload.account.AccountId;
import dev.reload.advice.engine.AdviceEngine;
import dev.reload.exercises.ExerciseLibraryFile;
import dev.reload.knee.Activity;
import dev.reload.knee.Condition;
import dev.reload.knee.ExerciseLibrary;
import dev.reload.knee.VolumeUnit;
import dev.reload.log.CheckInService;
import dev.reload.log.CheckInView;
import dev.reload.log.SessionService;
import dev.reload.log.SessionView;
import dev.reload.log.StrengthService;
import dev.reload.log.StrengthView;
import dev.reload.plan.PlanEntry;
import dev.reload.plan.PlanService;
import dev.reload.plan.PlanService.PlanView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

/** The Today read model: what it computes, from one read of the plan, the screens and the log. */
class TodayServiceTests {

    static final ExerciseLibrary LIBRARY = ExerciseLibraryFile.read();
    static final AccountId OWNER = new AccountId(7L);
    /** A Monday: the plan starts on it, so plan weeks run Monday to Sunday. */
    static final LocalDate START = LocalDate.parse("2026-03-02");

    final PlanService plans = mock(PlanService.class);
    final SessionService sessions = mock(SessionService.class);
    final CheckInService checkIns = mock(CheckInService.class);
    final StrengthService strength = mock(StrengthService.class);
    TodayService todays;

    @BeforeEach
    void aRunnerTwoWeeksIn() {
        StoredRecordsReader reader =
                new StoredRecordsReader(plans, sessions, checkIns, strength, RecordsSnapshots.none());
        todays = new TodayService(
                reader,
                new AdviceService(new AdviceComputations(new AdviceEngine(LIBRARY), new SimpleMeterRegistry()), reader),
                LIBRARY);
        PlanEntry entry = new PlanEntry(
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
        when(plans.active(OWNER)).thenReturn(Optional.of(new PlanView(1, entry, Instant.EPOCH, null)));
        when(plans.screenings(OWNER)).thenReturn(List.of());
        when(sessions.all(OWNER))
                .thenReturn(List.of(
                        run(1, START.plusDays(8), "5", 2, 2), // Tuesday of week 2
                        run(2, START.plusDays(10), "4", null, null), // Thursday, imported, not rated
                        ride(3, START.plusDays(10)),
                        run(4, START.minusDays(3), "6", null, null))); // before the plan: not to rate
        when(checkIns.all(OWNER))
                .thenReturn(List.of(new CheckInView(9, START.plusDays(11), 1, null, null, null, null)));
        when(strength.all(OWNER)).thenReturn(List.of());
    }

    @Test
    void readsThePlanTheScreensAndTheLogOnceForBothDaysItAdvisesOn() {
        todays.today(OWNER, START.plusDays(11)).orElseThrow(); // Friday of week 2: two days advised on

        verify(plans).active(OWNER);
        verify(plans).screenings(OWNER);
        verify(sessions).all(OWNER);
        verify(checkIns).all(OWNER);
        verify(strength).all(OWNER);
        verifyNoMoreInteractions(plans, sessions, checkIns, strength);
    }

    @Test
    void readsNothingButThePlanWhenThereIsNone() {
        when(plans.active(OWNER)).thenReturn(Optional.empty());

        assertThat(todays.today(OWNER, START)).isEmpty();
        verify(plans).active(OWNER);
        verifyNoMoreInteractions(plans, sessions, checkIns, strength);
    }

    @Test
    void countsTheTargetActivityDoneThisPlanWeekAndListsTheSessionsToRate() {
        Today today = todays.today(OWNER, START.plusDays(11)).orElseThrow();

        assertThat(today.planWeek()).isEqualTo(2);
        assertThat(today.reviewDay()).isFalse();
        assertThat(today.nextReview()).isEqualTo(START.plusWeeks(2));
        assertThat(today.doneSoFar()).isEqualTo(9.0); // 5 + 4 km of running, not the ride
        assertThat(today.toRate()).extracting(SessionView::id).containsExactly(2L);
        assertThat(today.checkedInToday()).isTrue();
        assertThat(today.strengthItems()).isNotEmpty();
    }

    @Test
    void theNextSessionCountsTheSameWeekAndDoseAsTheRestOfToday() {
        Today today = todays.today(OWNER, START.plusDays(11)).orElseThrow();

        assertThat(today.advice().nextSession()).isNotNull();
        assertThat(today.advice().nextSession().doneThisWeek()).isEqualTo(today.doneSoFar());
        assertThat(today.advice().nextSession().weekDose())
                .isEqualTo(today.dose().volume());
    }

    @Test
    void theFirstDayOfAWeekAfterTheFirstIsAReviewDay() {
        Today today = todays.today(OWNER, START.plusWeeks(1)).orElseThrow();

        assertThat(today.planWeek()).isEqualTo(2);
        assertThat(today.reviewDay()).isTrue();
        assertThat(today.doneSoFar()).isZero();
        assertThat(today.checkedInToday()).isFalse();
    }

    @Test
    void beforeThePlanStartsThereIsNoWeekAndNothingDone() {
        Today today = todays.today(OWNER, START.minusDays(1)).orElseThrow();

        assertThat(today.planWeek()).isZero();
        assertThat(today.doneSoFar()).isNull();
        assertThat(today.nextReview()).isEqualTo(START); // the first plan week begins it
    }

    @Test
    void theLastSessionIsTheNewestTargetSessionOfThePlanUpToToday() {
        Today friday = todays.today(OWNER, START.plusDays(11)).orElseThrow();
        Today wednesday = todays.today(OWNER, START.plusDays(9)).orElseThrow();
        Today firstDay = todays.today(OWNER, START).orElseThrow();

        assertThat(friday.lastSession().id()).isEqualTo(2L); // Thursday's run, not the ride
        assertThat(wednesday.lastSession().id()).isEqualTo(1L); // Thursday's is still to come
        assertThat(firstDay.lastSession()).isNull(); // the run before the plan does not count
    }

    @Test
    void aSessionWithoutItsNextMorningWaitsForIt() {
        // a quiet run on Tuesday of week 2, seen on the Tuesday itself: Wednesday's morning is to come
        when(sessions.all(OWNER)).thenReturn(List.of(run(1, START.plusDays(8), "5", 1, 1)));
        Today tuesday = todays.today(OWNER, START.plusDays(8)).orElseThrow();

        assertThat(tuesday.advice().lastSessionResponse()).isEqualTo(dev.reload.advice.engine.Response.PENDING);
        assertThat(tuesday.awaited()).isEqualTo(Today.Awaited.MORNING);
    }

    @Test
    void aSessionLoggedWithoutItsPainAfterWaitsForItAndIsAskedForItForSevenDays() {
        // Tuesday of week 2, pain during 1, the pain after left for later; both mornings at 1
        when(sessions.all(OWNER)).thenReturn(List.of(run(1, START.plusDays(8), "5", 1, null)));
        when(checkIns.all(OWNER))
                .thenReturn(List.of(
                        new CheckInView(8, START.plusDays(8), 1, null, null, null, null),
                        new CheckInView(9, START.plusDays(9), 1, null, null, null, null)));

        Today tuesday = todays.today(OWNER, START.plusDays(8)).orElseThrow();
        assertThat(tuesday.awaited()).isEqualTo(Today.Awaited.PAIN_AFTER_AND_MORNING);
        Today wednesday = todays.today(OWNER, START.plusDays(9)).orElseThrow();
        assertThat(wednesday.awaited()).isEqualTo(Today.Awaited.PAIN_AFTER);
        assertThat(wednesday.toRate()).extracting(SessionView::id).containsExactly(1L);
        // from its second day on it is judged without it, and still asked for within the light's 7 days
        Today thursday = todays.today(OWNER, START.plusDays(10)).orElseThrow();
        assertThat(thursday.awaited()).isNull();
        assertThat(thursday.advice().lastSessionResponse()).isEqualTo(dev.reload.advice.engine.Response.GREEN);
        assertThat(todays.today(OWNER, START.plusDays(15)).orElseThrow().toRate())
                .extracting(SessionView::id)
                .containsExactly(1L);
        assertThat(todays.today(OWNER, START.plusDays(16)).orElseThrow().toRate())
                .isEmpty();
    }

    @Test
    void aPainDuringOfEightWithoutThePainAfterTurnsTodayRed() {
        when(sessions.all(OWNER)).thenReturn(List.of(run(1, START.plusDays(8), "5", 8, null)));

        Today tuesday = todays.today(OWNER, START.plusDays(8)).orElseThrow();
        assertThat(tuesday.advice().light()).isEqualTo(dev.reload.advice.engine.Light.RED);
        assertThat(tuesday.awaited()).isNull(); // what is known already judges it: RED
        assertThat(tuesday.toRate()).extracting(SessionView::id).containsExactly(1L);
    }

    @Test
    void anImportedSessionNotRatedWaitsForItsRating() {
        when(sessions.all(OWNER)).thenReturn(List.of(run(2, START.plusDays(10), "4", null, null)));

        assertThat(todays.today(OWNER, START.plusDays(11)).orElseThrow().awaited())
                .isEqualTo(Today.Awaited.RATING);
    }

    @Test
    void theNextSessionsFindingIsKeptApartFromTheOtherFindings() {
        Today today = todays.today(OWNER, START.plusDays(11)).orElseThrow();

        assertThat(today.nextSessionFinding()).isNotNull();
        assertThat(today.nextSessionFinding().rule()).isEqualTo("R3.next-session");
        assertThat(today.otherFindings()).noneMatch(f -> f.rule().equals("R3.next-session"));
        assertThat(today.reviewFindings()).noneMatch(f -> f.rule().equals("R3.next-session"));
    }

    @Test
    void anExerciseLoggedTodayIsDoneWithWhatWasDoneAndOneOfAnotherDayIsNot() {
        LocalDate friday = START.plusDays(11);
        when(strength.all(OWNER))
                .thenReturn(List.of(
                        new StrengthView(1, friday.minusDays(2), "CLAMSHELL", 3, 12, BigDecimal.ZERO, null, null, 1),
                        new StrengthView(2, friday, "SPLIT_SQUAT", 3, 10, new BigDecimal("10.0"), null, null, 2)));

        Today today = todays.today(OWNER, friday).orElseThrow();

        assertThat(today.strengthItems())
                .filteredOn(i -> i.exercise().equals("SPLIT_SQUAT"))
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.doneToday()).isTrue();
                    assertThat(item.painToday()).isEqualTo(2);
                    assertThat(item.loadKg()).isEqualByComparingTo("10"); // what was done, not the next dose
                    assertThat(item.sets()).isEqualTo(3);
                });
        assertThat(today.strengthItems())
                .filteredOn(i -> !i.exercise().equals("SPLIT_SQUAT"))
                .isNotEmpty()
                .noneMatch(Today.StrengthItem::doneToday);
    }

    @Test
    void anExerciseAContributorPromisesIsOnTheChecklist() {
        PlanEntry tightCalves = new PlanEntry(
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
                new dev.reload.plan.AssessmentEntry(
                        null,
                        null,
                        null,
                        java.util.Set.of(dev.reload.knee.TightStructure.CALVES),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        when(plans.active(OWNER)).thenReturn(Optional.of(new PlanView(1, tightCalves, Instant.EPOCH, null)));

        Today today = todays.today(OWNER, START.plusDays(11)).orElseThrow();

        assertThat(today.advice().hasFinding("R8.tightness")).isTrue();
        assertThat(today.strengthItems())
                .extracting(Today.StrengthItem::exercise)
                .contains("CALF_STRETCH");
    }

    private static SessionView run(long id, LocalDate date, String km, Integer during, Integer after) {
        return new SessionView(
                id,
                date,
                Activity.RUN,
                new BigDecimal(km),
                VolumeUnit.KM,
                null,
                new BigDecimal(km),
                null,
                during,
                after,
                during == null ? "import" : "manual",
                null,
                null,
                null,
                null);
    }

    private static SessionView ride(long id, LocalDate date) {
        return new SessionView(
                id,
                date,
                Activity.CYCLE,
                BigDecimal.TEN,
                VolumeUnit.KM,
                null,
                null,
                null,
                1,
                1,
                "manual",
                null,
                null,
                null,
                null);
    }
}
