package dev.reload.advice.engine;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.reload.knee.Condition;
import dev.reload.knee.Phase;

import static org.assertj.core.api.Assertions.assertThat;

/** R5 and R7.bone-stress for strength at their edges: same-day entries, top and bottom variants, tendon stages. */
class StrengthEdgeTests {

    static final LocalDate MONDAY = Logbook.MONDAY;
    static final LocalDate TUESDAY = MONDAY.plusDays(1);
    static final LocalDate THURSDAY = MONDAY.plusDays(3);
    static final LocalDate SATURDAY = MONDAY.plusDays(5);

    static StrengthAdvice advice(Logbook log, LocalDate asOf, String exercise) {
        return log.adviseOn(asOf).strength().stream()
                .filter(s -> s.exercise().equals(exercise))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void entriesOfOneDayCountAsOneSessionAtTheirWorstPain() {
        Logbook log = Logbook.plan()
                .strength(TUESDAY, "SPLIT_SQUAT", 3, 10, 20, 1)
                .strength(THURSDAY, "SPLIT_SQUAT", 3, 10, 20, 6)
                .strength(THURSDAY, "SPLIT_SQUAT", 3, 10, 20, 2);
        StrengthAdvice advice = advice(log, SATURDAY, "SPLIT_SQUAT");
        assertThat(advice.decision()).isEqualTo(StrengthDecision.REGRESS);
        assertThat(advice.next().loadKg()).isEqualTo(16.0);
    }

    @Test
    void thePreviousSessionAlsoCountsAtItsWorstPainOfTheDay() {
        Logbook log = Logbook.plan()
                .strength(MONDAY, "SPLIT_SQUAT", 3, 10, 20, 5)
                .strength(MONDAY, "SPLIT_SQUAT", 3, 10, 20, 2)
                .strength(THURSDAY, "SPLIT_SQUAT", 3, 10, 20, 1);
        StrengthAdvice advice = advice(log, SATURDAY, "SPLIT_SQUAT");
        assertThat(advice.decision()).isEqualTo(StrengthDecision.HOLD);
        assertThat(advice.next().loadKg()).isEqualTo(20.0);
    }

    @Test
    void anExerciseTheLibraryDoesNotKnowGetsNoAdvice() {
        Logbook log =
                Logbook.plan().strength(TUESDAY, "NORDIC_CURL", 3, 10, 0, 1).strength(TUESDAY, "BRIDGE", 3, 12, 0, 1);
        assertThat(log.adviseOn(SATURDAY).strength())
                .extracting(StrengthAdvice::exercise)
                .containsExactly("BRIDGE");
    }

    @Test
    void aBodyWeightExerciseWithoutAHarderVariantStaysAtItsTopDose() {
        Logbook log = Logbook.plan()
                .strength(TUESDAY, "CLAMSHELL_BAND", 3, 15, 0, 1)
                .strength(THURSDAY, "CLAMSHELL_BAND", 3, 15, 0, 1);
        Advice advice = log.adviseOn(SATURDAY);
        assertThat(advice.strength()).singleElement().satisfies(s -> {
            assertThat(s.decision()).isEqualTo(StrengthDecision.HOLD);
            assertThat(s.next()).isEqualTo(new Prescription("CLAMSHELL_BAND", 3, 15, 0, null));
        });
        assertThat(FindingWordsTests.message(advice, "R5.hold")).contains("is at its top dose");
    }

    @ParameterizedTest(name = "{0} reps at body weight, no easier variant → {1} reps")
    @CsvSource({"10, 8", "3, 1", "2, 1", "1, 1"})
    void aPainfulBodyWeightExerciseWithoutAnEasierVariantDropsTwoRepsButNeverBelowOne(int reps, int expected) {
        Logbook log = Logbook.plan()
                .strength(TUESDAY, "CLAMSHELL_PARTIAL", 3, reps, 0, 1)
                .strength(THURSDAY, "CLAMSHELL_PARTIAL", 3, reps, 0, 7);
        StrengthAdvice advice = advice(log, SATURDAY, "CLAMSHELL_PARTIAL");
        assertThat(advice.decision()).isEqualTo(StrengthDecision.REGRESS);
        assertThat(advice.next()).isEqualTo(new Prescription("CLAMSHELL_PARTIAL", 3, expected, 0, null));
    }

    @Test
    void withoutBoneStressAJumpProgressesLikeAnyOtherExercise() {
        Logbook log = Logbook.plan()
                .strength(TUESDAY, "JUMP_SQUAT", 3, 10, 0, 1)
                .strength(THURSDAY, "JUMP_SQUAT", 3, 10, 0, 1);
        StrengthAdvice advice = advice(log, SATURDAY, "JUMP_SQUAT");
        assertThat(advice.decision()).isEqualTo(StrengthDecision.PROGRESS);
        assertThat(advice.next()).isEqualTo(new Prescription("JUMP_SQUAT", 3, 12, 0, null));
    }

    @Test
    void boneStressLeavesExercisesWithoutImpactAsTheyAre() {
        Logbook log = Logbook.plan()
                .condition(Condition.BONE_STRESS)
                .strength(TUESDAY, "BRIDGE", 3, 12, 0, 1)
                .strength(THURSDAY, "BRIDGE", 3, 12, 0, 1);
        StrengthAdvice advice = advice(log, SATURDAY, "BRIDGE");
        assertThat(advice.decision()).isEqualTo(StrengthDecision.PROGRESS);
        assertThat(advice.next()).isEqualTo(new Prescription("BRIDGE", 3, 14, 0, null));
    }

    @Test
    void inATendinopathyOnlyHoldsAndSlowHeavyWorkMoveByStages() {
        // a clamshell progresses by repetitions without waiting for a morning report
        Logbook log = FindingWordsTests.tendon()
                .strength(TUESDAY, "CLAMSHELL", 3, 10, 0, 1)
                .strength(THURSDAY, "CLAMSHELL", 3, 10, 0, 1);
        StrengthAdvice advice = advice(log, SATURDAY, "CLAMSHELL");
        assertThat(advice.decision()).isEqualTo(StrengthDecision.PROGRESS);
        assertThat(advice.next()).isEqualTo(new Prescription("CLAMSHELL", 3, 12, 0, null));
    }

    @Test
    void slowHeavyWorkAtBodyWeightAsksForAnExternalLoad() {
        Logbook log = FindingWordsTests.tendon()
                .strength(TUESDAY, "SQUAT", 4, 15, 0, 2)
                .strength(THURSDAY, "SQUAT", 4, 15, 0, 2)
                .mornings(TUESDAY, THURSDAY.plusDays(1), 1);
        Advice advice = log.adviseOn(SATURDAY);
        assertThat(advice.strength()).singleElement().satisfies(s -> {
            assertThat(s.decision()).isEqualTo(StrengthDecision.HOLD);
            assertThat(s.next()).isEqualTo(new Prescription("SQUAT", 4, 15, 0, null));
        });
        assertThat(FindingWordsTests.message(advice, "R5.hold")).contains("needs an external load");
    }

    @Test
    void slowHeavyWorkWithinAStageKeepsItsRepetitionsAndSaysSo() {
        Logbook log = FindingWordsTests.tendon()
                .strength(MONDAY, "HACK_SQUAT", 4, 15, 40, 2)
                .strength(MONDAY.plusDays(2), "HACK_SQUAT", 4, 15, 40, 2)
                .mornings(MONDAY, MONDAY.plusDays(4), 1);
        Advice advice = log.adviseOn(MONDAY.plusDays(4));
        assertThat(advice.strength())
                .singleElement()
                .satisfies(s -> assertThat(s.next()).isEqualTo(new Prescription("HACK_SQUAT", 4, 15, 44, null)));
        assertThat(FindingWordsTests.message(advice, "R5.progress"))
                .isEqualTo("Hack squat felt fine twice in a row: stay at 15 repetitions and raise the load to 44 kg.");
    }

    @Test
    void slowHeavyWorkMovingToTheNextRepetitionMaximumSaysWhichWeekItIs() {
        Logbook log = FindingWordsTests.tendon()
                .strength(MONDAY, "SQUAT", 4, 15, 40, 2)
                .strength(MONDAY.plusDays(2), "SQUAT", 4, 15, 40, 2)
                .strength(MONDAY.plusDays(4), "SQUAT", 4, 15, 40, 2)
                .mornings(MONDAY, MONDAY.plusDays(7), 1);
        Advice advice = log.adviseOn(MONDAY.plusDays(7));
        assertThat(advice.strength())
                .singleElement()
                .satisfies(s -> assertThat(s.next()).isEqualTo(new Prescription("SQUAT", 4, 12, 44, null)));
        assertThat(FindingWordsTests.message(advice, "R5.progress"))
                .startsWith("Squat moves to the next stage: week 2 of slow heavy work is 4 sets of 12 at a heavier"
                        + " load (44 kg)");
    }

    @Test
    void slowHeavyWorkDoneAtFewerRepetitionsThanTheWeeksMaximumKeepsThem() {
        Logbook log = FindingWordsTests.tendon()
                .strength(MONDAY, "SQUAT", 4, 10, 40, 2)
                .strength(MONDAY.plusDays(2), "SQUAT", 4, 10, 40, 2)
                .mornings(MONDAY, MONDAY.plusDays(4), 1);
        StrengthAdvice advice = advice(log, MONDAY.plusDays(4), "SQUAT");
        assertThat(advice.decision()).isEqualTo(StrengthDecision.PROGRESS);
        assertThat(advice.next()).isEqualTo(new Prescription("SQUAT", 4, 10, 44, null));
    }

    @Test
    void slowHeavyWeeksCountFromTheFirstSlowHeavySessionOfAnyExercise() {
        // squats from day 0, leg press from day 14: on day 18 both are in week 3 (12 RM)
        Logbook log = FindingWordsTests.tendon()
                .strength(MONDAY, "SQUAT", 4, 15, 40, 2)
                .strength(MONDAY.plusDays(2), "SQUAT", 4, 15, 40, 2)
                .strength(MONDAY.plusDays(14), "LEG_PRESS", 4, 15, 40, 2)
                .strength(MONDAY.plusDays(16), "LEG_PRESS", 4, 15, 40, 2)
                .mornings(MONDAY, MONDAY.plusDays(18), 1);
        StrengthAdvice legPress = advice(log, MONDAY.plusDays(18), "LEG_PRESS");
        assertThat(legPress.decision()).isEqualTo(StrengthDecision.PROGRESS);
        assertThat(legPress.next()).isEqualTo(new Prescription("LEG_PRESS", 4, 12, 44, null));
    }

    @Test
    void theMaintenanceStrengthCheckIsForMaintainOnly() {
        Logbook log = Logbook.returning().greenWeek(1, 10).greenWeek(2, 11);
        assertThat(log.adviseAtStartOf(3).hasFinding("R5.maintain")).isFalse();
        Logbook maintain = Logbook.plan().phase(Phase.MAINTAIN).greenWeek(1, 20).greenWeek(2, 20);
        assertThat(maintain.adviseAtStartOf(3).hasFinding("R5.maintain")).isTrue();
    }
}
