package dev.reload.advice.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.reload.advice.engine.load.HistoryAnalyzer;
import dev.reload.advice.engine.load.HistoryFinding;
import dev.reload.advice.engine.load.HistorySession;

/**
 * R8.training-error — any R6 finding in the log of the 8 weeks before the pain began (logged and
 * imported sessions alike, rated or not). R6.gear is left to R8.gear (footwear and surface), and an
 * under-loaded ratio (R6.acwr at INFO: load well below usual, often the pain itself) is not an error
 * of too much load.
 */
final class TrainingErrorRule implements AdviceRule {

    static final String ID = "R8.training-error";

    @Override
    public void apply(Situation s, AdviceDraft draft) {
        LocalDate onset = s.input().painOnset();
        if (onset == null || s.log().anySession.length == 0) {
            return;
        }
        List<HistoryFinding> found = findings(List.of(s.log().anySession), onset);
        if (found.isEmpty()) {
            return;
        }
        Set<String> rules = new LinkedHashSet<>();
        List<String> evidence = new ArrayList<>();
        for (HistoryFinding f : found) {
            rules.add(f.rule());
            evidence.add(f.message());
        }
        String text = String.join(" ", evidence);
        Contributors.add(s, draft, ContributorKind.TRAINING_ERROR, text, ID,
                "In the 8 weeks before the pain began the log shows " + found.size() + " training error"
                        + (found.size() == 1 ? "" : "s") + " (" + String.join(", ", rules) + "): " + text
                        + " Load that rises faster than the body adapts is the most common start of overuse"
                        + " knee pain; the plan now rises gradually.",
                Sources.and(Sources.ARTICLE, Sources.NIELSEN_2014));
    }

    /** The R6 findings (except R6.gear and under-loading) of the 8 weeks before {@code onset}, oldest first. */
    static List<HistoryFinding> findings(List<ActivitySession> sessions, LocalDate onset) {
        List<HistorySession> history = new ArrayList<>(sessions.size());
        for (ActivitySession a : sessions) {
            if (!a.date().isAfter(onset)) {
                history.add(new HistorySession(a.date(), a.activity().name(), a.volume(),
                        a.durationMin() == null ? null : a.durationMin().doubleValue(), a.rpe(),
                        a.avgPaceSecPerKm() == null || a.avgPaceSecPerKm() <= 0 ? null
                                : a.avgPaceSecPerKm().doubleValue(),
                        null, null));
            }
        }
        if (history.isEmpty()) {
            return List.of();
        }
        return HistoryAnalyzer.analyze(history, Optional.of(onset)).whatWentWrong().stream()
                .filter(f -> !HistoryAnalyzer.GEAR.equals(f.rule()))
                .filter(f -> f.severity() != dev.reload.advice.engine.load.Severity.INFO)
                .toList();
    }
}
