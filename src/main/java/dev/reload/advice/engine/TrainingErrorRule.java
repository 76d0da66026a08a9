package dev.reload.advice.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.reload.advice.engine.load.HistoryAnalyzer;
import dev.reload.advice.engine.load.HistoryFinding;
import dev.reload.advice.engine.load.HistorySession;
import dev.reload.knee.ContributorKind;

/**
 * R8.training-error — any R6 finding (history analysis, {@code dev.reload.advice.engine.load}) in
 * the log of the 8 weeks before the pain began, dated before the onset; R6.gear is left to its own
 * contributor (R8.gear). R6 sees the sessions of the 16 weeks before the onset: the 8 weeks, and
 * 8 more for its 28-day ratios to warm up.
 */
final class TrainingErrorRule implements AdviceRule {

    static final String ID = "R8.training-error";
    /** The 8 weeks R8 looks at, plus 28 days for R6's chronic load and 28 more for its weighted averages to settle. */
    static final int HISTORY_DAYS = 8 * 7 + 28 + 28;

    @Override
    public void apply(Situation s, AdviceDraft draft) {
        LocalDate onset = s.input().painOnset();
        if (onset == null || onset.isAfter(s.asOf())) {
            return;
        }
        LogIndex log = s.log();
        long from = onset.toEpochDay() - HISTORY_DAYS;
        long to = onset.toEpochDay();
        List<HistorySession> history = new ArrayList<>();
        for (int i = LogIndex.lowerBound(log.anyDay, from); i < log.sessions && log.anyDay[i] <= to; i++) {
            history.add(HistorySession.of(log.anySession[i]));
        }
        if (history.isEmpty()) {
            return;
        }
        List<HistoryFinding> errors = HistoryAnalyzer.analyze(history, Optional.of(onset)).whatWentWrong().stream()
                .filter(f -> !f.rule().equals(HistoryAnalyzer.GEAR) && f.date().isBefore(onset))
                .toList();
        if (errors.isEmpty()) {
            return;
        }
        Map<String, List<HistoryFinding>> byRule = new LinkedHashMap<>();
        for (HistoryFinding e : errors) {
            byRule.computeIfAbsent(e.rule(), k -> new ArrayList<>()).add(e);
        }
        List<String> evidence = new ArrayList<>();
        byRule.forEach((rule, found) -> evidence.add(
                error(rule) + " " + (found.get(0).scope() == HistoryFinding.Scope.WEEK ? "in the week of " : "on ")
                        + Days.inWords(found.get(0).date())
                        + (found.size() > 1 ? " and " + (found.size() - 1) + " more" : "")));
        String text = String.join("; ", evidence);
        Contributors.add(
                s,
                draft,
                ContributorKind.TRAINING_ERROR,
                text,
                ID,
                "The weeks before the pain began show training errors (" + text + "): the plan's steady,"
                        + " one-change-at-a-time progression is there to avoid repeating them.",
                Sources.and(Sources.NIELSEN_2014, Sources.GABBETT_2016));
    }

    /** An R6 finding as a training error in words (its rule id stays in the contributor's tag). */
    static String error(String rule) {
        return switch (rule) {
            case "R6.weekly-jump" -> "a jump in weekly volume";
            case "R6.two-week-spike" -> "a two-week spike";
            case "R6.acwr" -> "a sharp rise against the month before";
            case "R6.monotony" -> "weeks with no easy days";
            case "R6.no-recovery" -> "no recovery days";
            case "R6.both" -> "more volume and more intensity at once";
            case "R6.return-too-fast" -> "a return that was too fast";
            default -> "a training error";
        };
    }
}
