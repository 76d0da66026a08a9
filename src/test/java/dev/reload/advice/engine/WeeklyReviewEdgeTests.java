package dev.reload.advice.engine;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.reload.knee.Phase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The week-by-week walk (R3, R4): which proposal wins, which reasons are listed, what one week
 * carries into the next, and the edges of a week's stats.
 */
class WeeklyReviewEdgeTests {

    static WeeklyDose nextWeek(Logbook log, int week) {
        return log.adviseAtStartOf(week).nextWeek();
    }

    @ParameterizedTest(name = "{0} days before the plan starts → dose for week 1")
    @CsvSource({"1", "3", "7", "10"})
    void beforeThePlanStartsTheDoseIsForItsFirstWeek(int daysBefore) {
        Logbook log = Logbook.returning().tolerable(3);
        Advice advice = log.adviseOn(Logbook.MONDAY.minusDays(daysBefore));
        assertThat(advice.nextWeek().week()).isEqualTo(1);
        assertThat(advice.nextWeek().decision()).isEqualTo(DoseDecision.START);
        assertThat(advice.nextWeek().volume()).isEqualTo(9.0);
    }

    @Test
    void findingsCoverOnlyTheLastJudgedWeek() {
        // week 1 red (back-off to 7.5), week 2 green at 7.5 → only the progression is said
        Logbook log = Logbook.returning().week(1, 10, 3, 6, 2, 1).greenWeek(2, 7.5);
        Advice advice = log.adviseAtStartOf(3);
        assertThat(advice.nextWeek())
                .isEqualTo(new WeeklyDose(
                        3, log.toPlan().targetActivity(), 8.0, log.toPlan().unit(), DoseDecision.PROGRESS));
        assertThat(weekly(advice)).extracting(Finding::rule).containsExactly("R3.progress");
    }

    @Test
    void aRedWeekBeforeARestWeekTakesTheBackOffWhenItIsTheLower() {
        // Maintain, no all-green week yet; week 3 is red and the next is a rest week at 80 %:
        // back-off 75 % of 20 = 15 is below the rest week's 16
        Logbook log = Logbook.plan()
                .phase(Phase.MAINTAIN)
                .goal(20)
                .knobs(new Knobs(10, 6, 4, 80, 10, 20))
                .week(1, 20, 3, 4, 2, 1)
                .week(2, 20, 3, 4, 2, 1)
                .week(3, 20, 3, 6, 2, 1);
        Advice advice = log.adviseAtStartOf(4);
        assertThat(advice.nextWeek().decision()).isEqualTo(DoseDecision.BACK_OFF);
        assertThat(advice.nextWeek().volume()).isEqualTo(15.0);
        assertThat(advice.hasFinding("R3.deload")).isTrue(); // an equally conservative kind is listed
    }

    @Test
    void aRestWeekDoesNotAlsoAnnounceAProgression() {
        Logbook log = Logbook.plan()
                .phase(Phase.MAINTAIN)
                .goal(20)
                .greenWeek(1, 20)
                .greenWeek(2, 20)
                .greenWeek(3, 20);
        Advice advice = log.adviseAtStartOf(4);
        assertThat(advice.nextWeek().decision()).isEqualTo(DoseDecision.DELOAD);
        assertThat(advice.hasFinding("R3.deload")).isTrue();
        assertThat(advice.hasFinding("R3.progress")).isFalse();
    }

    @Test
    void anAmberWeekAfterARestWeekGoesBackToThePreRestVolumeWithoutSayingStayAtTheRestVolume() {
        Logbook log = Logbook.plan()
                .phase(Phase.MAINTAIN)
                .goal(20)
                .greenWeek(1, 20)
                .greenWeek(2, 20)
                .greenWeek(3, 20)
                .week(4, 14, 3, 4, 2, 1);
        Advice advice = log.adviseAtStartOf(5);
        assertThat(advice.nextWeek().decision()).isEqualTo(DoseDecision.HOLD);
        assertThat(advice.nextWeek().volume()).isEqualTo(20.0);
        assertThat(advice.hasFinding("R3.deload")).isTrue();
        assertThat(advice.hasFinding("R3.hold")).isFalse();
    }

