package dev.reload.advice.engine.load;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.reload.knee.Activity;
import dev.reload.knee.Severity;

import static dev.reload.advice.engine.load.Histories.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

/** R6.gear: new shoes, or a change of main surface, within 21 days before the pain began or a RED week. */
class GearChangeRuleTests {

    private static final LocalDate ONSET = MONDAY.plusWeeks(6);

    @ParameterizedTest(name = "new shoes {0} days before the pain: flagged {1}")
    @CsvSource({"22, false", "21, true", "20, true", "0, true", "-1, false"})
    void newShoesWithinTwentyOneDaysBeforeThePain(int daysBefore, boolean flagged) {
        LocalDate change = ONSET.minusDays(daysBefore);
        List<HistorySession> sessions = List.of(
                new HistorySession(MONDAY, Activity.RUN, 5, null, null, null, null, "Old pair"),
                new HistorySession(change, Activity.RUN, 5, null, null, null, null, "New pair"));
        List<HistoryFinding> found =
                new GearChangeRule().findings(Histories.of(sessions, Optional.of(ONSET), List.of(), List.of()));
        assertThat(found).hasSize(flagged ? 1 : 0).allSatisfy(f -> {
            assertThat(f.rule()).isEqualTo("R6.gear");
            assertThat(f.severity()).isEqualTo(Severity.CAUTION);
            assertThat(f.date()).isEqualTo(change);
            assertThat(f.message()).endsWith(daysBefore + " days before the pain began.");
            assertThat(f.source()).isEqualTo(GearChangeRule.SOURCE);
            assertThat(f.evidence()).startsWith("Low:");
        });
    }

    @ParameterizedTest(name = "a new main surface {0} days before a RED week: flagged {1}")
    @CsvSource({"22, false", "21, true", "20, true"})
    void aChangeOfMainSurfaceWithinTwentyOneDaysBeforeARedWeek(int daysBefore, boolean flagged) {
        LocalDate red = MONDAY.plusWeeks(6);
        LocalDate change = red.minusDays(daysBefore);
        List<HistorySession> sessions = List.of(
                new HistorySession(MONDAY, Activity.RUN, 5, null, null, null, "road", null),
                new HistorySession(change, Activity.RUN, 5, null, null, null, "trail", null));
        List<HistoryFinding> found =
                new GearChangeRule().findings(Histories.of(sessions, Optional.empty(), List.of(), List.of(red)));
        assertThat(found)
                .hasSize(flagged ? 1 : 0)
                .allSatisfy(f -> assertThat(f.message())
                        .startsWith("Main surface changed from road to trail")
                        .endsWith(daysBefore + " days before a RED week (from 16 February 2026)."));
    }
}
