package dev.reload.advice.engine;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.reload.knee.Activity;
import dev.reload.knee.ContributorKind;
import dev.reload.knee.PainScore;
import dev.reload.knee.Severity;
import dev.reload.knee.TightStructure;

import static org.assertj.core.api.Assertions.assertThat;

/** R8: contributors from the assessment and the log. */
class ContributorTests {

    static final LocalDate ONSET = LocalDate.of(2026, 4, 20);

    static Assessment assessment(
            Integer sidePlank,
            Boolean kneeDives,
            Boolean quads,
            Set<TightStructure> tight,
            LocalDate shoes,
            LocalDate surface,
            Double sleep,
            Boolean protein,
            Boolean stress,
            Integer age) {
        return new Assessment(
                sidePlank, kneeDives, quads, tight, shoes, surface, sleep, protein, stress, age, null, null);
    }

    static Advice advise(Assessment assessment) {
        return Logbook.plan().assessment(assessment, ONSET).adviseAtStartOf(1);
    }

    @ParameterizedTest(name = "side plank {0} s → hip weakness {1}")
    @CsvSource({"0, true", "29, true", "30, false", "60, false"})
    void findsHipWeaknessFromASidePlankUnderThirtySeconds(int seconds, boolean found) {
        Advice advice = advise(assessment(seconds, null, null, null, null, null, null, null, null, null));
        assertThat(advice.hasFinding("R8.hip")).isEqualTo(found);
        assertThat(advice.contributors()).hasSize(found ? 1 : 0);
        if (found) {
            assertThat(advice.contributors().get(0).id()).isEqualTo(ContributorKind.HIP_GLUTE_WEAKNESS);
            assertThat(advice.contributors().get(0).evidence()).contains(seconds + " s");
            assertThat(advice.contributors().get(0).exercises()).contains("CLAMSHELL", "SIDE_PLANK");
        }
    }

    @Test
    void findsHipWeaknessFromTheKneeDivingInward() {
        assertThat(advise(assessment(null, true, null, null, null, null, null, null, null, null))
                        .hasFinding("R8.hip"))
                .isTrue();
    }