    @Test
    void twoRedWeeksInMaintainListTheBackOffBesideTheStepBackToReturn() {
        Advice advice = Logbook.plan()
                .phase(Phase.MAINTAIN)
                .greenWeek(1, 20)
                .week(2, 20, 3, 6, 2, 1)
                .week(3, 16, 3, 6, 2, 1)
                .adviseAtStartOf(4);
        assertThat(advice.findings())
                .extracting(Finding::rule)
                .contains("R3.repeat-red", "R3.backoff")
                .doesNotContain("R3.hold", "R3.progress");
    }

    @Test
    void aProgressionThatLandsExactlyOnTheGoalIsNotCapped() {
        Advice advice = Logbook.returning().goal(30).greenWeek(1, 27.5).adviseAtStartOf(2);
        assertThat(advice.nextWeek().decision()).isEqualTo(DoseDecision.PROGRESS);
        assertThat(advice.nextWeek().volume()).isEqualTo(30.0);
        assertThat(advice.hasFinding("R3.goal")).isFalse();
    }

    @Test
    void aProgressionTheGoalTurnsIntoAHoldNoLongerSaysItGrows() {
        Advice advice = Logbook.returning().goal(30).greenWeek(1, 30).adviseAtStartOf(2);
        assertThat(advice.nextWeek().decision()).isEqualTo(DoseDecision.HOLD);
        assertThat(weekly(advice)).extracting(Finding::rule).containsExactly("R3.goal");
    }

