package dev.reload.advice.engine;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.reload.knee.Activity;
import dev.reload.knee.PainScore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Imported sessions without pain scores (issue 5): they count for volume, have no 24-hour response
 * (R1 keeps them PENDING, never GREEN) and hold their week until rated.
 */
class UnratedSessionTests {

    private static final LocalDate MONDAY = Logbook.MONDAY;

    @Test
    void anUnratedSessionIsPendingEvenWithItsNextMorningReported() {
        Logbook log = Logbook.returning().imported(MONDAY, 4).mornings(MONDAY, MONDAY.plusDays(3), 1);
        Advice advice = log.adviseOn(MONDAY.plusDays(3));
        assertThat(advice.lastSessionResponse()).isEqualTo(Response.PENDING);
        assertThat(advice.light()).isEqualTo(Light.GREEN);
    }

    @Test
    void aWeekWithAnUnratedSessionHoldsAndSaysWhy() {
        Logbook log = Logbook.returning()
                .session(MONDAY, 4, 1, 1)
                .session(MONDAY.plusDays(2), 4, 1, 1)
                .imported(MONDAY.plusDays(4), 4)
                .mornings(MONDAY, MONDAY.plusDays(7), 1);
        Advice advice = log.adviseAtStartOf(2);
        assertThat(advice.nextWeek().decision()).isEqualTo(DoseDecision.HOLD);
        assertThat(advice.nextWeek().volume()).isEqualTo(12.0);
        assertThat(advice.findings())
                .anyMatch(f -> f.rule().equals("R3.hold") && f.message().contains("imported without pain scores"));
    }

    @Test
    void theSameWeekRatedGreenProgresses() {
        Logbook log = Logbook.returning()
                .session(MONDAY, 4, 1, 1)
                .session(MONDAY.plusDays(2), 4, 1, 1)
                .session(MONDAY.plusDays(4), 4, 1, 1)
                .mornings(MONDAY, MONDAY.plusDays(7), 1);
        assertThat(log.adviseAtStartOf(2).nextWeek().decision()).isEqualTo(DoseDecision.PROGRESS);
    }

    @Test
    void anUnratedSessionCountsTowardTheWeeksVolume() {
        Logbook log = Logbook.returning()
                .session(MONDAY, 4, 1, 1)
                .session(MONDAY.plusDays(2), 4, 1, 1)
                .imported(MONDAY.plusDays(4), 6)
                .mornings(MONDAY, MONDAY.plusDays(7), 1);
        assertThat(log.adviseAtStartOf(2).nextWeek().volume()).isEqualTo(14.0);
    }

    @Test
    void anUnratedSessionNeverMakesARedOrAStop() {
        Logbook log = Logbook.returning()
                .imported(MONDAY, 4)
                .imported(MONDAY.plusDays(1), 4)
                .mornings(MONDAY, MONDAY.plusDays(2), 1);
        Advice advice = log.adviseOn(MONDAY.plusDays(2));
        assertThat(advice.escalation()).isEqualTo(Escalation.NONE);
        assertThat(advice.findings()).noneMatch(f -> f.rule().equals("R1.stop"));
    }

    @Test
    void aPainAfterIsKnownOnlyWithAPainDuring() {
        assertThatThrownBy(() -> new ActivitySession(
                        MONDAY, Activity.RUN, 4, null, null, PainScore.of(1), null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ActivitySession.unrated(MONDAY, Activity.RUN, 4, null, null).unrated())
                .isTrue();
        assertThat(ActivitySession.of(MONDAY, Activity.RUN, 4, null, 1, 1).unrated())
                .isFalse();
    }
}
