package dev.reload.advice.engine;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.reload.knee.Phase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the log is read: same-day reports, the first and last day of a window, entries after
 * {@code asOf}, and a log spread over centuries (searched by date instead of day-indexed arrays).
 */
class LogEdgeTests {

    static final LocalDate WEDNESDAY = Logbook.MONDAY.plusDays(2);
    /** A report this old makes the log span centuries. */
    static final LocalDate LONG_AGO = LocalDate.of(1500, 1, 1);

    static Logbook returning(boolean centuries) {
        Logbook log = Logbook.returning();
        return centuries ? log.morning(LONG_AGO, 9).strength(LONG_AGO, "BRIDGE", 3, 12, 0, 1) : log;
    }

    @ParameterizedTest(name = "log spread over centuries: {0}")
    @ValueSource(booleans = {false, true})
    void twoMorningReportsOnOneDayCountAtTheirWorst(boolean centuries) {
        Logbook log = returning(centuries)
                .session(WEDNESDAY, 4, 1, 1)
                .morning(WEDNESDAY, 1)
                .morning(WEDNESDAY.plusDays(1), 4)
                .morning(WEDNESDAY.plusDays(1), 1);
        assertThat(log.adviseOn(WEDNESDAY.plusDays(2)).lastSessionResponse()).isEqualTo(Response.RED);
    }

    @ParameterizedTest(name = "log spread over centuries: {0}")
    @ValueSource(booleans = {false, true})
    void aNextMorningTwoAboveBaselineIsRedWhereverTheLogBegins(boolean centuries) {
        Logbook log = returning(centuries)
                .session(WEDNESDAY, 4, 1, 1)
                .morning(WEDNESDAY, 1)
                .morning(WEDNESDAY.plusDays(1), 3);
        assertThat(log.adviseOn(WEDNESDAY.plusDays(2)).lastSessionResponse()).isEqualTo(Response.RED);
    }

    @ParameterizedTest(name = "log spread over centuries: {0}")
    @ValueSource(booleans = {false, true})
    void aMorningReportAfterAsOfIsNotYetKnown(boolean centuries) {
        LocalDate friday = Logbook.MONDAY.plusDays(4);
        Logbook log =
                returning(centuries).session(friday, 4, 1, 1).morning(friday, 1).morning(friday.plusDays(2), 9);
        assertThat(log.adviseOn(friday.plusDays(1)).lastSessionResponse()).isEqualTo(Response.PENDING);
        Logbook lastReport = returning(centuries).session(friday, 4, 1, 1).morning(friday, 1);
        assertThat(lastReport.adviseOn(friday.plusDays(1)).lastSessionResponse())
                .isEqualTo(Response.PENDING);
    }

    @Test
    void theBaselineMedianOfAnOddNumberOfReportsIsTheMiddleOne() {
        // reports 0, 2 and 4 more than three days before the session: baseline 2, so a next morning of 3 is AMBER
        Logbook log = Logbook.returning()
                .morning(WEDNESDAY.minusDays(10), 4)
                .morning(WEDNESDAY.minusDays(9), 0)
                .morning(WEDNESDAY.minusDays(8), 2)
                .session(WEDNESDAY, 4, 1, 1)
                .morning(WEDNESDAY.plusDays(1), 3);
        assertThat(log.adviseOn(WEDNESDAY.plusDays(2)).lastSessionResponse()).isEqualTo(Response.AMBER);
    }

    @Test
    void aMorningPainAboveThreeOnTheLastDayOfTheWeekKeepsTheSettleGateShut() {
        Logbook log = Logbook.plan().build(1, 2);
        log.session(log.day(2, 0), 2, 1, 1)
                .session(log.day(2, 1), 2, 1, 1)
                .session(log.day(2, 2), 2, 1, 1)
                .mornings(log.day(2, 0), log.day(2, 5), 1)
                .morning(log.day(2, 6), 4)
                .morning(log.day(3, 0), 1);
        Advice advice = log.adviseAtStartOf(3);
        assertThat(advice.phase()).isEqualTo(Phase.SETTLE);
        assertThat(FindingWordsTests.message(advice, "R4.settle")).contains("(it reached 4)");
    }

