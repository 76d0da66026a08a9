package dev.reload.advice.engine.load;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.reload.knee.Activity;
import dev.reload.knee.Severity;

import static dev.reload.advice.engine.load.Histories.MONDAY;
import static dev.reload.advice.engine.load.Histories.run;
import static org.assertj.core.api.Assertions.assertThat;

/** R6.both: volume up more than 10 % and intensity up (more RPE ≥ 7 sessions, or a mean pace more than 5 % faster). */
class VolumeAndIntensityRuleTests {

    @ParameterizedTest(name = "10 → {0} with one hard session more: flagged {1}")
    @CsvSource({"10.99, false", "11, false", "11.01, true"})
    void needsVolumeUpMoreThanTenPercent(double volume, boolean flagged) {
        List<HistorySession> sessions = List.of(run(MONDAY, 10, 5), run(MONDAY.plusWeeks(1), volume, 7));
        assertFlagged(sessions, flagged);
    }

    @ParameterizedTest(name = "RPE {0} after a week at RPE 6: flagged {1}")
    @CsvSource({"6, false", "7, true", "8, true"})
    void aHardSessionIsOneOfRpeSevenOrMore(int rpe, boolean flagged) {
        List<HistorySession> sessions = List.of(run(MONDAY, 10, 6), run(MONDAY.plusWeeks(1), 12, rpe));
        assertFlagged(sessions, flagged);
    }

    @ParameterizedTest(name = "{0} hard sessions after 1: flagged {1}")
    @CsvSource({"0, false", "1, false", "2, true"})
    void needsMoreHardSessionsThanTheWeekBefore(int hard, boolean flagged) {
        List<HistorySession> sessions = new java.util.ArrayList<>(List.of(run(MONDAY, 10, 7)));
        for (int i = 0; i < 3; i++) {
            sessions.add(run(MONDAY.plusWeeks(1).plusDays(i), 4, i < hard ? 7 : 4));
        }
        assertFlagged(sessions, flagged);
    }

    @ParameterizedTest(name = "a mean pace of {0} s/km after 300: flagged {1}")
    @CsvSource({"285.01, false", "285, false", "284.99, true"})
    void orAMeanPaceMoreThanFivePercentFaster(double pace, boolean flagged) {
        List<HistorySession> sessions = List.of(
                new HistorySession(MONDAY, Activity.RUN, 10, null, null, 300.0, null, null),
                new HistorySession(MONDAY.plusWeeks(1), Activity.RUN, 12, null, null, pace, null, null));
        assertFlagged(sessions, flagged);
    }

    private static void assertFlagged(List<HistorySession> sessions, boolean flagged) {
        List<HistoryFinding> found = new VolumeAndIntensityRule().findings(Histories.of(sessions));
        assertThat(found).hasSize(flagged ? 1 : 0).allSatisfy(f -> {
            assertThat(f.rule()).isEqualTo("R6.both");
            assertThat(f.severity()).isEqualTo(Severity.CAUTION);
            assertThat(f.date()).isEqualTo(MONDAY.plusWeeks(1));
            assertThat(f.source()).isEqualTo(VolumeAndIntensityRule.SOURCE);
            assertThat(f.evidence()).startsWith("Low:");
        });
    }
}
