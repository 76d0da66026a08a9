package dev.reload.advice.engine.load;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.reload.knee.Severity;

import static dev.reload.advice.engine.load.Histories.MONDAY;
import static dev.reload.advice.engine.load.Histories.run;
import static org.assertj.core.api.Assertions.assertThat;

/** R6.no-recovery: RPE ≥ 7 on consecutive days, or 7 or more days in a row without a rest day. */
class NoRecoveryRuleTests {

    @ParameterizedTest(name = "{0} hard days in a row: flagged {1}")
    @CsvSource({"1, false", "2, true", "3, true"})
    void hardSessionsOnConsecutiveDays(int days, boolean flagged) {
        List<HistorySession> sessions = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            sessions.add(run(MONDAY.plusDays(d), 5, 7));
        }
        List<HistoryFinding> found = new NoRecoveryRule().findings(Histories.of(sessions));
        assertThat(found).hasSize(flagged ? 1 : 0).allSatisfy(f -> {
            assertThat(f.date()).as("the second hard day").isEqualTo(MONDAY.plusDays(1));
            assertThat(f.message())
                    .startsWith("Hard running sessions (effort 7 or more) on " + days + " days in a row");
            assertFinding(f);
        });
    }

    @ParameterizedTest(name = "RPE 7 then {0}: flagged {1}")
    @CsvSource({"6, false", "7, true", "8, true"})
    void aHardDayIsOneWithRpeSevenOrMore(int rpe, boolean flagged) {
        List<HistorySession> sessions = List.of(run(MONDAY, 5, 7), run(MONDAY.plusDays(1), 5, rpe));
        assertThat(new NoRecoveryRule().findings(Histories.of(sessions))).hasSize(flagged ? 1 : 0);
    }

    @ParameterizedTest(name = "{0} days in a row: flagged {1}")
    @CsvSource({"6, false", "7, true", "8, true"})
    void sevenOrMoreDaysWithoutARestDay(int days, boolean flagged) {
        List<HistorySession> sessions = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            sessions.add(run(MONDAY.plusDays(d), 5));
        }
        List<HistoryFinding> found = new NoRecoveryRule().findings(Histories.of(sessions));
        assertThat(found).hasSize(flagged ? 1 : 0).allSatisfy(f -> {
            assertThat(f.date()).as("the seventh day").isEqualTo(MONDAY.plusDays(6));
            assertThat(f.message()).startsWith(days + " days of running in a row without a rest day");
            assertFinding(f);
        });
    }

    private static void assertFinding(HistoryFinding f) {
        assertThat(f.rule()).isEqualTo("R6.no-recovery");
        assertThat(f.severity()).isEqualTo(Severity.CAUTION);
        assertThat(f.scope()).isEqualTo(HistoryFinding.Scope.DAY);
        assertThat(f.source()).isEqualTo(NoRecoveryRule.SOURCE);
        assertThat(f.evidence()).startsWith("Moderate:");
    }
}
