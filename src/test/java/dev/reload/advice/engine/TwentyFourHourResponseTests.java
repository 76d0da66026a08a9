package dev.reload.advice.engine;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.reload.knee.Activity;

import static org.assertj.core.api.Assertions.assertThat;

/** R1: the 24-hour response at every edge (pain during 3/4/5/6, after and next morning against baseline). */
class TwentyFourHourResponseTests {

    static final LocalDate SESSION = Logbook.MONDAY.plusDays(2);

    /** One session with a baseline of 2 that morning and the given next morning; judged two days later. */
    static Response classify(int during, int after, Integer nextMorning) {
        Logbook log = Logbook.returning().session(SESSION, 5, during, after).morning(SESSION, 2);
        if (nextMorning != null) {
            log.morning(SESSION.plusDays(1), nextMorning);
        }
        return log.adviseOn(SESSION.plusDays(2)).lastSessionResponse();
    }

    @ParameterizedTest(name = "pain during {0} → {1}")
    @CsvSource({"0, GREEN", "3, GREEN", "4, AMBER", "5, AMBER", "6, RED", "10, RED"})
    void classifiesPainDuringAtTheArticlesEdges(int during, Response expected) {
        assertThat(classify(during, 1, 2)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "pain after {0} with baseline 2 → {1}")
    @CsvSource({"2, GREEN", "3, GREEN", "4, AMBER", "5, RED", "6, RED"})
    void classifiesPainAfterAgainstBaselinePlusTwoAndThree(int after, Response expected) {
        assertThat(classify(1, after, 2)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "next morning {0} with baseline 2 → {1}")
    @CsvSource({"0, GREEN", "2, GREEN", "3, AMBER", "4, RED", "7, RED"})
    void classifiesNextMorningAgainstBaselinePlusOneAndTwo(int nextMorning, Response expected) {
        assertThat(classify(1, 1, nextMorning)).isEqualTo(expected);
    }

    @Test
    void painAfterOfSixIsRedEvenWithAHighBaseline() {
        Logbook log = Logbook.returning()
                .session(SESSION, 5, 1, 6)
                .morning(SESSION, 5)
                .morning(SESSION.plusDays(1), 5);
        assertThat(log.adviseOn(SESSION.plusDays(2)).lastSessionResponse()).isEqualTo(Response.RED);
    }

    @Test
    void staysPendingWhileTheNextMorningIsNotReportedOnTheDayAfter() {
        Logbook log = Logbook.returning().session(SESSION, 5, 1, 1).morning(SESSION, 2);
        assertThat(log.adviseOn(SESSION).lastSessionResponse()).isEqualTo(Response.PENDING);
        assertThat(log.adviseOn(SESSION.plusDays(1)).lastSessionResponse()).isEqualTo(Response.PENDING);
    }

    @Test
    void isJudgedOnPainAloneFromTheSecondDayAfterWithAFindingSayingSo() {
        Logbook log = Logbook.returning().session(SESSION, 5, 1, 1).morning(SESSION, 2);
        Advice advice = log.adviseOn(SESSION.plusDays(2));
        assertThat(advice.lastSessionResponse()).isEqualTo(Response.GREEN);
        assertThat(advice.findings())
                .anyMatch(f -> f.rule().equals("R1") && f.message().contains(Days.inWords(SESSION)));
        assertThat(log.morning(SESSION.plusDays(1), 2)
                        .adviseOn(SESSION.plusDays(2))
                        .hasFinding("R1"))
                .isFalse();
    }

    @Test
    void isJudgedAsSoonAsTheNextMorningIsReported() {
        Logbook log = Logbook.returning()
                .session(SESSION, 5, 1, 1)
                .morning(SESSION, 2)
                .morning(SESSION.plusDays(1), 4);
        assertThat(log.adviseOn(SESSION.plusDays(1)).lastSessionResponse()).isEqualTo(Response.RED);
    }

    @Test
    void aRedOrAmberFromThePainDuringIsKnownWithoutWaitingForTheMorning() {
        assertThat(Logbook.returning()
                        .session(SESSION, 5, 6, 1)
                        .adviseOn(SESSION)
                        .lastSessionResponse())
                .isEqualTo(Response.RED);
        assertThat(Logbook.returning()
                        .session(SESSION, 5, 4, 1)
                        .adviseOn(SESSION)
                        .lastSessionResponse())
                .isEqualTo(Response.AMBER);
    }

    @Test
    void baselineIsThatDaysMorningReportFirst() {
        Logbook log = Logbook.returning()
                .session(SESSION, 5, 1, 1)
                .morning(SESSION.minusDays(1), 0)
                .morning(SESSION, 3)
                .morning(SESSION.plusDays(1), 4);
        assertThat(log.adviseOn(SESSION.plusDays(2)).lastSessionResponse()).isEqualTo(Response.AMBER);
    }

    @Test
    void baselineFallsBackToTheLatestReportOfTheThreeDaysBefore() {
        Logbook within = Logbook.returning()
                .session(SESSION, 5, 1, 1)
                .morning(SESSION.minusDays(5), 0)
                .morning(SESSION.minusDays(3), 3)
                .morning(SESSION.plusDays(1), 4);
        assertThat(within.adviseOn(SESSION.plusDays(2)).lastSessionResponse()).isEqualTo(Response.AMBER);
    }

    @Test
    void baselineFallsBackToTheMedianOfTheLastSevenReportsThenToZero() {
        Logbook median = Logbook.returning().session(SESSION, 5, 1, 1);
        int[] pains = {9, 3, 3, 3, 0, 0, 3, 3}; // the oldest (9) is the 8th report and is left out
        for (int i = 0; i < pains.length; i++) {
            median.morning(SESSION.minusDays(20 - i), pains[i]);
        }
        median.morning(SESSION.plusDays(1), 4); // median 3 → +1 → AMBER
        assertThat(median.adviseOn(SESSION.plusDays(2)).lastSessionResponse()).isEqualTo(Response.AMBER);

        Logbook none = Logbook.returning().session(SESSION, 5, 1, 1).morning(SESSION.plusDays(1), 1);
        assertThat(none.adviseOn(SESSION.plusDays(2)).lastSessionResponse()).isEqualTo(Response.AMBER);
    }

    @Test
    void baselineMedianOfAnEvenNumberOfReportsIsTheMeanOfTheMiddleTwo() {
        LogIndex log = new LogIndex(
                Logbook.returning()
                        .morning(SESSION.minusDays(10), 1)
                        .morning(SESSION.minusDays(9), 2)
                        .input(),
                SESSION);
        assertThat(log.baseline(SESSION.toEpochDay())).isEqualTo(1.5);
    }

    @Test
    void lastSessionResponseIsNullWithoutATargetSession() {
        Advice advice = Logbook.returning()
                .crossTraining(SESSION, Activity.CYCLE, 30, 1, 1)
                .adviseOn(SESSION.plusDays(3));
        assertThat(advice.lastSessionResponse()).isNull();
        assertThat(advice.light()).isEqualTo(Light.GREEN);
    }

    @ParameterizedTest(name = "session {0} days before asOf counts for the light: {1}")
    @CsvSource({"1, RED", "7, RED", "8, GREEN"})
    void lightIsTheWorstResponseOfTheLastSevenDays(int daysBefore, Light expected) {
        LocalDate asOf = SESSION.plusDays(10);
        Logbook log = Logbook.returning().session(asOf.minusDays(daysBefore), 5, 7, 1);
        assertThat(log.adviseOn(asOf).light()).isEqualTo(expected);
    }

    @Test
    void pendingCountsAsGreenForTheLight() {
        Logbook log = Logbook.returning().session(SESSION, 5, 1, 1).morning(SESSION, 2);
        Advice advice = log.adviseOn(SESSION.plusDays(1));
        assertThat(advice.lastSessionResponse()).isEqualTo(Response.PENDING);
        assertThat(advice.light()).isEqualTo(Light.GREEN);
    }

    @ParameterizedTest(name = "pain during {0} with stop knob {1} → R1.stop {2}")
    @CsvSource({"5, 6, false", "6, 6, true", "5, 5, true", "6, 7, false", "7, 7, true"})
    void saysStopNowFromTheStopKnob(int during, int stop, boolean expected) {
        Logbook log =
                Logbook.returning().knobs(new Knobs(10, stop, 4, 70, 10, 20)).session(SESSION, 5, during, 1);
        assertThat(log.adviseOn(SESSION.plusDays(1)).hasFinding("R1.stop")).isEqualTo(expected);
    }
}
