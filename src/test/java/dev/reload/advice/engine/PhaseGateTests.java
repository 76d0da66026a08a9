package dev.reload.advice.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.reload.knee.Phase;

import static org.assertj.core.api.Assertions.assertThat;

/** R4 gates and the phase changes of R3 (repeat-red, goal, deload). */
class PhaseGateTests {

    @Test
    void startsInSettleWithTheTolerableDoseTimesSessionsAWeek() {
        Advice advice = Logbook.plan().tolerable(2.5).adviseAtStartOf(1);
        assertThat(advice.phase()).isEqualTo(Phase.SETTLE);
        assertThat(advice.nextWeek().decision()).isEqualTo(DoseDecision.SETTLE);
        assertThat(advice.nextWeek().volume()).isEqualTo(7.5);
    }

    @Test
    void settlesOnCrossTrainingOnlyWithoutATolerableDose() {
        Advice advice = Logbook.plan().adviseAtStartOf(2);
        assertThat(advice.nextWeek().volume()).isZero();
        assertThat(advice.findings())
                .anyMatch(f -> f.rule().equals("R4.settle") && f.message().contains("cycling"));
    }

    @Test
    void keepsTryingTheVolumeOfLastWeeksGreenSessions() {
        Logbook log = Logbook.plan().tolerable(3).build(1, 2);
        log.session(log.day(2, 0), 2, 1, 1).session(log.day(2, 2), 2.5, 5, 1).mornings(log.day(2, 0), log.day(3, 0), 1);
        assertThat(log.adviseAtStartOf(3).nextWeek().volume()).isEqualTo(2.0);
    }

    @Test
    void opensTheGateToReturnAfterAFullGreenWeekWithBuildRunning() {
        Logbook log = Logbook.plan().tolerable(2).build(1, 2).week(2, 7.5, 3, 1, 1, 1);
        Advice advice = log.adviseAtStartOf(3);
        assertThat(advice.phase()).isEqualTo(Phase.RETURN);
        assertThat(advice.nextWeek().decision()).isEqualTo(DoseDecision.START);
        assertThat(advice.nextWeek().volume()).isEqualTo(7.5);
        assertThat(advice.hasFinding("R4.return")).isTrue();
    }

