package dev.reload.advice.engine;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.reload.knee.Activity;
import dev.reload.knee.PainScore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session logged with its pain during and the worst pain in the hours after left for later
 * (issue 10): R1 judges it from what is known. What is known to be too much or at the edge counts
 * at once; otherwise it is PENDING up to the day after (D+1), like a missing next morning, and from
 * D+2 on it is judged without the pain after, with a finding that says so.
 */
class PainAfterLaterTests {

    static final LocalDate SESSION = Logbook.MONDAY.plusDays(2);

    /** One session without its pain after, a baseline of 2 that morning and the given next morning. */
    static Logbook session(int during, Integer nextMorning) {
        Logbook log = Logbook.returning().withoutPainAfter(SESSION, 5, during).morning(SESSION, 2);
        if (nextMorning != null) {
            log.morning(SESSION.plusDays(1), nextMorning);
        }
        return log;
    }

    @Test
    void aPainDuringOfEightIsRedAtOnceAndTurnsTheLightRed() {
        Advice advice = session(8, null).adviseOn(SESSION);
        assertThat(advice.lastSessionResponse()).isEqualTo(Response.RED);
        assertThat(advice.light()).isEqualTo(Light.RED);
        assertThat(advice.hasFinding("R1.stop")).isTrue();
        assertThat(advice.nextSession().decision()).isEqualTo(SessionDecision.REST);
    }

    @ParameterizedTest(name = "pain during {0}, pain after not logged → {1} on the day itself")
    @CsvSource({"3, PENDING", "4, AMBER", "5, AMBER", "6, RED"})
    void thePainDuringAloneDecidesWhatItCanOnTheDayItself(int during, Response expected) {
        assertThat(session(during, null).adviseOn(SESSION).lastSessionResponse())
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "next morning {0} with baseline 2, pain after not logged → {1} on the day after")
    @CsvSource({"2, PENDING", "3, AMBER", "4, RED"})
    void theNextMorningDecidesWhatItCanWithoutThePainAfter(int nextMorning, Response expected) {
        assertThat(session(1, nextMorning).adviseOn(SESSION.plusDays(1)).lastSessionResponse())
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "pain during {0}, next morning 2, pain after never logged → {1} on the second day")
    @CsvSource({"3, GREEN", "4, AMBER", "5, AMBER", "6, RED"})
    void fromTheSecondDayOnItIsJudgedWithoutThePainAfter(int during, Response expected) {
        assertThat(session(during, 2).adviseOn(SESSION.plusDays(2)).lastSessionResponse())
                .isEqualTo(expected);
    }

    @Test
    void staysPendingWithItsMorningReportedUntilTheSecondDayAndThenSaysWhatItWasJudgedWithout() {
        Logbook log = session(1, 2);
        assertThat(log.adviseOn(SESSION.plusDays(1)).lastSessionResponse()).isEqualTo(Response.PENDING);
        assertThat(log.adviseOn(SESSION.plusDays(1)).light()).isEqualTo(Light.GREEN);

        Advice judged = log.adviseOn(SESSION.plusDays(2));
        assertThat(judged.lastSessionResponse()).isEqualTo(Response.GREEN);
        assertThat(judged.findings())
                .filteredOn(f -> f.rule().equals("R1"))
                .singleElement()
                .satisfies(f -> assertThat(f.message())
                        .startsWith("The worst pain in the hours after the session of Wednesday 6 May 2026 was not"
                                + " logged, so it was judged on the pain during it and the next morning only."));
    }

    @Test
    void withoutThePainAfterAndTheNextMorningItIsJudgedOnThePainDuringAloneAndSaysSo() {
        Advice judged = session(1, null).adviseOn(SESSION.plusDays(2));
        assertThat(judged.lastSessionResponse()).isEqualTo(Response.GREEN);
        assertThat(judged.findings())
                .filteredOn(f -> f.rule().equals("R1"))
                .singleElement()
                .satisfies(f -> assertThat(f.message())
                        .startsWith("Neither the worst pain in the hours after the session of Wednesday 6 May 2026"
                                + " nor the next morning was reported, so it was judged on the pain during it only."));
    }

    @Test
    void aPainAfterAddedLaterIsJudgedAsIfLoggedAtOnce() {
        Logbook later = Logbook.returning()
                .session(SESSION, 5, 1, 5)
                .morning(SESSION, 2)
                .morning(SESSION.plusDays(1), 2);
        Advice advice = later.adviseOn(SESSION.plusDays(3));
        assertThat(advice.lastSessionResponse()).isEqualTo(Response.RED); // 5 ≥ baseline 2 + 3
        assertThat(advice.hasFinding("R1")).isFalse();
    }

