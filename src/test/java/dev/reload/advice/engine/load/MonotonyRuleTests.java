package dev.reload.advice.engine.load;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.reload.knee.Severity;

import static dev.reload.advice.engine.load.Histories.MONDAY;
import static dev.reload.advice.engine.load.Histories.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** R6.monotony: weekly monotony above 2.0, its strain beside it. */
class MonotonyRuleTests {

    /**
     * Daily loads 6, 5, 5, 5, 5, {@code saturday}, 0: with 2 on Saturday the mean is 4 and the
     * standard deviation 2, so monotony is exactly 2.0; a little less on Saturday varies more.
     */
    @ParameterizedTest(name = "Saturday {0}: monotony {1}, flagged {2}")
    @CsvSource({"1.99, 1.998, false", "2, 2.000, false", "2.01, 2.002, true"})
    void flagsAWeekAboveTwo(double saturday, double monotony, boolean flagged) {
        double[] loads = {6, 5, 5, 5, 5, saturday};
        List<HistorySession> sessions = new ArrayList<>();
        for (int d = 0; d < loads.length; d++) {
            sessions.add(run(MONDAY.plusDays(d), loads[d]));
        }
        ActivityHistory history = Histories.of(sessions);
        assertThat(history.weeks().get(0).monotony()).isCloseTo(monotony, within(0.0005));
        List<HistoryFinding> found = new MonotonyRule().findings(history);
        assertThat(found).hasSize(flagged ? 1 : 0).allSatisfy(f -> {
            assertThat(f.rule()).isEqualTo("R6.monotony");
            assertThat(f.severity()).isEqualTo(Severity.CAUTION);
            assertThat(f.date()).isEqualTo(MONDAY);
            assertThat(f.message()).contains("monotony 2.00 (above 2), strain 56.1 for a weekly load of 28");
            assertThat(f.source()).isEqualTo(MonotonyRule.SOURCE);
            assertThat(f.evidence()).startsWith("Moderate:");
        });
    }

    @ParameterizedTest(name = "{0} a day all week: no monotony, not flagged")
    @CsvSource({"5", "0"})
    void aWeekWithoutVariationIsNeverFlagged(double load) {
        List<HistorySession> sessions = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            sessions.add(run(MONDAY.plusDays(d), load));
        }
        ActivityHistory history = Histories.of(sessions);
        assertThat(history.weeks().get(0).monotony()).isNull();
        assertThat(new MonotonyRule().findings(history)).isEmpty();
    }
}
