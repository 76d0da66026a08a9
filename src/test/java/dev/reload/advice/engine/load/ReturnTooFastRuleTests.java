package dev.reload.advice.engine.load;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.reload.knee.Severity;

import static dev.reload.advice.engine.load.Histories.MONDAY;
import static dev.reload.advice.engine.load.Histories.run;
import static org.assertj.core.api.Assertions.assertThat;

/** R6.return-too-fast: after 14+ days without the activity, a first week back at ≥ 80 % of the last week before. */
class ReturnTooFastRuleTests {

    @ParameterizedTest(name = "{0} days off, back at 20 of 20: flagged {1}")
    @CsvSource({"13, false", "14, true", "15, true"})
    void aBreakIsFourteenDaysOrMore(int daysOff, boolean flagged) {
        assertFlagged(daysOff, 20, flagged);
    }

    @ParameterizedTest(name = "14 days off, back at {0} of 20: flagged {1}")
    @CsvSource({"15.99, false", "16, true", "16.01, true"})
    void tooFastIsEightyPercentOrMoreOfTheLastWeekBefore(double back, boolean flagged) {
        assertFlagged(14, back, flagged);
    }

    private static void assertFlagged(int daysOff, double back, boolean flagged) {
        LocalDate last = MONDAY.plusDays(3);
        LocalDate again = last.plusDays(daysOff + 1L);
        List<HistoryFinding> found = new ReturnTooFastRule()
                .findings(Histories.of(List.of(run(MONDAY, 10), run(last, 10), run(again, back))));
        assertThat(found).hasSize(flagged ? 1 : 0).allSatisfy(f -> {
            assertThat(f.rule()).isEqualTo("R6.return-too-fast");
            assertThat(f.severity()).isEqualTo(Severity.CAUTION);
            assertThat(f.date()).isEqualTo(again);
            assertThat(f.message()).startsWith("After " + daysOff + " days without running");
            assertThat(f.source()).isEqualTo(ReturnTooFastRule.SOURCE);
            assertThat(f.evidence()).startsWith("Moderate:");
        });
    }
}
