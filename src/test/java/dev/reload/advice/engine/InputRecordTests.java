package dev.reload.advice.engine;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.reload.knee.Activity;
import dev.reload.knee.Condition;
import dev.reload.knee.PainScore;
import dev.reload.knee.RedFlag;
import dev.reload.knee.TightStructure;
import dev.reload.knee.VolumeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The engine's public input records: what they accept at the edges of their bounds and what they refuse. */
class InputRecordTests {

    static final LocalDate DAY = Logbook.MONDAY;

    // --- Plan

    static Plan plan(double goal, int perWeek, Double tolerable) {
        return new Plan(
                Condition.PATELLOFEMORAL_PAIN, Activity.RUN, VolumeUnit.KM, DAY, goal, perWeek, 10, tolerable, null);
    }

    @ParameterizedTest(name = "weekly goal {0} is refused")
    @ValueSource(doubles = {0, -1, Double.POSITIVE_INFINITY, Double.NaN})
    void aPlanRefusesAWeeklyGoalThatIsNotAPositiveNumber(double goal) {
        assertThatThrownBy(() -> plan(goal, 3, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("weeklyGoal");
    }

    @Test
    void aPlanTakesAnySmallPositiveGoal() {
        assertThat(plan(0.5, 3, null).weeklyGoal()).isEqualTo(0.5);
    }

    @ParameterizedTest(name = "{0} sessions a week → accepted {1}")
    @CsvSource({"0, false", "1, true", "14, true", "15, false"})
    void aPlanTakesOneToFourteenSessionsAWeek(int perWeek, boolean accepted) {
        if (accepted) {
            assertThat(plan(30, perWeek, null).sessionsPerWeek()).isEqualTo(perWeek);
        } else {
            assertThatThrownBy(() -> plan(30, perWeek, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("sessionsPerWeek");
        }
    }

    @ParameterizedTest(name = "tolerable dose {0} is refused")
    @ValueSource(doubles = {-0.5, Double.POSITIVE_INFINITY, Double.NaN})
    void aPlanRefusesANegativeInfiniteOrUndefinedTolerableDose(double tolerable) {
        assertThatThrownBy(() -> plan(30, 3, tolerable))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tolerableDose");
    }

    @Test
    void aPlanTakesATolerableDoseOfZeroOrNone() {
        assertThat(plan(30, 3, 0.0).tolerableDose()).isZero();
        assertThat(plan(30, 3, null).tolerableDose()).isNull();
    }

    @Test
    void planWeeksStartSevenDaysApart() {
        assertThat(plan(30, 3, null).weekStart(1)).isEqualTo(DAY);
        assertThat(plan(30, 3, null).weekStart(3)).isEqualTo(DAY.plusDays(14));
    }

    // --- ActivitySession

    @ParameterizedTest(name = "volume {0} is refused")
    @ValueSource(doubles = {-0.5, Double.POSITIVE_INFINITY, Double.NaN})
    void aSessionRefusesANegativeInfiniteOrUndefinedVolume(double volume) {
        assertThatThrownBy(() -> ActivitySession.of(DAY, Activity.RUN, volume, 4, 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("volume");
    }

    @ParameterizedTest(name = "RPE {0} → accepted {1}")
    @CsvSource({"-1, false", "0, true", "10, true", "11, false"})
    void aSessionTakesAnRpeFromZeroToTen(int rpe, boolean accepted) {
        if (accepted) {
            assertThat(ActivitySession.of(DAY, Activity.RUN, 5, rpe, 1, 1).rpe())
                    .isEqualTo(rpe);
        } else {
            assertThatThrownBy(() -> ActivitySession.of(DAY, Activity.RUN, 5, rpe, 1, 1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("rpe");
        }
    }

    @Test
    void aSessionMayHaveNoRpe() {
        assertThat(ActivitySession.of(DAY, Activity.RUN, 5, null, 1, 1).rpe()).isNull();
    }

    @Test
    void aSessionHasAPainAfterOnlyWithAPainDuring() {
        assertThatThrownBy(() ->
                        new ActivitySession(DAY, Activity.RUN, 5, 4, null, PainScore.of(1), null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("painAfter");
        assertThat(new ActivitySession(DAY, Activity.RUN, 5, 4, PainScore.of(1), null, null, null, null, null)
                        .painAfter())
                .isNull();
        assertThat(ActivitySession.unrated(DAY, Activity.RUN, 5, null, 30).unrated())
                .isTrue();
    }

    // --- StrengthSet

    @ParameterizedTest(name = "{0} sets × {1} reps at {2} kg, hold {3} s → accepted {4}")
    @CsvSource({
        "1, 1, 0, , true",
        "0, 10, 10, , false",
        "3, 0, 10, , false",
        "3, 10, -0.5, , false",
        "3, 10, Infinity, , false",
        "3, 10, NaN, , false",
        "3, 10, 0, 1, true",
        "3, 10, 0, 0, false"
    })
    void aStrengthSetNeedsASetARepAKnownLoadAndAHoldOfAtLeastASecond(
            int sets, int reps, double load, Integer holdSec, boolean accepted) {
        if (accepted) {
            assertThatCode(() -> new StrengthSet(DAY, "BRIDGE", sets, reps, load, PainScore.of(1), holdSec))
                    .doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> new StrengthSet(DAY, "BRIDGE", sets, reps, load, PainScore.of(1), holdSec))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    // --- Prescription

    @ParameterizedTest(name = "{0} sets × {1} reps at {2} kg is refused")
    @CsvSource({"0, 10, 0", "3, 0, 0", "3, 10, -0.5"})
    void aPrescriptionNeedsASetARepAndNoNegativeLoad(int sets, int reps, double load) {
        assertThatThrownBy(() -> new Prescription("BRIDGE", sets, reps, load, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPrescriptionOfOneSetOfOneRepAtBodyWeightIsFine() {
        assertThat(new Prescription("BRIDGE", 1, 1, 0, null).reps()).isEqualTo(1);
    }

    // --- Assessment

    static Assessment assessment(Integer sidePlank, Set<TightStructure> tight, Double sleep, Integer age) {
        return new Assessment(sidePlank, null, null, tight, null, null, sleep, null, null, age, null, null);
    }

    @ParameterizedTest(name = "side plank {0} s → accepted {1}")
    @CsvSource({"-1, false", "0, true"})
    void anAssessmentRefusesANegativeSidePlankHold(int seconds, boolean accepted) {
        if (accepted) {
            assertThat(assessment(seconds, null, null, null).sidePlankHoldSec()).isEqualTo(seconds);
        } else {
            assertThatThrownBy(() -> assessment(seconds, null, null, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("sidePlankHoldSec");
        }
    }

    @ParameterizedTest(name = "sleep {0} h → accepted {1}")
    @CsvSource({"-0.5, false", "0, true", "24, true", "24.5, false", "NaN, false"})
    void anAssessmentTakesZeroToTwentyFourHoursOfSleep(double hours, boolean accepted) {
        if (accepted) {
            assertThat(assessment(null, null, hours, null).sleepHoursTypical()).isEqualTo(hours);
        } else {
            assertThatThrownBy(() -> assessment(null, null, hours, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("sleepHoursTypical");
        }
    }

    @ParameterizedTest(name = "age {0} → accepted {1}")
    @CsvSource({"-1, false", "0, true", "130, true", "131, false"})
    void anAssessmentTakesAnAgeFromZeroToOneHundredThirty(int age, boolean accepted) {
        if (accepted) {
            assertThat(assessment(null, null, null, age).age()).isEqualTo(age);
        } else {
            assertThatThrownBy(() -> assessment(null, null, null, age))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("age");
        }
    }

    @Test
    void anAssessmentWithoutTightStructuresListsNone() {
        assertThat(assessment(null, null, null, null).tight()).isEmpty();
        assertThat(assessment(null, Set.of(), null, null).tight()).isEmpty();
        Set<TightStructure> given = EnumSet.of(TightStructure.CALVES);
        Set<TightStructure> kept = assessment(null, given, null, null).tight();
        given.add(TightStructure.HAMSTRINGS);
        assertThat(kept).containsExactly(TightStructure.CALVES);
    }

    // --- Screening

    @Test
    void aScreeningWithoutRedFlagsHasNone() {
        assertThat(new Screening(DAY, Set.of()).redFlags()).isEmpty();
        assertThat(new Screening(DAY, null).redFlags()).isEmpty();
    }

    @Test
    void aScreeningsFlagsAreKnownFromTheDayTheyWereAnswered() {
        Screening screening = new Screening(DAY, Set.of(RedFlag.LOCKING));
        assertThat(screening.flagsKnownOn(DAY.minusDays(1))).isEmpty();
        assertThat(screening.flagsKnownOn(DAY)).containsExactly(RedFlag.LOCKING);
        assertThat(new Screening(null, Set.of(RedFlag.LOCKING)).flagsKnownOn(DAY.minusYears(5)))
                .containsExactly(RedFlag.LOCKING);
    }

    // --- AdviceInput and IndexedLog

    @Test
    void anInputWithoutLogsScreeningAssessmentOrKnobsTakesEmptyOnesAndTheDefaults() {
        AdviceInput input = AdviceInput.of(plan(30, 3, null), null, null, null);
        assertThat(input.sessions()).isEmpty();
        assertThat(input.checkIns()).isEmpty();
        assertThat(input.strength()).isEmpty();
        assertThat(input.screening()).isEqualTo(Screening.NONE);
        assertThat(input.assessment()).isEqualTo(Assessment.NONE);
        assertThat(input.knobs()).isEqualTo(Knobs.DEFAULTS);
        assertThat(input.painOnset()).isNull();
        assertThat(Logbook.ENGINE.advise(input, DAY.plusDays(7)).nextWeek().decision())
                .isEqualTo(DoseDecision.SETTLE);
    }

    @Test
    void eachWitherReplacesOneFieldAndKeepsTheOthers() {
        ActivitySession run = ActivitySession.of(DAY, Activity.RUN, 5, 4, 1, 1);
        CheckIn morning = CheckIn.of(DAY, 1);
        StrengthSet bridge = StrengthSet.of(DAY, "BRIDGE", 3, 12, 0, 1);
        AdviceInput input = AdviceInput.of(plan(30, 3, null), List.of(run), List.of(morning), List.of(bridge));
        Screening screening = new Screening(DAY, Set.of(RedFlag.LOCKING));
        Assessment assessment = assessment(20, null, null, null);
        Knobs knobs = Knobs.DEFAULTS.withStepPercent(5);

        AdviceInput screened = input.withScreening(screening);
        assertThat(screened.screening()).isEqualTo(screening);
        assertThat(screened.sessions()).containsExactly(run);

        AdviceInput assessed = screened.withAssessment(assessment, DAY);
        assertThat(assessed.assessment()).isEqualTo(assessment);
        assertThat(assessed.painOnset()).isEqualTo(DAY);
        assertThat(assessed.screening()).isEqualTo(screening);

        AdviceInput tuned = assessed.withKnobs(knobs);
        assertThat(tuned.knobs()).isEqualTo(knobs);
        assertThat(tuned)
                .isEqualTo(new AdviceInput(
                        input.plan(),
                        List.of(run),
                        List.of(morning),
                        List.of(bridge),
                        screening,
                        assessment,
                        DAY,
                        knobs));
    }

    @Test
    void anIndexedLogGivesTheSameAdviceAsItsInputOnEveryDay() {
        Logbook log = Logbook.returning().greenWeek(1, 10).week(2, 11, 3, 4, 2, 1);
        AdviceInput input = log.input();
        IndexedLog indexed = Logbook.ENGINE.index(input);
        assertThat(indexed.input()).isSameAs(input);
        for (int d = 0; d < 21; d++) {
            LocalDate day = DAY.plusDays(d);
            assertThat(Logbook.ENGINE.advise(indexed, day)).isEqualTo(Logbook.ENGINE.advise(input, day));
        }
    }

    @Test
    void walksAtMostOneHundredYearsOfPlanWeeks() {
        Logbook log = Logbook.returning();
        assertThatCode(() -> log.adviseOn(DAY.plusDays(AdviceEngine.MAX_PLAN_DAYS)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> log.adviseOn(DAY.plusDays(AdviceEngine.MAX_PLAN_DAYS + 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("100 years");
    }
}
