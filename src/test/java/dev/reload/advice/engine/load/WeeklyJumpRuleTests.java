package dev.reload.advice.engine.load;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.reload.knee.Severity;

import static dev.reload.advice.engine.load.Histories.MONDAY;
import static dev.reload.advice.engine.load.Histories.weekly;
import static org.assertj.core.api.Assertions.assertThat;

/** R6.weekly-jump: more than 110 % of the week before. */
class WeeklyJumpRuleTests {

    @ParameterizedTest(name = "{1} after {0}: flagged {2}")
    @CsvSource({"10, 10.99, false", "10, 11, false", "10, 11.01, true", "0, 5, false"})
    void flagsAWeekAboveTenPercentMoreThanTheWeekBefore(double before, double volume, boolean flagged) {
        List<HistoryFinding> found = new WeeklyJumpRule().findings(Histories.of(weekly(before, volume)));
        assertThat(found).hasSize(flagged ? 1 : 0);
        assertThat(found).allSatisfy(f -> {
            assertThat(f.rule()).isEqualTo("R6.weekly-jump");
            assertThat(f.severity()).isEqualTo(Severity.CAUTION);
            assertThat(f.date()).isEqualTo(MONDAY.plusWeeks(1));
            assertThat(f.source()).isEqualTo(WeeklyJumpRule.SOURCE);
            assertThat(f.evidence()).startsWith("Weak:");
        });
    }
}
