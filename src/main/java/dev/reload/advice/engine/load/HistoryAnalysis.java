package dev.reload.advice.engine.load;

import java.util.List;

/**
 * R6 over a history.
 *
 * @param weeks         every ISO week of every activity, by activity then week
 * @param findings      every R6 finding, oldest first
 * @param whatWentWrong the findings of the 8 weeks before the pain-onset date, oldest first (empty without one)
 */
public record HistoryAnalysis(
        List<HistoryWeek> weeks, List<HistoryFinding> findings, List<HistoryFinding> whatWentWrong) {

    public HistoryAnalysis {
        weeks = List.copyOf(weeks);
        findings = List.copyOf(findings);
        whatWentWrong = List.copyOf(whatWentWrong);
    }
}
