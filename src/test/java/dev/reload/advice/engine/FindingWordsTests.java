package dev.reload.advice.engine;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.reload.knee.Activity;
import dev.reload.knee.Condition;
import dev.reload.knee.Phase;
import dev.reload.knee.RedFlag;
import dev.reload.knee.TightStructure;
import dev.reload.knee.VolumeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every finding says in words what its rule decided, with the numbers behind it and its source
 * (rules.md: each finding names its rule; the messages never contradict the dose).
 */
class FindingWordsTests {

    /** The one finding of {@code rule}. */
    static Finding finding(Advice advice, String rule) {
        assertThat(advice.findings()).filteredOn(f -> f.rule().equals(rule)).hasSize(1);
        return advice.findings().stream()
                .filter(f -> f.rule().equals(rule))
                .findFirst()
                .orElseThrow();
    }

    static String message(Advice advice, String rule) {
        return finding(advice, rule).message();
    }

    @Test
    void aProgressionNamesTheStepTheNewDoseAndTheHardSessionsAndCitesItsSources() {
        Advice advice = Logbook.returning().greenWeek(1, 10).adviseAtStartOf(2);
        Finding progress = finding(advice, "R3.progress");
        assertThat(progress.message())
                .contains("about 10 % to 11 km", "keep every session under an effort of 7/10, as this week")
                .doesNotContain("(0)");
        assertThat(progress.source()).isEqualTo(Sources.ARTICLE + "; " + Sources.BUIST_2008);
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource({"MINUTES, 20, 25 min", "JUMPS, 50, 60 jumps", "KM, 12.5, 13.5 km"})
    void dosesAreWordedInTheUnitOfThePlan(VolumeUnit unit, double volume, String words) {
        Advice advice = Logbook.returning()
                .activity(Activity.HIKE, unit)
                .goal(1000)
                .greenWeek(1, volume)
                .adviseAtStartOf(2);
        assertThat(message(advice, "R3.progress")).contains("to " + words + ".");
    }

    @Test
    void aHoldSaysWhetherTheKneeWasAtTheEdgeOrSessionsWereMissing() {
        Advice amber = Logbook.returning().week(1, 12, 3, 4, 2, 1).adviseAtStartOf(2);
        assertThat(message(amber, "R3.hold")).startsWith("Stay at 12 km next week: the knee was at the edge");

        Advice fewer = Logbook.returning().week(1, 10, 2, 1, 1, 1).adviseAtStartOf(2);
        assertThat(message(fewer, "R3.hold"))
                .startsWith("Stay at 10 km next week: the week had 2 of the 3 planned sessions");
    }

    @Test
    void aBackOffNamesItsDoseAndWhatItIsBasedOn() {
        Advice afterGreen =
                Logbook.returning().greenWeek(1, 20).week(2, 20, 3, 6, 2, 1).adviseAtStartOf(3);
        Finding backOff = finding(afterGreen, "R3.backoff");
        assertThat(backOff.message())
                .contains("Ease off to 16 km next week (the last week the knee fully tolerated was 20 km)");
        assertThat(backOff.source()).contains("Silbernagel");

        Advice withoutGreen = Logbook.returning().week(1, 10, 3, 6, 2, 1).adviseAtStartOf(2);
        assertThat(message(withoutGreen, "R3.backoff"))
                .contains("Ease off to 7.5 km next week (no week has been fully green yet, so it drops to three"
                        + " quarters of this week)");
    }

    @Test
    void aRestWeekNamesItsDoseAndShareAndTheWeekAfterNamesTheReturnToThePreRestVolume() {
        Logbook log = Logbook.plan()
                .phase(Phase.MAINTAIN)
                .goal(20)
                .greenWeek(1, 20)
                .greenWeek(2, 20)
                .greenWeek(3, 20);
        assertThat(message(log.adviseAtStartOf(4), "R3.deload"))
                .startsWith("Next week is a planned lighter week: 14 km, 70 % of this week.");
        log.greenWeek(4, 14);
        assertThat(message(log.adviseAtStartOf(5), "R3.deload"))
                .isEqualTo("The lighter week is done: next week goes back to 20 km.");
    }

    @Test
    void theGoalCapAndTheMoveToMaintainNameTheGoal() {
        Logbook log = Logbook.returning().goal(20).greenWeek(1, 20);
        assertThat(message(log.adviseAtStartOf(2), "R3.goal"))
                .isEqualTo("Next week stops at the weekly goal of 20 km: the plan never asks for more.");
        log.greenWeek(2, 20);
        Advice maintain = log.adviseAtStartOf(3);
        assertThat(message(maintain, "R3.goal"))
                .isEqualTo("Two fully green weeks at the goal of 20 km: the return is complete.");
        assertThat(message(maintain, "R4.maintain")).contains("a lighter week every 4 weeks");
    }

    @Test
    void twoRedWeeksSayWhereThePlanStepsBackTo() {
        Advice inReturn = Logbook.returning()
                .greenWeek(1, 10)
                .week(2, 10, 3, 6, 2, 1)
                .week(3, 8, 3, 6, 2, 1)
                .adviseAtStartOf(4);
        assertThat(message(inReturn, "R3.repeat-red"))
                .contains("Two weeks in a row", "steps back to Settle", "clinician");

        Advice inMaintain = Logbook.plan()
                .phase(Phase.MAINTAIN)
                .greenWeek(1, 20)
                .week(2, 20, 3, 6, 2, 1)
                .week(3, 16, 3, 6, 2, 1)
                .adviseAtStartOf(4);
        assertThat(message(inMaintain, "R3.repeat-red")).contains("back to the Return phase at 12.5 km next week");
    }

    @Test
    void theSettlePhaseSaysWhatToTryAndWhatTheGateStillNeeds() {
        Advice trying = Logbook.plan().tolerable(2.5).adviseAtStartOf(2);
        assertThat(message(trying, "R4.settle"))
                .startsWith("Keep trying about 7.5 km a week of running.")
                .contains(
                        "at least 3 sessions of running in the week (none so far)",
                        "every one of them green",
                        "2 weeks with 2 or more strength sessions (none so far)")
                .doesNotContain("target activity", "(0");

        Advice opened =
                Logbook.plan().tolerable(2).build(1, 2).week(2, 7.5, 3, 1, 1, 1).adviseAtStartOf(3);
        assertThat(message(opened, "R4.return")).contains("Return starts at this week's 7.5 km");
    }

    @Test
    void raisingAmountAndHardSessionsTogetherNamesBoth() {
        Logbook log = Logbook.returning().greenWeek(1, 10);
        log.session(log.day(2, 0), 4, 8, 1, 1)
                .session(log.day(2, 2), 4, 8, 1, 1)
                .session(log.day(2, 4), 4, 4, 1, 1)
                .mornings(log.day(2, 0), log.day(3, 0), 1);
        assertThat(message(log.adviseAtStartOf(3), "R3.one-variable"))
                .startsWith("This week raised both the amount (10 km to 12 km) and the number of hard sessions (0 to"
                        + " 2).");
    }

    @Test
    void strengthFindingsNameTheExerciseAndTheNewLoad() {
        Logbook log = Logbook.plan()
                .strength(Logbook.MONDAY.plusDays(1), "SPLIT_SQUAT", 3, 10, 12.5, 1)
                .strength(Logbook.MONDAY.plusDays(3), "SPLIT_SQUAT", 3, 10, 12.5, 1);
        assertThat(message(log.adviseOn(Logbook.MONDAY.plusDays(5)), "R5.progress"))
                .isEqualTo("Split squat felt fine twice in a row: raise the load to 13.5 kg next time.");
        Logbook whole = Logbook.plan()
                .strength(Logbook.MONDAY.plusDays(1), "LEG_PRESS", 3, 10, 20, 1)
                .strength(Logbook.MONDAY.plusDays(3), "LEG_PRESS", 3, 10, 20, 1);
        assertThat(message(whole.adviseOn(Logbook.MONDAY.plusDays(5)), "R5.progress"))
                .contains("raise the load to 22 kg");
    }

    @Test
    void theMaintenanceStrengthWarningCountsSessionsInWords() {
        Logbook none = Logbook.plan().phase(Phase.MAINTAIN).greenWeek(1, 20).greenWeek(2, 20);
        assertThat(message(none.adviseAtStartOf(3), "R5.maintain"))
                .startsWith("Only 0 strength sessions in the last two weeks.");
        none.strength(Logbook.MONDAY.plusDays(8), "BRIDGE", 3, 12, 0, 1);
        assertThat(message(none.adviseAtStartOf(3), "R5.maintain"))
                .startsWith("Only 1 strength session in the last two weeks.");
    }

    @Test
    void redFlagFindingsNameEachFlagInPlainWords() {
        Advice advice = Logbook.returning()
                .redFlags(Logbook.MONDAY, RedFlag.CALF_PAIN_SWELLING, RedFlag.HOT_SWOLLEN_FEVER)
                .adviseAtStartOf(1);
        assertThat(message(advice, "R7.urgent"))
                .startsWith("The screen found a hot, swollen knee with fever or feeling unwell; pain or swelling in"
                        + " the calf.");
        Advice clinician =
                Logbook.returning().redFlags(Logbook.MONDAY, RedFlag.LOCKING).adviseAtStartOf(1);
        assertThat(message(clinician, "R7.clinician")).startsWith("The screen found a knee that locks.");
    }

    @Test
    void tightStructuresAreNamedInPlainWordsInTheirOrder() {
        Advice advice = Logbook.plan()
                .assessment(
                        new Assessment(
                                null,
                                null,
                                null,
                                Set.of(TightStructure.HAMSTRINGS, TightStructure.HIP_FLEXORS),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        null)
                .adviseAtStartOf(1);
        assertThat(advice.contributors())
                .singleElement()
                .satisfies(c -> assertThat(c.evidence()).isEqualTo("tight hip flexors, hamstrings"));
        assertThat(message(advice, "R8.tightness")).startsWith("Tight hip flexors, hamstrings change how");
    }

    @Test
    void aNonResponseWithoutAnyPainReportInTheFirstWeekSaysSo() {
        // week 1: three imported runs, not rated yet, and no morning check-in
        Logbook log = Logbook.returning().goal(100);
        log.imported(log.day(1, 0), 3).imported(log.day(1, 2), 3).imported(log.day(1, 4), 3);
        for (int w = 2; w <= 4; w++) {
            log.week(w, 9, 3, 4, 4, 1);
        }
        assertThat(message(log.adviseAtStartOf(5), "R7.nonresponse"))
                .contains("the worst pain is still 4/10 (first week: not reported)");
        Logbook reported = Logbook.returning().goal(100);
        for (int w = 1; w <= 4; w++) {
            reported.week(w, 9, 3, 4, 4, 1);
        }
        assertThat(message(reported.adviseAtStartOf(5), "R7.nonresponse"))
                .contains("the worst pain is still 4/10 (first week: 4/10)");
    }

    @Test
    void aTendonStageThatWaitsSaysWhetherTheMorningIsMissingOrNotBackYet() {
        LocalDate tuesday = Logbook.MONDAY.plusDays(1);
        LocalDate thursday = Logbook.MONDAY.plusDays(3);
        Logbook notBack = tendon().hold(tuesday, "WALL_SIT_ISOMETRIC", 5, 45, 0, 2)
                .hold(thursday, "WALL_SIT_ISOMETRIC", 5, 45, 0, 2)
                .mornings(tuesday, thursday, 2)
                .morning(thursday.plusDays(1), 3);
        Finding waiting = finding(notBack.adviseOn(thursday.plusDays(2)), "R5.hold");
        assertThat(waiting.message()).contains("the next morning was not back to the usual level (3/10)");
        assertThat(waiting.source()).isEqualTo(Sources.MALLIARAS_2015 + "; " + Sources.RIO_2015);

        Logbook missing = tendon().strength(tuesday, "SQUAT", 4, 15, 40, 2)
                .strength(thursday, "SQUAT", 4, 15, 40, 2)
                .mornings(tuesday, thursday, 2);
        Finding noMorning = finding(missing.adviseOn(thursday.plusDays(2)), "R5.hold");
        assertThat(noMorning.message()).contains("there is no morning report after the last session yet");
        assertThat(noMorning.source()).isEqualTo(Sources.MALLIARAS_2015);
    }

    static Logbook tendon() {
        return Logbook.plan()
                .condition(Condition.PATELLAR_TENDINOPATHY)
                .activity(Activity.JUMP_SPORT, VolumeUnit.JUMPS)
                .goal(300);
    }

    @ParameterizedTest(name = "{0} = {1} → \"{2}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "stepPercent | 4.9 | stepPercent must be between 5 and 15, was 4.9",
                "deloadPercent | 81 | deloadPercent must be between 60 and 80, was 81",
                "stopPain | 8 | stopPain must be between 5 and 7, was 8"
            })
    void aKnobOutOfBoundsNamesItsBoundsAndTheValueAsGiven(String knob, double value, String text) {
        assertThatThrownBy(() -> KnobsTests.with(knob, value)).hasMessage(text);
    }

    @Test
    void stopNowNamesTheDayOfTheSessionInWords() {
        Advice advice = Logbook.returning().session(Logbook.MONDAY, 5, 7, 1).adviseOn(Logbook.MONDAY.plusDays(1));
        assertThat(message(advice, "R1.stop"))
                .startsWith("Pain reached 7/10 during the session of Monday 4 May 2026.")
                .doesNotContain("2026-05-04");
    }

    @Test
    void newShoesBeforeThePainAreDatedInWords() {
        LocalDate onset = Logbook.MONDAY.plusDays(14);
        Assessment shoes =
                new Assessment(null, null, null, null, onset.minusDays(10), null, null, null, null, null, null, null);
        Advice advice = Logbook.returning().assessment(shoes, onset).adviseOn(onset.plusDays(1));
        assertThat(advice.contributors())
                .singleElement()
                .satisfies(c -> assertThat(c.evidence()).isEqualTo("new shoes on Friday 8 May 2026"));
    }

    @Test
    void holdsStayHoldsWhenTheyGoUpOrDown() {
        Logbook up = Logbook.returning()
                .hold(Logbook.MONDAY.plusDays(1), "SIDE_PLANK", 3, 20, 0, 1)
                .hold(Logbook.MONDAY.plusDays(3), "SIDE_PLANK", 3, 20, 0, 1);
        assertThat(message(up.adviseOn(Logbook.MONDAY.plusDays(5)), "R5.progress"))
                .isEqualTo("Side plank felt fine twice in a row: add two holds a set (5 holds of 20 s) next time.");

        Logbook down = Logbook.returning().hold(Logbook.MONDAY.plusDays(1), "SIDE_PLANK_KNEES", 3, 20, 0, 6);
        assertThat(message(down.adviseOn(Logbook.MONDAY.plusDays(2)), "R5.regress"))
                .contains("Next time do fewer holds a set (1 hold of 20 s)")
                .doesNotContain("repetitions");
    }
}