    @Test
    void aPainfulSessionOnTheLastDayOfTheWeekCountsForItsWorstPain() {
        Logbook log = Logbook.returning().goal(100);
        for (int w = 1; w <= 3; w++) {
            log.week(w, 9, 3, 3, 3, 1);
        }
        log.session(log.day(4, 0), 3, 1, 1)
                .session(log.day(4, 2), 3, 1, 1)
                .session(log.day(4, 6), 3, 3, 3)
                .mornings(log.day(4, 0), log.day(5, 0), 1);
        assertThat(log.adviseAtStartOf(5).hasFinding("R7.nonresponse")).isTrue();
    }

    @Test
    void aSingleStrengthSessionAfterAFullBuildWeekDoesNotMakeASecond() {
        Logbook log = Logbook.plan().week(2, 6, 3, 1, 1, 1);
        log.strength(log.day(1, 1), "BRIDGE", 3, 12, 0, 1)
                .strength(log.day(1, 3), "BRIDGE", 3, 12, 0, 1)
                .strength(log.day(2, 1), "BRIDGE", 3, 12, 0, 1);
        assertThat(log.adviseAtStartOf(3).phase()).isEqualTo(Phase.SETTLE);
    }

    @Test
    void theFirstStrengthSessionOnASundayCountsForThatWeekOnly() {
        // strength: Sunday of week 1; Tuesday of week 2; Tuesday and Thursday of week 3 → one Build week
        Logbook log = Logbook.plan().week(3, 6, 3, 1, 1, 1);
        log.strength(log.day(1, 6), "BRIDGE", 3, 12, 0, 1)
                .strength(log.day(2, 1), "BRIDGE", 3, 12, 0, 1)
                .strength(log.day(3, 1), "BRIDGE", 3, 12, 0, 1)
                .strength(log.day(3, 3), "BRIDGE", 3, 12, 0, 1);
        assertThat(log.adviseAtStartOf(4).phase()).isEqualTo(Phase.SETTLE);
        log.strength(log.day(2, 3), "BRIDGE", 3, 12, 0, 1);
        assertThat(log.adviseAtStartOf(4).phase()).isEqualTo(Phase.RETURN);
    }

    @ParameterizedTest(name = "log spread over centuries: {0}")
    @ValueSource(booleans = {false, true})
    void strengthOnSaturdaysAndSundaysCountsForBuild(boolean centuries) {
        Logbook log = Logbook.plan().week(2, 6, 3, 1, 1, 1);
        if (centuries) {
            log.strength(LONG_AGO, "BRIDGE", 3, 12, 0, 1);
        }
        for (int w = 1; w <= 2; w++) {
            log.strength(log.day(w, 5), "BRIDGE", 3, 12, 0, 1).strength(log.day(w, 6), "BRIDGE", 3, 12, 0, 1);
        }
        assertThat(log.adviseAtStartOf(3).phase()).isEqualTo(Phase.RETURN);
    }

    @ParameterizedTest(name = "log spread over centuries: {0}")
    @ValueSource(booleans = {false, true})
    void twoExercisesOnOneDayAreOneStrengthSession(boolean centuries) {
        Logbook log = Logbook.plan().week(2, 6, 3, 1, 1, 1);
        if (centuries) {
            log.strength(LONG_AGO, "BRIDGE", 3, 12, 0, 1);
        }
        for (int w = 1; w <= 2; w++) {
            log.strength(log.day(w, 1), "BRIDGE", 3, 12, 0, 1).strength(log.day(w, 1), "CLAMSHELL", 3, 12, 0, 1);
        }
        assertThat(log.adviseAtStartOf(3).phase()).isEqualTo(Phase.SETTLE);
    }

    @Test
    void strengthLoggedAfterAsOfIsNotYetKnown() {
        Logbook log = Logbook.plan()
                .strength(Logbook.MONDAY.plusDays(1), "BRIDGE", 3, 12, 0, 1)
                .strength(Logbook.MONDAY.plusDays(3), "BRIDGE", 3, 12, 0, 1);
        Advice wednesday = log.adviseOn(WEDNESDAY);
        assertThat(wednesday.strength()).singleElement().satisfies(s -> {
            assertThat(s.decision()).isEqualTo(StrengthDecision.HOLD);
            assertThat(s.next().reps()).isEqualTo(12);
        });
        assertThat(log.adviseOn(Logbook.MONDAY.plusDays(4)).strength().get(0).decision())
                .isEqualTo(StrengthDecision.PROGRESS);
    }
}