    @Test
    void movingToMaintainSaysTheGoalOnceAndKeepsTheWeeksOtherFindings() {
        // week 2 at the goal raised both the amount (20 → 21) and the hard sessions (0 → 3)
        Logbook log = Logbook.returning().goal(20).greenWeek(1, 20);
        for (int d : new int[] {0, 2, 4}) {
            log.session(log.day(2, d), 7, 8, 1, 1);
        }
        log.mornings(log.day(2, 0), log.day(3, 0), 1);
        Advice advice = log.adviseAtStartOf(3);
        assertThat(advice.phase()).isEqualTo(Phase.MAINTAIN);
        assertThat(advice.findings())
                .filteredOn(f -> f.rule().equals("R3.goal"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.message()).contains("the return is complete");
                });
        assertThat(advice.hasFinding("R3.one-variable")).isTrue();
        assertThat(advice.hasFinding("R4.maintain")).isTrue();
    }

    @Test
    void repeatRedEscalationEndsWhenTheSettleGateOpensAgain() {
        Logbook log = Logbook.returning()
                .build(1, 4)
                .greenWeek(1, 10)
                .week(2, 10, 3, 6, 2, 1)
                .week(3, 8, 3, 6, 2, 1);
        Advice settling = log.adviseAtStartOf(4);
        assertThat(settling.phase()).isEqualTo(Phase.SETTLE);
        assertThat(settling.escalation()).isEqualTo(Escalation.SEE_CLINICIAN);

        log.week(4, 6, 3, 1, 1, 1);
        Advice returning = log.adviseAtStartOf(5);
        assertThat(returning.phase()).isEqualTo(Phase.RETURN);
        assertThat(returning.escalation()).isEqualTo(Escalation.NONE);
        assertThat(returning.hasFinding("R3.repeat-red")).isFalse();
    }

    @Test
    void theClinicianPromptIsSaidOnceWhenTheWeeksDropToSettleAndAgainEachWeekItStands() {
        Logbook log =
                Logbook.returning().greenWeek(1, 10).week(2, 10, 3, 6, 2, 1).week(3, 8, 3, 6, 2, 1);
        assertThat(log.adviseAtStartOf(4).findings())
                .filteredOn(f -> f.rule().equals("R3.repeat-red"))
                .hasSize(1);
        log.week(4, 4, 2, 1, 1, 1);
        Advice stillSettling = log.adviseAtStartOf(5);
        assertThat(stillSettling.escalation()).isEqualTo(Escalation.SEE_CLINICIAN);
        assertThat(stillSettling.findings())
                .filteredOn(f -> f.rule().equals("R3.repeat-red"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("Still settling"));
    }

    @Test
    void aWeekWithoutSessionsIsNoGreenWeekToBackOffTo() {
        // week 2 is empty (held at 11); the red week 3 backs off from the green week 1, capped at 80 %
        Logbook log = Logbook.returning().greenWeek(1, 10).week(3, 10, 3, 6, 2, 1);
        WeeklyDose dose = nextWeek(log, 4);
        assertThat(dose.decision()).isEqualTo(DoseDecision.BACK_OFF);
        assertThat(dose.volume()).isEqualTo(8.0);
    }

    @ParameterizedTest(name = "sessions at RPE {0} → raised both: {1}")
    @CsvSource({"6, false", "7, true", "10, true"})
    void aSessionAtRpeSevenOrMoreIsHard(int rpe, boolean flagged) {
        Logbook log = Logbook.returning().greenWeek(1, 10);
        for (int d : new int[] {0, 2, 4}) {
            log.session(log.day(2, d), 4, rpe, 1, 1);
        }
        log.mornings(log.day(2, 0), log.day(3, 0), 1);
        assertThat(log.adviseAtStartOf(3).hasFinding("R3.one-variable")).isEqualTo(flagged);
    }

    @Test
    void moreHardSessionsAtTheSameVolumeIsNoFinding() {
        Logbook log = Logbook.returning().greenWeek(1, 12);
        for (int d : new int[] {0, 2, 4}) {
            log.session(log.day(2, d), 4, 8, 1, 1);
        }
        log.mornings(log.day(2, 0), log.day(3, 0), 1);
        assertThat(log.adviseAtStartOf(3).hasFinding("R3.one-variable")).isFalse();
    }

    @Test
    void aFullWeekWithAnAmberSessionKeepsTheSettleGateShut() {
        Logbook log = Logbook.plan().build(1, 2);
        log.session(log.day(2, 0), 2, 1, 1)
                .session(log.day(2, 2), 2, 4, 1)
                .session(log.day(2, 4), 2, 1, 1)
                .mornings(log.day(2, 0), log.day(3, 0), 1);
        Advice advice = log.adviseAtStartOf(3);
        assertThat(advice.phase()).isEqualTo(Phase.SETTLE);
        assertThat(FindingWordsTests.message(advice, "R4.settle"))
                .contains("every one of them green")
                .doesNotContain("sessions of the target activity");
    }

    @Test
    void aSettleWeekWithoutAGreenSessionKeepsTryingTheTolerableDose() {
        Logbook log = Logbook.plan().tolerable(2.5).week(1, 6, 3, 4, 2, 1);
        WeeklyDose dose = nextWeek(log, 2);
        assertThat(dose.decision()).isEqualTo(DoseDecision.SETTLE);
        assertThat(dose.volume()).isEqualTo(7.5);
    }

    @Test
    void aNonResponseAtTheEndOfWeekFourStandsUntilWeekFiveEnds() {
        Logbook log = EscalationTests.steady(3, 3, 4, 9, 3);
        assertThat(log.adviseOn(log.day(5, 3)).hasFinding("R7.nonresponse")).isTrue();
        assertThat(log.adviseOn(log.day(5, 6)).hasFinding("R7.nonresponse")).isTrue();
    }

    @Test
    void sessionsBeforeThePlanStartedDoNotCountTowardAdherence() {
        // 27 of the 40 planned sessions (under 70 %), plus 3 runs in the days before the plan began
        Logbook log = Logbook.returning().sessionsPerWeek(10).goal(100);
        for (int d = 1; d <= 3; d++) {
            log.session(Logbook.MONDAY.minusDays(d), 1, 3, 3);
        }
        int[] perWeek = {7, 7, 7, 6};
        for (int w = 1; w <= 4; w++) {
            log.week(w, 7, perWeek[w - 1], 3, 3, 1);
        }
        assertThat(log.adviseAtStartOf(5).hasFinding("R7.nonresponse")).isFalse();
    }

    @Test
    void aWeekWhoseMorningsAreAllReportedListsNoMissingMorning() {
        Advice advice = Logbook.returning().greenWeek(1, 10).adviseAtStartOf(2);
        assertThat(advice.hasFinding("R3.hold")).isFalse();
        assertThat(advice.hasFinding("R1")).isFalse();
    }

    @Test
    void theMissingMorningFindingNamesTheFirstSessionStillPending() {
        Logbook log = Logbook.returning();
        LocalDate tuesday = log.day(1, 1);
        log.morning(log.day(1, 0), 1).session(tuesday, 3, 1, 1).session(log.day(1, 2), 3, 1, 1);
        Advice advice = log.adviseOn(log.day(1, 2));
        assertThat(advice.findings())
                .filteredOn(f -> f.rule().equals("R3.hold") && f.message().contains("is missing"))
                .singleElement()
                .satisfies(f -> assertThat(f.message())
                        .contains("after the session of " + Days.inWords(tuesday) + " is missing"));
    }

    @Test
    void aWeeksSessionJudgedWithoutItsMorningIsNamedEvenWhenALaterOneWasReported() {
        // Wednesday's next morning never came; Friday's did
        Logbook log = Logbook.returning();
        LocalDate wednesday = log.day(1, 2);
        log.session(log.day(1, 0), 3, 1, 1)
                .session(wednesday, 3, 1, 1)
                .session(log.day(1, 4), 3, 1, 1)
                .mornings(log.day(1, 0), log.day(1, 2), 1)
                .mornings(log.day(1, 4), log.day(2, 0), 1);
        Advice advice = log.adviseAtStartOf(2);
        assertThat(advice.nextWeek().decision()).isEqualTo(DoseDecision.PROGRESS);
        assertThat(advice.findings())
                .filteredOn(f -> f.rule().equals("R1"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains(Days.inWords(wednesday)));
    }

    @Test
    void theLastSessionJudgedWithoutItsMorningIsNamedOnceAlsoInTheFollowingWeek() {
        // Sunday's run of week 1, no Monday report: on Tuesday of week 2 it is judged on pain alone
        Logbook log = Logbook.returning();
        LocalDate sunday = log.day(1, 6);
        log.session(sunday, 4, 1, 1).morning(sunday, 1);
        Advice advice = log.adviseOn(log.day(2, 1));
        assertThat(advice.lastSessionResponse()).isEqualTo(Response.GREEN);
        assertThat(advice.findings())
                .filteredOn(f -> f.rule().equals("R1"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains(Days.inWords(sunday)));

        Advice sameWeek =
                Logbook.returning().session(Logbook.MONDAY.plusDays(2), 4, 1, 1).adviseOn(Logbook.MONDAY.plusDays(4));
        assertThat(sameWeek.findings()).filteredOn(f -> f.rule().equals("R1")).hasSize(1);
    }

    @Test
    void aRedSessionJudgedWithoutItsMorningNeedsNoMorningToBeRed() {
        Logbook log = Logbook.returning();
        LocalDate sunday = log.day(1, 6);
        log.session(sunday, 4, 7, 1).morning(sunday, 1);
        Advice advice = log.adviseOn(log.day(2, 1));
        assertThat(advice.lastSessionResponse()).isEqualTo(Response.RED);
        assertThat(advice.hasFinding("R1")).isFalse();
    }

    @Test
    void aMorningReportTheDayBeforeIsNoNextMorning() {
        Logbook log = Logbook.returning();
        LocalDate wednesday = log.day(1, 2);
        log.morning(wednesday.minusDays(1), 2).session(wednesday, 4, 1, 1);
        Advice advice = log.adviseOn(wednesday.plusDays(2));
        assertThat(advice.lastSessionResponse()).isEqualTo(Response.GREEN);
        assertThat(advice.hasFinding("R1")).isTrue();
    }

    /** The findings of the week's judgement: all but R3.next-session, which is about the week in progress. */
    private static List<Finding> weekly(Advice advice) {
        return advice.findings().stream()
                .filter(f -> !f.rule().equals("R3.next-session"))
                .toList();
    }
}
