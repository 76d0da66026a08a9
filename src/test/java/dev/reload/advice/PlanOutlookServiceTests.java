package dev.reload.advice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.reload.account.AccountId;
import dev.reload.advice.PlanOutlook.Session;
import dev.reload.advice.PlanOutlook.SessionKind;
import dev.reload.advice.PlanOutlook.StrengthDay;
import dev.reload.advice.PlanOutlook.StrengthExercise;
import dev.reload.advice.PlanOutlook.Week;
import dev.reload.advice.engine.AdviceEngine;
import dev.reload.advice.engine.StrengthAdvice;
import dev.reload.exercises.ExerciseLibraryFile;
import dev.reload.knee.Activity;
import dev.reload.knee.Condition;
import dev.reload.knee.Exercise;
import dev.reload.knee.ExerciseKind;
import dev.reload.knee.ExerciseLibrary;
import dev.reload.knee.Phase;
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
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The plan laid out for a calendar: a runner settling at 4 km three times a week (12 km a week),
 * who ran their three green sessions in plan week 1 and one on the Monday of week 2, seen on the
 * Wednesday of week 2 unless a test says otherwise.
 */
class PlanOutlookServiceTests {

    static final ExerciseLibrary LIBRARY = ExerciseLibraryFile.read();
    static final AccountId OWNER = new AccountId(7L);
    /** A Monday: plan weeks run Monday to Sunday. */
    static final LocalDate START = LocalDate.parse("2026-03-02");
    /** Wednesday of plan week 2. */
    static final LocalDate WEDNESDAY = START.plusDays(9);

    final PlanService plans = mock(PlanService.class);
    final SessionService sessions = mock(SessionService.class);
    final CheckInService checkIns = mock(CheckInService.class);
    final StrengthService strength = mock(StrengthService.class);
    final List<SessionView> runs = new ArrayList<>();
    final List<CheckInView> mornings = new ArrayList<>();
    final List<StrengthView> strengthWork = new ArrayList<>();
    AdviceService advice;
    PlanOutlookService outlooks;

    @BeforeEach
    void aRunnerInPlanWeekTwo() {
        StoredRecordsReader reader =
                new StoredRecordsReader(plans, sessions, checkIns, strength, RecordsSnapshots.none());
        advice =
                new AdviceService(new AdviceComputations(new AdviceEngine(LIBRARY), new SimpleMeterRegistry()), reader);
        outlooks = new PlanOutlookService(reader, advice, LIBRARY);
        plan(Condition.PATELLOFEMORAL_PAIN, null);
        when(plans.screenings(OWNER)).thenReturn(List.of());
        when(sessions.all(OWNER)).thenReturn(runs);
        when(checkIns.all(OWNER)).thenReturn(mornings);
        when(strength.all(OWNER)).thenReturn(strengthWork);
        morning(START, 1);
        for (int day : new int[] {0, 2, 4}) { // week 1: Monday, Wednesday, Friday, each a quiet 4 km
            run(START.plusDays(day), "4", 1);
            morning(START.plusDays(day + 1), 1);
        }
        run(START.plusDays(7), "4", 1); // Monday of week 2
        morning(START.plusDays(8), 1);
    }

