package dev.reload.advice.engine;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.reload.knee.Activity;
import dev.reload.knee.Phase;
import dev.reload.knee.VolumeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** R3: the weekly dose of the target activity at every threshold edge. */
class WeeklyDoseTests {

    static WeeklyDose nextWeek(Logbook log, int week) {
        return log.adviseAtStartOf(week).nextWeek();
    }

    @ParameterizedTest(name = "{0} km at step {1} % → {2} km")
    @CsvSource({
        "10, 10, 11.0",
        "10, 15, 11.5",
        "10, 12, 11.0",
        "10, 5, 10.5",
        "20, 10, 22.0",
        "20, 15, 23.0",
        "3, 10, 3.5",
        "3, 15, 3.5",
        "12.5, 10, 13.5"
    })
    void progressesByTheStepRoundedDownButAtLeastOneGrain(double volume, double step, double expected) {
        Logbook log = Logbook.returning().step(step).greenWeek(1, volume);
        WeeklyDose dose = nextWeek(log, 2);
        assertThat(dose.decision()).isEqualTo(DoseDecision.PROGRESS);
        assertThat(dose.volume()).isEqualTo(expected);
        assertThat(dose.week()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{1} {0} → {2}")
    @CsvSource({"20, MINUTES, 25", "90, MINUTES, 95", "100, MINUTES, 110", "50, JUMPS, 60", "200, JUMPS, 220"})
    void roundsDownToTheGrainOfEachUnit(double volume, VolumeUnit unit, double expected) {
        Logbook log =
                Logbook.returning().activity(Activity.HIKE, unit).goal(1000).greenWeek(1, volume);
        assertThat(nextWeek(log, 2).volume()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "step {0} % is out of bounds")
    @CsvSource({"4.9", "15.1", "0", "30"})
    void rejectsAStepOutsideFiveToFifteenPercentNamingTheKnob(double step) {
        assertThatThrownBy(() -> Logbook.returning().step(step).toPlan())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stepPercent");
    }

    @Test
    void holdsAfterAnAmberWeek() {
        Logbook log = Logbook.returning().week(1, 12, 3, 4, 2, 1);
        WeeklyDose dose = nextWeek(log, 2);
        assertThat(dose.decision()).isEqualTo(DoseDecision.HOLD);
        assertThat(dose.volume()).isEqualTo(12.0);
    }

    @Test
    void holdsAfterAGreenWeekWithFewerSessionsThanPlanned() {
        Logbook log = Logbook.returning().week(1, 10, 2, 1, 1, 1);
        WeeklyDose dose = nextWeek(log, 2);
        assertThat(dose.decision()).isEqualTo(DoseDecision.HOLD);
        assertThat(dose.volume()).isEqualTo(10.0);
    }

    @Test
    void countsASessionStillPendingWhenItsWeekIsJudgedAsAmber() {
        Logbook log = Logbook.returning()
                .session(Logbook.MONDAY, 4, 1, 1)
                .session(Logbook.MONDAY.plusDays(2), 4, 1, 1)
                .session(Logbook.MONDAY.plusDays(6), 4, 1, 1)
                .mornings(Logbook.MONDAY, Logbook.MONDAY.plusDays(6), 1);
        Advice advice = log.adviseAtStartOf(2);
        assertThat(advice.nextWeek().decision()).isEqualTo(DoseDecision.HOLD);
        assertThat(advice.findings())
                .anyMatch(f -> f.rule().equals("R3.hold") && f.message().contains("missing"));

        log.morning(Logbook.MONDAY.plusDays(7), 1);
        assertThat(nextWeek(log, 2).decision()).isEqualTo(DoseDecision.PROGRESS);
    }

    @Test
    void keepsAWeeksDecisionOnceJudgedEvenWhenTheMorningReportComesLater() {
        Logbook log = Logbook.returning()
                .session(Logbook.MONDAY, 4, 1, 1)
                .session(Logbook.MONDAY.plusDays(2), 4, 1, 1)
                .session(Logbook.MONDAY.plusDays(6), 4, 1, 1)
                .mornings(Logbook.MONDAY, Logbook.MONDAY.plusDays(6), 1)
                .mornings(Logbook.MONDAY.plusDays(8), Logbook.MONDAY.plusDays(14), 1);
        assertThat(nextWeek(log, 3).volume()).isEqualTo(12.0); // week 2: held at 12, nothing logged
    }

    @ParameterizedTest(name = "green week {0} km, red week {1} km → {2} km")
    @CsvSource({
        "20, 20, 16.0", // capped at 80 % of the red week
        "20, 25, 20.0", // back to the last all-green week
        "15, 11, 8.5", // 80 % of 11 = 8.8, rounded down to 8.5, above the floor 7.5
        "15, 9.5, 7.5", // 80 % of 9.5 = 7.6 → 7.5, exactly at the floor 7.5
        "14, 9.5, 7.5", // 80 % of 9.5 = 7.6 → 7.5, above the floor 7.0
        "20, 12.5, 10.0" // 80 % of 12.5 = 10, exactly the floor 10
    })
    void backsOffToTheLastGreenWeekCappedAtEightyPercentAndNeverBelowHalfOfIt(
            double green, double red, double expected) {
        WeeklyDose dose = backOffAfter(green, red);
        assertThat(dose.decision()).isEqualTo(DoseDecision.BACK_OFF);
        assertThat(dose.volume()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "green week {0} km, red week {1} km → {2} km (the cap wins)")
    @CsvSource({
        "20, 8, 6.0", // rules.md's case: 80 % of 8 = 6.4 → 6.0, the floor 10 is set aside
        "20, 10, 8.0", // 80 % of 10 = 8, under the floor 10
        "15, 9, 7.0", // 80 % of 9 = 7.2 → 7.0, under the floor 7.5
        "5.5, 3, 2.0", // 80 % of 3 = 2.4 → 2.0, under the floor 2.75 (→ 3.0)
        "40, 1, 0.5", // 80 % of 1 = 0.8 → 0.5, one grain
        "40, 0.5, 0.5" // 80 % of 0.5 = 0.4 is under one grain: never less than one grain
    })
    void theCapWinsOverTheFloorButNeverUnderOneGrain(double green, double red, double expected) {
        WeeklyDose dose = backOffAfter(green, red);
        assertThat(dose.decision()).isEqualTo(DoseDecision.BACK_OFF);
        assertThat(dose.volume()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} {0} green, {2} red → {3}")
    @CsvSource({
        "MINUTES, 100, 40, 30", // 80 % of 40 = 32 → 30, under the floor 50
        "MINUTES, 100, 70, 55", // 80 % of 70 = 56 → 55, above the floor 50
        "MINUTES, 100, 5, 5", // 80 % of 5 = 4: one grain
        "JUMPS, 200, 100, 80", // 80 % of 100, under the floor 100
        "JUMPS, 200, 10, 10" // 80 % of 10 = 8: one grain
    })
    void theCapWinsOverTheFloorInEveryUnit(VolumeUnit unit, double green, double red, double expected) {
        Logbook log = Logbook.returning()
                .activity(Activity.HIKE, unit)
                .goal(1000)
                .greenWeek(1, green)
                .week(2, red, 3, 6, 2, 1);
        WeeklyDose dose = nextWeek(log, 3);
        assertThat(dose.decision()).isEqualTo(DoseDecision.BACK_OFF);
        assertThat(dose.volume()).isEqualTo(expected);
    }

    private static WeeklyDose backOffAfter(double green, double red) {
        return nextWeek(Logbook.returning().greenWeek(1, green).week(2, red, 3, 6, 2, 1), 3);
    }

    @ParameterizedTest(name = "red week {0} km without a green week → {1} km")
    @CsvSource({"15, 11.0", "10, 7.5", "2, 1.5", "0.5, 0.5", "0.3, 0.5"})
    void backsOffToThreeQuartersWithoutAGreenWeekButNotToZero(double red, double expected) {
        Logbook log = Logbook.returning().week(1, red, 1, 7, 2, 1);
        WeeklyDose dose = nextWeek(log, 2);
        assertThat(dose.decision()).isEqualTo(DoseDecision.BACK_OFF);
        assertThat(dose.volume()).isEqualTo(expected).isPositive();
    }

    @Test
    void backsOffButNotToZeroAfterRedWeek() {
        Logbook log = Logbook.returning().goal(5).greenWeek(1, 1.5).week(2, 0.5, 1, 8, 8, 1);
        // 80 % of 0.5 = 0.4 is under the floor 0.75 and under one grain: the cap wins, then one grain.
        assertThat(nextWeek(log, 3).volume()).isEqualTo(0.5).isPositive();
    }

    @ParameterizedTest(name = "{0} km green, goal {1} → {2} km")
    @CsvSource({"27, 30, 29.5", "28, 30, 30.0", "30, 30, 30.0", "29.5, 30, 30.0"})
    void neverPrescribesMoreThanTheWeeklyGoal(double volume, double goal, double expected) {
        Logbook log = Logbook.returning().goal(goal).greenWeek(1, volume);
        Advice advice = log.adviseAtStartOf(2);
        assertThat(advice.nextWeek().volume()).isEqualTo(expected);
    }

    @Test
    void aProgressionThatTheGoalLeavesFlatBecomesAHold() {
        Advice advice = Logbook.returning().goal(30).greenWeek(1, 30).adviseAtStartOf(2);
        assertThat(advice.nextWeek().decision()).isEqualTo(DoseDecision.HOLD);
        assertThat(advice.hasFinding("R3.goal")).isTrue();
    }

    @Test
    void capsTheStepAtTenPercentInMaintain() {
        Logbook log = Logbook.plan().phase(Phase.MAINTAIN).step(15).goal(100).greenWeek(1, 20);
        assertThat(nextWeek(log, 2).volume()).isEqualTo(22.0);
        Logbook returning = Logbook.returning().step(15).goal(100).greenWeek(1, 20);
        assertThat(nextWeek(returning, 2).volume()).isEqualTo(23.0);
    }

    @Test
    void flagsAWeekThatRaisedBothVolumeAndHardSessions() {
        Logbook log = Logbook.returning().greenWeek(1, 10);
        log.session(log.day(2, 0), 4, 8, 1, 1)
                .session(log.day(2, 2), 4, 8, 1, 1)
                .session(log.day(2, 4), 4, 4, 1, 1)
                .mornings(log.day(2, 0), log.day(3, 0), 1);
        assertThat(log.adviseAtStartOf(3).hasFinding("R3.one-variable")).isTrue();

        Logbook same = Logbook.returning().greenWeek(1, 10).greenWeek(2, 12);
        assertThat(same.adviseAtStartOf(3).hasFinding("R3.one-variable")).isFalse();
    }

    @Test
    void dosesTheWeekHoldingAsOfWhenAsOfStartsItElseTheNextOne() {
        Logbook log = Logbook.returning().greenWeek(1, 10);
        assertThat(log.adviseOn(log.day(2, 0)).nextWeek().week()).isEqualTo(2);
        assertThat(log.adviseOn(log.day(1, 6)).nextWeek().week()).isEqualTo(2);
        assertThat(log.adviseOn(log.day(2, 1)).nextWeek().week()).isEqualTo(3);
    }

    @Test
    void judgesTheWeekInProgressOnWhatIsLoggedSoFar() {
        Logbook log = Logbook.returning().greenWeek(1, 12);
        log.session(log.day(2, 0), 4, 7, 1).mornings(log.day(2, 0), log.day(2, 2), 1);
        Advice advice = log.adviseOn(log.day(2, 2));
        assertThat(advice.nextWeek().week()).isEqualTo(3);
        assertThat(advice.nextWeek().decision()).isEqualTo(DoseDecision.BACK_OFF);
    }

    @Test
    void ignoresEntriesAfterAsOf() {
        Logbook log = Logbook.returning().greenWeek(1, 12).week(2, 12, 3, 8, 8, 1);
        Advice before = log.adviseOn(log.day(1, 6));
        assertThat(before.nextWeek().decision()).isEqualTo(DoseDecision.PROGRESS);
        assertThat(before.light()).isEqualTo(Light.GREEN);
    }

    @Test
    void givesTheSameAdviceForTheSameInput() {
        Logbook log = Logbook.returning().greenWeek(1, 12).week(2, 13, 3, 4, 2, 1);
        assertThat(log.adviseAtStartOf(3)).isEqualTo(log.adviseAtStartOf(3));
    }

    @Test
    void aWeekWithoutAnyTargetSessionHoldsAtTheDoseAdvisedForIt() {
        Logbook log = Logbook.returning().tolerable(3);
        assertThat(nextWeek(log, 1)).isEqualTo(new WeeklyDose(1, Activity.RUN, 9.0, VolumeUnit.KM, DoseDecision.START));
        assertThat(nextWeek(log, 2)).isEqualTo(new WeeklyDose(2, Activity.RUN, 9.0, VolumeUnit.KM, DoseDecision.HOLD));
    }

    @Test
    void readsALogSpreadOverCenturiesWithoutDayIndexedArrays() {
        Logbook log = Logbook.returning()
                .greenWeek(1, 10)
                .morning(LocalDate.of(1500, 1, 1), 9)
                .strength(LocalDate.of(1500, 1, 1), "BRIDGE", 3, 12, 0, 1);
        Advice advice = log.adviseAtStartOf(2);
        assertThat(advice.nextWeek().volume()).isEqualTo(11.0);
        assertThat(advice.lastSessionResponse()).isEqualTo(Response.GREEN);
    }

    @Test
    void refusesToWalkMoreThanAHundredYearsOfPlan() {
        Logbook log = Logbook.returning();
        assertThatThrownBy(() -> log.adviseOn(Logbook.MONDAY.plusYears(101)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("100 years");
    }
}
