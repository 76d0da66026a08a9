package dev.reload.advice.engine.load;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.reload.knee.Severity;

import static dev.reload.advice.engine.load.Histories.MONDAY;
import static dev.reload.advice.engine.load.Histories.weekly;
import static org.assertj.core.api.Assertions.assertThat;

/** R6.two-week-spike: more than 130 % of the volume two weeks before. */
class TwoWeekSpikeRuleTests {

    @ParameterizedTest(name = "{0} → {1} → {2}: spike {3}")
    @CsvSource({
        "10, 12, 12.99, false",
        "10, 12, 13, false",
        "10, 12, 13.01, true",
        "10, 0, 13.01, true",
        "0, 10, 20, false"
    })
    void flagsAWeekAboveThirtyPercentMoreThanTwoWeeksBefore(
            double twoBefore, double before, double volume, boolean flagged) {
        List<HistoryFinding> found = new TwoWeekSpikeRule().findings(Histories.of(weekly(twoBefore, before, volume)));
        assertThat(found).hasSize(flagged ? 1 : 0);
        assertThat(found).allSatisfy(f -> {
            assertThat(f.rule()).isEqualTo("R6.two-week-spike");
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.date()).isEqualTo(MONDAY.plusWeeks(2));
            assertThat(f.source()).isEqualTo(TwoWeekSpikeRule.SOURCE);
            assertThat(f.evidence()).startsWith("Moderate:").contains("borderline");
        });
    }
}