    @Test
    void aWeekWhoseLastSessionStillLacksItsPainAfterHoldsAndSaysWhy() {
        Logbook log = Logbook.returning()
                .session(Logbook.MONDAY, 4, 1, 1)
                .session(Logbook.MONDAY.plusDays(2), 4, 1, 1)
                .withoutPainAfter(Logbook.MONDAY.plusDays(6), 4, 1)
                .mornings(Logbook.MONDAY, Logbook.MONDAY.plusDays(7), 1);
        Advice advice = log.adviseAtStartOf(2);
        assertThat(advice.nextWeek().decision()).isEqualTo(DoseDecision.HOLD);
        assertThat(advice.findings())
                .anyMatch(f -> f.rule().equals("R3.hold")
                        && f.message()
                                .equals("The worst pain in the hours after the session of Sunday 10 May 2026 is not"
                                        + " logged yet, so that session counts as at the edge for this week's"
                                        + " decision."));

        Logbook rated = Logbook.returning()
                .session(Logbook.MONDAY, 4, 1, 1)
                .session(Logbook.MONDAY.plusDays(2), 4, 1, 1)
                .session(Logbook.MONDAY.plusDays(6), 4, 1, 1)
                .mornings(Logbook.MONDAY, Logbook.MONDAY.plusDays(7), 1);
        assertThat(rated.adviseAtStartOf(2).nextWeek().decision()).isEqualTo(DoseDecision.PROGRESS);
    }

    @Test
    void aWeekWhoseLastSessionLacksItsPainAfterAndItsMorningSaysBoth() {
        Logbook log = Logbook.returning()
                .session(Logbook.MONDAY, 4, 1, 1)
                .session(Logbook.MONDAY.plusDays(2), 4, 1, 1)
                .withoutPainAfter(Logbook.MONDAY.plusDays(6), 4, 1)
                .mornings(Logbook.MONDAY, Logbook.MONDAY.plusDays(6), 1);
        assertThat(log.adviseAtStartOf(2).findings())
                .anyMatch(f -> f.rule().equals("R3.hold")
                        && f.message().contains("Sunday 10 May 2026 and the next morning's report are both missing"));
    }

    @Test
    void aWeekWithASessionJudgedWithoutItsPainAfterProgressesAndSaysSo() {
        Logbook log = Logbook.returning()
                .session(Logbook.MONDAY, 4, 1, 1)
                .withoutPainAfter(Logbook.MONDAY.plusDays(2), 4, 1)
                .session(Logbook.MONDAY.plusDays(4), 4, 1, 1)
                .mornings(Logbook.MONDAY, Logbook.MONDAY.plusDays(7), 1);
        Advice advice = log.adviseAtStartOf(2);
        assertThat(advice.nextWeek().decision()).isEqualTo(DoseDecision.PROGRESS);
        assertThat(advice.findings())
                .anyMatch(f -> f.rule().equals("R1")
                        && f.message().startsWith("The worst pain in the hours after the session of Wednesday 6 May"));
    }

    @Test
    void whileThePainAfterIsAwaitedTheNextSessionHoldsAndSaysItIsNotKnownYet() {
        Advice advice = Logbook.returning()
                .tolerable(12)
                .withoutPainAfter(Logbook.MONDAY, 4, 1)
                .mornings(Logbook.MONDAY, Logbook.MONDAY.plusDays(1), 1)
                .adviseOn(Logbook.MONDAY.plusDays(1));
        assertThat(advice.nextSession().decision()).isEqualTo(SessionDecision.HOLD);
        assertThat(FindingWordsTests.message(advice, "R3.next-session"))
                .startsWith("How the knee took the last session is not known yet: until it is, next time no more"
                        + " than 4 km")
                .doesNotContain("at the edge");
    }

    @Test
    void aSessionKnowsWhetherItsPainAfterIsStillUnknown() {
        assertThat(new ActivitySession(SESSION, Activity.RUN, 4, null, PainScore.of(2), null, null, null, null, null)
                        .painAfterUnknown())
                .isTrue();
        assertThat(ActivitySession.of(SESSION, Activity.RUN, 4, null, 2, 2).painAfterUnknown())
                .isFalse();
        assertThat(ActivitySession.unrated(SESSION, Activity.RUN, 4, null, null).painAfterUnknown())
                .isFalse();
    }
}