    @Test
    void findsQuadricepsWeaknessAndEmphasizesKneeExercises() {
        Advice advice = advise(assessment(null, null, true, null, null, null, null, null, null, null));
        assertThat(advice.contributors()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(ContributorKind.QUADRICEPS_WEAKNESS);
            assertThat(c.exercises()).contains("SPLIT_SQUAT", "STEP_UP", "LEG_PRESS", "WALL_SIT");
        });
    }

    @ParameterizedTest(name = "quadriceps weak: {0} → R8.quadriceps {1}")
    @CsvSource({"true, true", "false, false", ", false"})
    void r8QuadricepsIsFoundOnlyWhenTheAssessmentFindsTheThighMusclesWeak(Boolean weak, boolean found) {
        Advice advice = advise(assessment(null, null, weak, null, null, null, null, null, null, null));
        assertThat(advice.findings())
                .filteredOn(f -> f.rule().equals("R8.quadriceps"))
                .hasSize(found ? 1 : 0)
                .allSatisfy(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.message()).contains("front-of-thigh muscles are weak", "knee exercises");
                });
        assertThat(advice.contributors()).hasSize(found ? 1 : 0).allSatisfy(c -> {
            assertThat(c.id()).isEqualTo(ContributorKind.QUADRICEPS_WEAKNESS);
            assertThat(c.evidence()).isEqualTo("quadriceps found weak");
        });
    }

    @Test
    void addsAStretchForEachTightStructure() {
        Advice advice = advise(assessment(
                null,
                null,
                null,
                Set.of(TightStructure.CALVES, TightStructure.HIP_FLEXORS),
                null,
                null,
                null,
                null,
                null,
                null));
        assertThat(advice.contributors()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(ContributorKind.TIGHTNESS);
            assertThat(c.exercises()).containsExactly("HIP_FLEXOR_STRETCH", "CALF_STRETCH");
        });
        assertThat(advice.hasFinding("R8.tightness")).isTrue();
    }

    @ParameterizedTest(name = "new shoes {0} days before onset → {1}")
    @CsvSource({"0, true", "21, true", "22, false", "-1, false"})
    void findsNewShoesWithinTwentyOneDaysBeforeThePainBegan(int daysBefore, boolean found) {
        Advice advice =
                advise(assessment(null, null, null, null, ONSET.minusDays(daysBefore), null, null, null, null, null));
        assertThat(advice.hasFinding("R8.gear")).isEqualTo(found);
    }

    @Test
    void findsASurfaceChangeInTheLog() {
        Logbook log = Logbook.plan().assessment(Assessment.NONE, ONSET);
        log.session(ONSET.minusDays(30), 5, 1, 1);
        AdviceInput input = log.input();
        var sessions = new java.util.ArrayList<>(input.sessions());
        sessions.add(new ActivitySession(
                ONSET.minusDays(25), Activity.RUN, 5, 4, PainScore.of(1), PainScore.of(1), null, null, "TRAIL", "A"));
        sessions.add(new ActivitySession(
                ONSET.minusDays(10), Activity.RUN, 5, 4, PainScore.of(1), PainScore.of(1), null, null, "ROAD", "A"));
        Advice advice = Logbook.ENGINE.advise(
                new AdviceInput(input.plan(), sessions, null, null, null, Assessment.NONE, ONSET, null),
                ONSET.plusDays(1));
        assertThat(advice.contributors())
                .filteredOn(c -> c.id() == ContributorKind.FOOTWEAR_SURFACE)
                .singleElement()
                .satisfies(c -> assertThat(c.evidence()).contains("ROAD"));
    }

    @Test
    void needsThePainOnsetToJudgeGear() {
        Advice advice = Logbook.plan()
                .assessment(assessment(null, null, null, null, ONSET, null, null, null, null, null), null)
                .adviseAtStartOf(1);
        assertThat(advice.hasFinding("R8.gear")).isFalse();
    }

    @ParameterizedTest(name = "sleep {0} h, age {1} → {2}")
    @CsvSource({"6.9, 30, true", "7, 30, false", "8, 50, false", "8, 51, true"})
    void findsWholeBodyFactorsAtSevenHoursOfSleepAndAgeOverFifty(double sleep, int age, boolean found) {
        Advice advice = advise(assessment(null, null, null, null, null, null, sleep, null, null, age));
        assertThat(advice.hasFinding("R8.whole-body")).isEqualTo(found);
    }

    @Test
    void listsEachWholeBodyFactorAsEvidence() {
        Advice advice = Logbook.plan()
                .assessment(new Assessment(null, null, null, null, null, null, 6.5, true, true, 52, true, true), ONSET)
                .adviseAtStartOf(1);
        assertThat(advice.contributors())
                .singleElement()
                .satisfies(c -> assertThat(c.evidence())
                        .contains("6.5 h", "protein", "stress", "52", "vitamin D", "inflammatory"));
    }

    @Test
    void listsNoContributorsWithoutEvidence() {
        assertThat(Logbook.plan().adviseAtStartOf(1).contributors()).isEmpty();
    }

    /** Runs on Monday, Wednesday and Friday of the ISO weeks before the onset (a Monday), {@code weekly} km a week. */
    static Logbook history(double... weekly) {
        Logbook log = Logbook.plan().assessment(Assessment.NONE, ONSET);
        LocalDate monday = ONSET.minusWeeks(weekly.length);
        for (double volume : weekly) {
            log.session(monday, volume / 3, 1, 1)
                    .session(monday.plusDays(2), volume / 3, 1, 1)
                    .session(monday.plusDays(4), volume / 3, 1, 1);
            monday = monday.plusWeeks(1);
        }
        return log;
    }

    @Test
    void findsATrainingErrorFromHistoryAnalysisInTheWeeksBeforeThePainBegan() {
        Advice advice = history(12, 12, 21).adviseOn(ONSET.plusDays(1));
        assertThat(advice.hasFinding("R8.training-error")).isTrue();
        assertThat(advice.contributors()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(ContributorKind.TRAINING_ERROR);
            assertThat(c.evidence()).contains("a jump in weekly volume").doesNotContain("R6.");
        });
    }

    @Test
    void findsNoTrainingErrorInASteadyHistory() {
        Advice advice = history(12, 12, 12).adviseOn(ONSET.plusDays(1));
        assertThat(advice.hasFinding("R8.training-error")).isFalse();
    }
}
