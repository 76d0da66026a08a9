package dev.reload.advice.engine;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.reload.knee.Activity;
import dev.reload.knee.Condition;
import dev.reload.knee.Phase;
import dev.reload.knee.VolumeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** R5: per-exercise progression, hold and regression, and the staged tendon programme. */
class StrengthTests {

    static final LocalDate TUESDAY = Logbook.MONDAY.plusDays(1);
    static final LocalDate THURSDAY = Logbook.MONDAY.plusDays(3);
    static final LocalDate SATURDAY = Logbook.MONDAY.plusDays(5);

    static StrengthAdvice only(Advice advice) {
        assertThat(advice.strength()).hasSize(1);
        return advice.strength().get(0);
    }

    static StrengthAdvice twoSessions(String exercise, int reps, double load, int firstPain, int lastPain) {
        Logbook log = Logbook.plan()
                .strength(TUESDAY, exercise, 3, reps, load, firstPain)
                .strength(THURSDAY, exercise, 3, reps, load, lastPain);
        return only(log.adviseOn(SATURDAY));
    }

    @ParameterizedTest(name = "pain {0} then {1} → {2}")
    @CsvSource({
        "0, 0, PROGRESS",
        "3, 3, PROGRESS",
        "4, 3, HOLD",
        "3, 4, HOLD",
        "3, 5, HOLD",
        "3, 6, REGRESS",
        "1, 9, REGRESS",
        "6, 2, HOLD"
    })
    void decidesFromTheLastTwoSessionsPain(int first, int last, StrengthDecision expected) {
        assertThat(twoSessions("SPLIT_SQUAT", 10, 20, first, last).decision()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} kg → {1} kg")
    @CsvSource({"20, 22.0", "10, 11.0", "12.5, 13.5", "4, 4.5", "2, 2.5", "0.5, 1.0", "33, 36.0"})
    void raisesTheLoadByTheStepRoundedDownButByAtLeastHalfAKilo(double load, double expected) {
        StrengthAdvice advice = twoSessions("LEG_PRESS", 12, load, 2, 2);
        assertThat(advice.next().loadKg()).isEqualTo(expected);
        assertThat(advice.next().reps()).isEqualTo(12);
    }

    @ParameterizedTest(name = "{0} kg → {1} kg")
    @CsvSource({"20, 16.0", "12.5, 10.0", "11, 8.5", "0.5, 0.0"})
    void lowersTheLoadByTwentyPercentRoundedDownAfterPainOfSix(double load, double expected) {
        StrengthAdvice advice = twoSessions("LEG_PRESS", 12, load, 2, 6);
        assertThat(advice.decision()).isEqualTo(StrengthDecision.REGRESS);
        assertThat(advice.next().loadKg()).isEqualTo(expected);
        assertThat(advice.next().sets()).isPositive();
    }

    @Test
    void regressesToTenPercentWithTheKnob() {
        Logbook log = Logbook.plan()
                .knobs(new Knobs(10, 6, 4, 70, 5, 10))
                .strength(TUESDAY, "LEG_PRESS", 3, 12, 40, 2)
                .strength(THURSDAY, "LEG_PRESS", 3, 12, 40, 7);
        assertThat(only(log.adviseOn(SATURDAY)).next().loadKg()).isEqualTo(36.0);
        Logbook up = Logbook.plan()
                .knobs(new Knobs(10, 6, 4, 70, 5, 10))
                .strength(TUESDAY, "LEG_PRESS", 3, 12, 40, 2)
                .strength(THURSDAY, "LEG_PRESS", 3, 12, 40, 2);
        assertThat(only(up.adviseOn(SATURDAY)).next().loadKg()).isEqualTo(42.0);
    }

    @ParameterizedTest(name = "body weight {0} reps → {1} {2}")
    @CsvSource({
        "10, CLAMSHELL, 12",
        "12, CLAMSHELL, 14",
        "13, CLAMSHELL, 15",
        "14, CLAMSHELL, 15",
        "15, CLAMSHELL_BAND, 12"
    })
    void addsTwoRepsUpToFifteenThenMovesToTheHarderVariant(int reps, String exercise, int nextReps) {
        StrengthAdvice advice = twoSessions("CLAMSHELL", reps, 0, 1, 1);
        assertThat(advice.decision()).isEqualTo(StrengthDecision.PROGRESS);
        assertThat(advice.next().exercise()).isEqualTo(exercise);
        assertThat(advice.next().reps()).isEqualTo(nextReps);
        assertThat(advice.next().loadKg()).isZero();
    }

    @Test
    void regressesABodyWeightExerciseToItsEasierVariant() {
        StrengthAdvice advice = twoSessions("SIDE_PLANK", 3, 0, 1, 7);
        assertThat(advice.decision()).isEqualTo(StrengthDecision.REGRESS);
        assertThat(advice.next().exercise()).isEqualTo("SIDE_PLANK_KNEES");
    }

    @Test
    void holdsAfterASingleComfortableSession() {
        Logbook log = Logbook.plan().strength(TUESDAY, "BRIDGE", 3, 12, 0, 1);
        StrengthAdvice advice = only(log.adviseOn(SATURDAY));
        assertThat(advice.decision()).isEqualTo(StrengthDecision.HOLD);
        assertThat(advice.next()).isEqualTo(new Prescription("BRIDGE", 3, 12, 0, null));
    }

    @Test
    void givesOneEntryPerExerciseOfTheLog() {
        Logbook log = Logbook.plan()
                .strength(TUESDAY, "BRIDGE", 3, 12, 0, 1)
                .strength(TUESDAY, "STEP_UP", 3, 10, 5, 1)
                .strength(THURSDAY, "BRIDGE", 3, 12, 0, 1);
        assertThat(log.adviseOn(SATURDAY).strength())
                .extracting(StrengthAdvice::exercise)
                .containsExactly("BRIDGE", "STEP_UP");
    }

    @Test
    void warnsInMaintainWhenStrengthDropsBelowOnceAWeek() {
        Logbook log = Logbook.plan()
                .phase(Phase.MAINTAIN)
                .greenWeek(1, 20)
                .greenWeek(2, 20)
                .strength(Logbook.MONDAY.plusDays(8), "BRIDGE", 3, 12, 0, 1);
        assertThat(log.adviseAtStartOf(3).hasFinding("R5.maintain")).isTrue();
        log.strength(Logbook.MONDAY.plusDays(10), "BRIDGE", 3, 12, 0, 1);
        assertThat(log.adviseAtStartOf(3).hasFinding("R5.maintain")).isFalse();
    }

    // --- tendon loading (patellar and pes anserine tendinopathy)

    static Logbook tendon() {
        return Logbook.plan()
                .condition(Condition.PATELLAR_TENDINOPATHY)
                .activity(Activity.JUMP_SPORT, VolumeUnit.JUMPS)
                .goal(300);
    }

    @Test
    void movesFromIsometricHoldsToSlowHeavyLegPressWhenPainStaysUnderFourAndTheMorningIsBack() {
        Logbook log = tendon().hold(TUESDAY, "LEG_PRESS_ISOMETRIC", 5, 45, 60, 3)
                .hold(THURSDAY, "LEG_PRESS_ISOMETRIC", 5, 45, 60, 2)
                .mornings(TUESDAY, THURSDAY.plusDays(1), 2);
        StrengthAdvice advice = only(log.adviseOn(SATURDAY));
        assertThat(advice.decision()).isEqualTo(StrengthDecision.PROGRESS);
        assertThat(advice.next()).isEqualTo(new Prescription("LEG_PRESS", 4, 15, 60, null));
    }

    @Test
    void staysWithTheHoldsWhileTheMorningAfterIsWorseThanBaseline() {
        Logbook log = tendon().hold(TUESDAY, "WALL_SIT_ISOMETRIC", 5, 45, 0, 2)
                .hold(THURSDAY, "WALL_SIT_ISOMETRIC", 5, 45, 0, 2)
                .mornings(TUESDAY, THURSDAY, 2)
                .morning(THURSDAY.plusDays(1), 3);
        assertThat(only(log.adviseOn(SATURDAY)).decision()).isEqualTo(StrengthDecision.HOLD);
    }

    @ParameterizedTest(name = "slow heavy week {0} → {1} RM")
    @CsvSource({"1, 15", "2, 12", "3, 12", "4, 10", "5, 10", "6, 8", "7, 8", "8, 8", "9, 6", "12, 6", "20, 6"})
    void followsTheRepetitionMaximumStagesOfSlowHeavyResistance(int week, int rm) {
        assertThat(StrengthProgressRule.rmForWeek(week)).isEqualTo(rm);
    }

    @Test
    void stepsDownToTwelveRepetitionMaximumInTheSecondWeekOfSlowHeavyWork() {
        LocalDate start = Logbook.MONDAY;
        Logbook log = tendon().strength(start, "SQUAT", 4, 15, 40, 2)
                .strength(start.plusDays(2), "SQUAT", 4, 15, 40, 2)
                .strength(start.plusDays(4), "SQUAT", 4, 15, 40, 2)
                .mornings(start, start.plusDays(7), 1);
        StrengthAdvice advice = only(log.adviseOn(start.plusDays(7)));
        assertThat(advice.decision()).isEqualTo(StrengthDecision.PROGRESS);
        assertThat(advice.next()).isEqualTo(new Prescription("SQUAT", 4, 12, 44, null));
    }

    @Test
    void keepsTheRepetitionMaximumWithinAStageAndRaisesTheLoad() {
        LocalDate start = Logbook.MONDAY;
        Logbook log = tendon().strength(start, "HACK_SQUAT", 4, 15, 40, 2)
                .strength(start.plusDays(2), "HACK_SQUAT", 4, 15, 40, 2)
                .mornings(start, start.plusDays(4), 1);
        StrengthAdvice advice = only(log.adviseOn(start.plusDays(4)));
        assertThat(advice.next()).isEqualTo(new Prescription("HACK_SQUAT", 4, 15, 44, null));
    }

    @Test
    void neverPrescribesJumpsWhileBoneStressIsSuspected() {
        Logbook log = Logbook.plan()
                .condition(Condition.BONE_STRESS)
                .strength(TUESDAY, "JUMP_SQUAT", 3, 10, 0, 1)
                .strength(THURSDAY, "JUMP_SQUAT", 3, 10, 0, 1);
        StrengthAdvice advice = only(log.adviseOn(SATURDAY));
        assertThat(advice.decision()).isEqualTo(StrengthDecision.REGRESS);
        assertThat(advice.next().exercise()).isEqualTo("SQUAT");
    }
}
