package dev.reload.advice.engine.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.reload.knee.Severity;

import static dev.reload.advice.engine.load.Histories.MONDAY;
import static dev.reload.advice.engine.load.Histories.run;
import static org.assertj.core.api.Assertions.assertThat;

/** R6.acwr: the weighted ratio's flags, > 1.3 caution, ≥ 1.5 high, < 0.8 under-loaded; none while warming up. */
class AcuteChronicRatioRuleTests {

    @ParameterizedTest(name = "ratio {0} → {1}")
    @CsvSource({
        "0.799, INFO", "0.80, NONE", "0.801, NONE",
        "1.299, NONE", "1.30, NONE", "1.301, CAUTION",
        "1.499, CAUTION", "1.50, HIGH", "1.501, HIGH"
    })
    void classifiesTheRatioAtEachThreshold(double ratio, String expected) {
        assertThat(AcuteChronicRatioRule.classify(ratio, HistoryKnobs.DEFAULTS)
                        .map(Enum::name)
                        .orElse("NONE"))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} days of history from a {1}: flagged {2}")
    @CsvSource({"27, TUESDAY, false", "28, MONDAY, true"})
    void flagsNothingBeforeTwentyEightDaysOfHistory(int days, java.time.DayOfWeek firstDay, boolean flagged) {
        // the history ends on a Sunday either way, with a big last day: its ratio is high, or warming up
        LocalDate first = MONDAY.with(firstDay);
        List<HistorySession> sessions = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            sessions.add(run(first.plusDays(d), d == days - 1 ? 200 : 10));
        }
        List<HistoryFinding> found = new AcuteChronicRatioRule().findings(Histories.of(sessions));
        assertThat(found).hasSize(flagged ? 1 : 0).allSatisfy(f -> {
            assertThat(f.rule()).isEqualTo("R6.acwr");
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.date()).isEqualTo(MONDAY.plusWeeks(3));
            assertThat(f.source()).isEqualTo(AcuteChronicRatioRule.SOURCE);
            assertThat(f.evidence()).startsWith("Disputed:");
        });
    }

    @Test
    void aWeeksPeakRatioIsTheOneItsFindingNamesNotItsSundays() {
        // four weeks of 10 a day, then a big Wednesday and a quiet rest of the week
        List<HistorySession> sessions = new ArrayList<>();
        for (int d = 0; d < 35; d++) {
            sessions.add(run(MONDAY.plusDays(d), d < 28 ? 10 : d == 30 ? 60 : 2));
        }
        ActivityHistory history = Histories.of(sessions);
        HistoryWeek fifth = history.weeks().get(4);
        HistoryFinding found = new AcuteChronicRatioRule()
                .findings(history).stream()
                        .filter(f -> f.date().equals(fifth.start()))
                        .findFirst()
                        .orElseThrow();

        assertThat(fifth.acwrPeak()).isGreaterThan(fifth.acwrEwma());
        assertThat(found.message()).contains(String.format(java.util.Locale.ROOT, "%.2f", fifth.acwrPeak()));
    }

    @Test
    void aWeekIsUnderLoadedOnlyWhenEvenItsHighestRatioIsBelowTheLine() {
        // four weeks of 10 a day, then two of 1 a day: the first of them starts at 0.83, the second stays low
        List<HistorySession> sessions = new ArrayList<>();
        for (int d = 0; d < 42; d++) {
            sessions.add(run(MONDAY.plusDays(d), d < 28 ? 10 : 1));
        }
        assertThat(new AcuteChronicRatioRule().findings(Histories.of(sessions)))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.date()).isEqualTo(MONDAY.plusWeeks(5));
                    assertThat(f.message()).contains("(under 0.8)");
                });
    }
}