    @ParameterizedTest(name = "{0} green sessions → {1}")
    @CsvSource({"2, SETTLE", "3, RETURN", "4, RETURN"})
    void needsAtLeastThreeTargetSessionsInTheWeek(int sessions, Phase expected) {
        Logbook log = Logbook.plan().build(1, 2).week(2, 6, sessions, 1, 1, 1);
        assertThat(log.adviseAtStartOf(3).phase()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "morning pain {0} → {1}")
    @CsvSource({"2, RETURN", "3, RETURN", "4, SETTLE"})
    void needsNoMorningPainAboveThree(int morning, Phase expected) {
        // runs Mon–Wed, then a morning on Saturday with no run the day before
        Logbook quiet = Logbook.plan().build(1, 2);
        quiet.session(quiet.day(2, 0), 2, 1, 1)
                .session(quiet.day(2, 1), 2, 1, 1)
                .session(quiet.day(2, 2), 2, 1, 1)
                .mornings(quiet.day(2, 0), quiet.day(2, 3), 1)
                .morning(quiet.day(2, 5), morning)
                .mornings(quiet.day(2, 6), quiet.day(3, 0), 1);
        assertThat(quiet.adviseAtStartOf(3).phase()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "strength weeks {0}–{1} → {2}")
    @CsvSource({"2, 2, SETTLE", "1, 2, RETURN"})
    void needsTwoWeeksOfBuildWithTwoStrengthSessionsEach(int from, int to, Phase expected) {
        Logbook log = Logbook.plan().build(from, to).week(2, 6, 3, 1, 1, 1);
        assertThat(log.adviseAtStartOf(3).phase()).isEqualTo(expected);
    }

    @Test
    void aSingleStrengthSessionAWeekDoesNotCountAsBuild() {
        Logbook log = Logbook.plan().week(2, 6, 3, 1, 1, 1);
        log.strength(log.day(1, 1), "BRIDGE", 3, 12, 0, 1).strength(log.day(2, 1), "BRIDGE", 3, 12, 0, 1);
        assertThat(log.adviseAtStartOf(3).phase()).isEqualTo(Phase.SETTLE);
    }

    @Test
    void dropsBackToSettleWithAClinicianPromptAfterTwoRedWeeksInReturn() {
        Logbook log =
                Logbook.returning().greenWeek(1, 10).week(2, 10, 3, 6, 2, 1).week(3, 8, 3, 6, 2, 1);
        Advice afterOne = log.adviseAtStartOf(3);
        assertThat(afterOne.phase()).isEqualTo(Phase.RETURN);
        assertThat(afterOne.escalation()).isEqualTo(Escalation.NONE);

        Advice afterTwo = log.adviseAtStartOf(4);
        assertThat(afterTwo.phase()).isEqualTo(Phase.SETTLE);
        assertThat(afterTwo.escalation()).isEqualTo(Escalation.SEE_CLINICIAN);
        assertThat(afterTwo.light()).isEqualTo(Light.RED);
        assertThat(afterTwo.nextWeek().decision()).isEqualTo(DoseDecision.SETTLE);
        assertThat(afterTwo.hasFinding("R3.repeat-red")).isTrue();
    }

    @Test
    void redWeeksApartDoNotRepeat() {
        Logbook log =
                Logbook.returning().week(1, 10, 3, 6, 2, 1).greenWeek(2, 8).week(3, 8, 3, 6, 2, 1);
        assertThat(log.adviseAtStartOf(4).phase()).isEqualTo(Phase.RETURN);
    }

    @Test
    void dropsFromMaintainBackToReturnAtTheBackOffDoseAfterTwoRedWeeks() {
        Logbook log = Logbook.plan()
                .phase(Phase.MAINTAIN)
                .greenWeek(1, 20)
                .week(2, 20, 3, 6, 2, 1)
                .week(3, 16, 3, 6, 2, 1);
        Advice advice = log.adviseAtStartOf(4);
        assertThat(advice.phase()).isEqualTo(Phase.RETURN);
        assertThat(advice.escalation()).isEqualTo(Escalation.NONE);
        assertThat(advice.nextWeek().decision()).isEqualTo(DoseDecision.BACK_OFF);
        assertThat(advice.nextWeek().volume()).isEqualTo(12.5); // min(20, 80 % of 16) = 12.8 → 12.5, floor 10
        assertThat(advice.hasFinding("R3.repeat-red")).isTrue();
    }

    @Test
    void movesToMaintainAfterTwoAllGreenWeeksAtTheGoal() {
        Logbook log = Logbook.returning().goal(20).greenWeek(1, 20);
        assertThat(log.adviseAtStartOf(2).phase()).isEqualTo(Phase.RETURN);
        log.greenWeek(2, 20);
        Advice advice = log.adviseAtStartOf(3);
        assertThat(advice.phase()).isEqualTo(Phase.MAINTAIN);
        assertThat(advice.hasFinding("R3.goal")).isTrue();
        assertThat(advice.hasFinding("R4.maintain")).isTrue();
    }

    @ParameterizedTest(name = "deload every {0} weeks at {1} % → week {2} at {3} km")
    @CsvSource({"4, 70, 4, 14.0", "3, 70, 3, 14.0", "6, 70, 6, 14.0", "4, 60, 4, 12.0", "4, 80, 4, 16.0"})
    void restsEveryNthWeekOfMaintainAtAShareOfTheWeekBefore(int every, double percent, int week, double volume) {
        Logbook log = Logbook.plan().phase(Phase.MAINTAIN).goal(20).knobs(new Knobs(10, 6, every, percent, 10, 20));
        for (int w = 1; w < week; w++) {
            log.greenWeek(w, 20);
            assertThat(log.adviseAtStartOf(w + 1).nextWeek().decision())
                    .isIn(w + 1 == week ? DoseDecision.DELOAD : DoseDecision.HOLD);
        }
        WeeklyDose deload = log.adviseAtStartOf(week).nextWeek();
        assertThat(deload.volume()).isEqualTo(volume);
        log.greenWeek(week, volume);
        WeeklyDose after = log.adviseAtStartOf(week + 1).nextWeek();
        assertThat(after.volume()).isEqualTo(20.0);
        assertThat(after.decision()).isEqualTo(DoseDecision.HOLD);
    }

    @Test
    void countsDeloadWeeksFromTheFirstWeekOfMaintain() {
        Logbook log = Logbook.returning().goal(20).greenWeek(1, 20).greenWeek(2, 20); // Maintain from week 3
        for (int w = 3; w <= 5; w++) {
            log.greenWeek(w, 20);
        }
        assertThat(log.adviseAtStartOf(6).nextWeek().decision()).isEqualTo(DoseDecision.DELOAD);
    }

    @Test
    void aRedWeekBeforeADeloadTakesTheLowerOfTheTwo() {
        Logbook log = Logbook.plan()
                .phase(Phase.MAINTAIN)
                .goal(20)
                .greenWeek(1, 20)
                .greenWeek(2, 20)
                .week(3, 20, 3, 6, 2, 1);
        WeeklyDose dose = log.adviseAtStartOf(4).nextWeek();
        assertThat(dose.decision()).isEqualTo(DoseDecision.DELOAD); // 70 % = 14 < back-off 16
        assertThat(dose.volume()).isEqualTo(14.0);
        assertThat(log.adviseAtStartOf(4).hasFinding("R3.backoff")).isTrue();
    }
}