    @Test
    void spreadsEachWeeksDoseOverSuggestedDaysWithTheNextSessionFirstFromToday() {
        PlanOutlook outlook = outlooks.outlook(OWNER, WEDNESDAY, 2, 4).orElseThrow();

        assertThat(outlook.currentWeek()).isEqualTo(2);
        assertThat(outlook.weeks()).extracting(Week::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(outlook.weeks()).extracting(Week::dose).containsOnly(12.0);
        assertThat(outlook.weeks()).extracting(Week::decided).containsExactly(true, true, false, false, false, false);
        assertThat(outlook.weeks()).extracting(Week::phase).containsOnly(Phase.SETTLE);
        assertThat(week(outlook, 1).sessions())
                .extracting(Session::date, Session::kind, Session::volume)
                .containsExactly(
                        tuple(START, SessionKind.PLANNED, 4.0),
                        tuple(START.plusDays(2), SessionKind.PLANNED, 4.0),
                        tuple(START.plusDays(4), SessionKind.PLANNED, 4.0));
        // this week: Monday as planned, the next session today (4 of the 8 km left), the share on Friday
        assertThat(week(outlook, 2).sessions())
                .extracting(Session::date, Session::slot, Session::kind, Session::volume)
                .containsExactly(
                        tuple(START.plusDays(7), 1, SessionKind.PLANNED, 4.0),
                        tuple(WEDNESDAY, 2, SessionKind.TRY, 4.0),
                        tuple(START.plusDays(11), 3, SessionKind.PLANNED, 4.0));
        assertThat(week(outlook, 5).sessions())
                .extracting(Session::date, Session::kind, Session::volume)
                .containsExactly(
                        tuple(START.plusWeeks(4), SessionKind.PLANNED, 4.0),
                        tuple(START.plusWeeks(4).plusDays(2), SessionKind.PLANNED, 4.0),
                        tuple(START.plusWeeks(4).plusDays(4), SessionKind.PLANNED, 4.0));
    }

    @Test
    void onlyTwoWeeksBackAreLaidOutAndTheSuggestedDaysSpreadAnyNumberOfSessions() {
        PlanOutlook outlook = outlooks.outlook(OWNER, START.plusWeeks(5), 2, 1).orElseThrow();

        assertThat(outlook.weeks()).extracting(Week::number).containsExactly(4, 5, 6, 7);
        assertThat(PlanOutlookService.suggestedDays(2)).containsExactly(0, 3);
        assertThat(PlanOutlookService.suggestedDays(4)).containsExactly(0, 1, 3, 5);
        assertThat(PlanOutlookService.suggestedDays(7)).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(PlanOutlookService.suggestedDays(14)).containsExactly(0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6);
    }

    @Test
    void aSessionLoggedTodayMovesTheNextOneToTheNextSuggestedDay() {
        run(WEDNESDAY, "4", 1);

        // today's run waits for tomorrow morning: until then the next session holds at it (R3.next-session)
        assertThat(weekTwoOnWednesday())
                .containsExactly(
                        tuple(START.plusDays(7), SessionKind.PLANNED, 4.0),
                        tuple(WEDNESDAY, SessionKind.PLANNED, 4.0),
                        tuple(START.plusDays(11), SessionKind.HOLD, 4.0));
    }

    @Test
    void afterASessionAtTheEdgeTheRestOfTheWeekHoldsAtIt() {
        runs.remove(runs.size() - 1);
        runs.add(session(START.plusDays(7), "3", 4, 2)); // Monday: 3 km at the edge (pain 4 during)

        assertThat(weekTwoOnWednesday())
                .containsExactly(
                        tuple(START.plusDays(7), SessionKind.PLANNED, 4.0),
                        tuple(WEDNESDAY, SessionKind.HOLD, 3.0),
                        tuple(START.plusDays(11), SessionKind.HOLD, 3.0));
    }

    @Test
    void afterASessionThatWasTooMuchTheWeekRestsUntilAMorningHasSettled() {
        runs.remove(runs.size() - 1);
        runs.add(session(START.plusDays(7), "4", 6, 6)); // Monday: too much
        mornings.set(mornings.size() - 1, new CheckInView(99, START.plusDays(8), 4, null, null, null, null));

        assertThat(weekTwoOnWednesday())
                .containsExactly(
                        tuple(START.plusDays(7), SessionKind.PLANNED, 4.0),
                        tuple(WEDNESDAY, SessionKind.REST, null),
                        tuple(START.plusDays(11), SessionKind.REST, null));
    }

    @Test
    void onceAMorningHasSettledAfterASessionThatWasTooMuchTheWeekEasesOff() {
        runs.remove(runs.size() - 1);
        runs.add(session(START.plusDays(7), "4", 6, 6)); // Monday: too much; Tuesday's morning is back at 1

        // at most 80 % of the 4 km, rounded down to the grain: 3 km (R3.next-session BACK_OFF)
        assertThat(weekTwoOnWednesday())
                .containsExactly(
                        tuple(START.plusDays(7), SessionKind.PLANNED, 4.0),
                        tuple(WEDNESDAY, SessionKind.BACK_OFF, 3.0),
                        tuple(START.plusDays(11), SessionKind.BACK_OFF, 3.0));
    }

    @Test
    void theRestOfTheWeekNeverAsksForMoreThanIsLeftOfItsDose() {
        run(START.plusDays(8), "6", 1); // Tuesday: a long one, 10 of the 12 km done
        morning(WEDNESDAY, 1);

        assertThat(weekTwoOnWednesday())
                .containsExactly(
                        tuple(START.plusDays(7), SessionKind.PLANNED, 4.0),
                        tuple(WEDNESDAY, SessionKind.TRY, 2.0),
                        tuple(START.plusDays(11), SessionKind.DONE, null));
    }

    @Test
    void beforeThePlanStartsItsFirstWeeksAreLaidOutAsTheyStand() {
        PlanOutlook outlook = outlooks.outlook(OWNER, START.minusDays(3), 2, 4).orElseThrow();

        assertThat(outlook.currentWeek()).isZero();
        assertThat(outlook.weeks()).extracting(Week::number).containsExactly(1, 2, 3, 4);
        assertThat(outlook.weeks()).extracting(Week::decided).containsOnly(false);
        assertThat(outlook.weeks()).extracting(Week::dose).containsOnly(12.0);
        assertThat(week(outlook, 1).sessions()).first().satisfies(first -> {
            assertThat(first.date()).isEqualTo(START);
            assertThat(first.volume()).isEqualTo(4.0);
        });
    }

    @Test
    void strengthWorkFallsOnTheSecondFourthAndSixthDayWithEachLoggedExerciseAtItsNextDose() {
        strengthWork.add(new StrengthView(1, START.plusDays(1), "SPLIT_SQUAT", 3, 10, BigDecimal.TEN, null, null, 1));
        strengthWork.add(new StrengthView(2, START.plusDays(3), "SPLIT_SQUAT", 3, 10, BigDecimal.TEN, null, null, 1));

        PlanOutlook outlook = outlooks.outlook(OWNER, WEDNESDAY, 2, 4).orElseThrow();

        Week third = week(outlook, 3);
        assertThat(third.strengthDays())
                .extracting(StrengthDay::date)
                .containsExactly(
                        third.start().plusDays(1),
                        third.start().plusDays(3),
                        third.start().plusDays(5));
        List<StrengthExercise> exercises = third.strengthDays().get(0).exercises();
        assertThat(exercises)
                .extracting(StrengthExercise::id)
                .containsExactlyInAnyOrderElementsOf(
                        LIBRARY.programmeFor(Condition.PATELLOFEMORAL_PAIN).exercises());
        StrengthAdvice adviced = advice.adviceFor(OWNER, WEDNESDAY).orElseThrow().strength().stream()
                .filter(s -> s.exercise().equals("SPLIT_SQUAT"))
                .findFirst()
                .orElseThrow();
        assertThat(adviced.next().loadKg()).isGreaterThan(10); // two easy sessions: R5.progress
        assertThat(exercises)
                .filteredOn(e -> e.id().equals(adviced.next().exercise()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.loadKg()).isEqualTo(adviced.next().loadKg());
                    assertThat(e.sets()).isEqualTo(adviced.next().sets());
                    assertThat(e.reps()).isEqualTo(adviced.next().reps());
                });
        Exercise clamshell = LIBRARY.find("CLAMSHELL").orElseThrow();
        assertThat(exercises)
                .filteredOn(e -> e.id().equals("CLAMSHELL"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.name()).isEqualTo(clamshell.name());
                    assertThat(e.sets()).isEqualTo(clamshell.dose().sets());
                    assertThat(e.reps()).isEqualTo(clamshell.dose().reps());
                    assertThat(e.loadKg()).isZero();
                });
    }

    @Test
    void inMaintainStrengthWorkFallsTwiceAWeek() {
        plan(Condition.PATELLOFEMORAL_PAIN, Phase.MAINTAIN);

        Week third = week(outlooks.outlook(OWNER, WEDNESDAY, 2, 4).orElseThrow(), 3);

        assertThat(third.phase()).isEqualTo(Phase.MAINTAIN);
        assertThat(third.strengthDays())
                .extracting(StrengthDay::date)
                .containsExactly(third.start().plusDays(1), third.start().plusDays(4));
    }

    @Test
    void tendonLoadingBeginsWithDailyHoldsAndNothingOfTheLaterStages() {
        plan(Condition.PATELLAR_TENDINOPATHY, null);

        Week third = week(outlooks.outlook(OWNER, WEDNESDAY, 2, 4).orElseThrow(), 3);

        assertThat(third.strengthDays()).hasSize(7);
        assertThat(third.strengthDays())
                .allSatisfy(day -> assertThat(day.exercises())
                        .extracting(StrengthExercise::id)
                        .containsExactly("LEG_PRESS_ISOMETRIC", "WALL_SIT_ISOMETRIC"));
    }

    @Test
    void withoutAnImpactDoseNoSessionIsSuggestedAndStrengthWorkHasNoImpact() {
        plan(Condition.BONE_STRESS, null);

        PlanOutlook outlook = outlooks.outlook(OWNER, WEDNESDAY, 2, 4).orElseThrow();

        assertThat(outlook.weeks()).extracting(Week::dose).containsOnlyNulls();
        assertThat(outlook.weeks()).allSatisfy(w -> assertThat(w.sessions()).isEmpty());
        assertThat(outlook.weeks())
                .flatExtracting(Week::strengthDays)
                .isNotEmpty()
                .flatExtracting(StrengthDay::exercises)
                .extracting(e -> LIBRARY.find(e.id()).orElseThrow().impact())
                .containsOnly(false);
    }

    @Test
    void thereIsNothingToLayOutWithoutAPlan() {
        when(plans.active(OWNER)).thenReturn(Optional.empty());

        assertThat(outlooks.outlook(OWNER, WEDNESDAY, 2, 4)).isEmpty();
    }

    /** The days each kind of exercise is due on say what the library's own doses say. */
    @Test
    void eachKindOfExerciseIsDueAsOftenAsTheLibrarySays() {
        for (Exercise exercise : LIBRARY.exercises()) {
            int due = 0;
            for (int day = 0; day < 21; day++) {
                due += PlanOutlookService.due(exercise.kind(), Phase.RETURN, day % 7, day) ? 1 : 0;
            }
            String frequency = exercise.dose().frequency();
            int expected = switch (frequency) {
                case "daily" -> 21;
                case "3 times a week" -> 9;
                case "every third day" -> 7;
                default -> throw new AssertionError(exercise.id() + " has a new frequency: " + frequency);
            };
            assertThat(due)
                    .as("%s (%s, %s)", exercise.id(), exercise.kind(), frequency)
                    .isEqualTo(expected);
        }
        assertThat(PlanOutlookService.due(ExerciseKind.STRENGTH, Phase.MAINTAIN, 1, 1))
                .isTrue();
        assertThat(PlanOutlookService.due(ExerciseKind.STRENGTH, Phase.MAINTAIN, 3, 3))
                .isFalse();
    }

    /** Plan week 2's sessions on its Wednesday, as (day, kind, volume). */
    private List<Tuple> weekTwoOnWednesday() {
        return week(outlooks.outlook(OWNER, WEDNESDAY, 2, 4).orElseThrow(), 2).sessions().stream()
                .map(s -> tuple(s.date(), s.kind(), s.volume()))
                .toList();
    }

    private static Week week(PlanOutlook outlook, int number) {
        return outlook.weeks().stream()
                .filter(w -> w.number() == number)
                .findFirst()
                .orElseThrow();
    }

    private void plan(Condition condition, Phase phase) {
        PlanEntry entry = new PlanEntry(
                condition,
                Activity.RUN,
                VolumeUnit.KM,
                START,
                new BigDecimal("30"),
                3,
                null,
                new BigDecimal("4"),
                phase,
                null,
                null);
        when(plans.active(OWNER)).thenReturn(Optional.of(new PlanView(1, entry, Instant.EPOCH, null)));
    }

    private void run(LocalDate date, String km, int pain) {
        runs.add(session(date, km, pain, pain));
    }

    private SessionView session(LocalDate date, String km, int during, int after) {
        return new SessionView(
                runs.size() + 1L,
                date,
                Activity.RUN,
                new BigDecimal(km),
                VolumeUnit.KM,
                null,
                new BigDecimal(km),
                null,
                during,
                after,
                "manual",
                null,
                null,
                null,
                null);
    }

    private void morning(LocalDate date, int pain) {
        mornings.add(new CheckInView(mornings.size() + 1L, date, pain, null, null, null, null));
    }
}
