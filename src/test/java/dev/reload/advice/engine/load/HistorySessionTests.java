package dev.reload.advice.engine.load;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.reload.advice.engine.ActivitySession;
import dev.reload.knee.Activity;
import dev.reload.knee.PainScore;

import static org.assertj.core.api.Assertions.assertThat;

/** The one mapping from a logged or imported session to a session of R6. */
class HistorySessionTests {

    private static final LocalDate DAY = LocalDate.of(2026, 1, 5);

    @Test
    void carriesEverySessionFieldOverAndLeavesThePainsBehind() {
        ActivitySession logged = new ActivitySession(
                DAY, Activity.HIKE, 12.5, 6, PainScore.of(2), PainScore.of(3), 95, 610, "trail", "Boots");
        assertThat(HistorySession.of(logged))
                .isEqualTo(new HistorySession(DAY, Activity.HIKE, 12.5, 95.0, 6, 610.0, "trail", "Boots"));
    }

    @Test
    void anImportedSessionNotRatedYetMapsToo() {
        assertThat(HistorySession.of(ActivitySession.unrated(DAY, Activity.RUN, 8, null, null)))
                .isEqualTo(HistorySession.of(DAY, Activity.RUN, 8));
    }

    @ParameterizedTest(name = "pace {0} s/km → {1}")
    @CsvSource({"-1, ", "0, ", "1, 1.0", "300, 300.0", ", "})
    void aPaceOfZeroOrLessIsNotKnown(Integer pace, Double expected) {
        ActivitySession logged = new ActivitySession(DAY, Activity.RUN, 5, null, null, null, null, pace, null, null);
        assertThat(HistorySession.of(logged).avgPaceSecPerKm()).isEqualTo(expected);
    }
}
