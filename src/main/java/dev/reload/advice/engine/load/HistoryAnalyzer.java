package dev.reload.advice.engine.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.reload.knee.Activity;
import dev.reload.knee.Severity;

/**
 * rules.md R6: training errors in a history, per activity. Pure: same input, same output; no clock.
 * A small orchestrator: it splits the history by activity, lays each out once
 * ({@link ActivityHistory}: days, weeks, ratios) and runs every rule of {@link HistoryRules#RULES}
 * on it.
 *
 * <p>Each activity is judged on the history's calendar weeks (rules.md R6, 2026-12-01): a week
 * without a session of it is volume 0 for it, and only a week that began before the first day of the
 * whole history is partly known, never the "week before" of R6.weekly-jump, R6.two-week-spike or
 * R6.both. Each activity's days (and so its ratios, warming up for 28 days) start at its first session.
 *
 * <pre>
 * HistoryAnalysis analysis = HistoryAnalyzer.analyze(sessions, Optional.of(painOnset));
 * analysis.weeks();          // ISO weeks per activity with volume, ratios, monotony, strain
 * analysis.findings();       // every R6 finding, oldest first
 * analysis.whatWentWrong();  // those of the 8 weeks before the pain began
 * </pre>
 */
public final class HistoryAnalyzer {

    public static final String WEEKLY_JUMP = WeeklyJumpRule.ID;
    public static final String TWO_WEEK_SPIKE = TwoWeekSpikeRule.ID;
    public static final String ACWR = AcuteChronicRatioRule.ID;
    public static final String BOTH = VolumeAndIntensityRule.ID;
    public static final String NO_RECOVERY = NoRecoveryRule.ID;
    public static final String RETURN_TOO_FAST = ReturnTooFastRule.ID;
    public static final String MONOTONY = MonotonyRule.ID;
    public static final String GEAR = GearChangeRule.ID;

    /**
     * The longest history laid out, from its first session to its last (or to the pain's onset):
     * 100 years, as long as the adviser walks a plan ({@code AdviceEngine.MAX_PLAN_DAYS}). Every day
     * and week in between is laid out, so callers refuse longer spans.
     */
    public static final long MAX_SPAN_DAYS = 36_525;

    /** The rules' ids in their fixed order (ties on the same date are listed in this order). */
    public static final List<String> RULES =
            HistoryRules.RULES.stream().map(HistoryRule::id).toList();

    private final HistoryKnobs knobs;

    public HistoryAnalyzer(HistoryKnobs knobs) {
        this.knobs = knobs;
    }

    /** R6 with the rule's own numbers ({@link HistoryKnobs#DEFAULTS}). */
    public static HistoryAnalysis analyze(List<HistorySession> sessions, Optional<LocalDate> painOnset) {
        return new HistoryAnalyzer(HistoryKnobs.DEFAULTS).analyze(new HistoryInput(sessions, painOnset));
    }

    public HistoryAnalysis analyze(HistoryInput input) {
        // activities in the order of their names (CYCLE before RUN), as the answer has always listed them
        Map<Activity, List<HistorySession>> byActivity = new TreeMap<>(Comparator.comparing(Activity::name));
        for (HistorySession session : input.sessions()) {
            byActivity
                    .computeIfAbsent(session.activity(), a -> new ArrayList<>())
                    .add(session);
        }
        LocalDate historyFirst = input.sessions().stream()
                .map(HistorySession::date)
                .min(Comparator.naturalOrder())
                .orElse(null);
        List<HistoryWeek> weeks = new ArrayList<>();
        List<HistoryFinding> findings = new ArrayList<>();
        for (Map.Entry<Activity, List<HistorySession>> entry : byActivity.entrySet()) {
            List<HistorySession> sessions = new ArrayList<>(entry.getValue());
            sessions.sort(Comparator.comparing(HistorySession::date));
            List<GearChange> gear = input.gearChanges().stream()
                    .filter(g -> g.activity() == entry.getKey())
                    .toList();
            ActivityHistory history = new ActivityHistory(
                    entry.getKey(), historyFirst, sessions, input.painOnset(), gear, input.redWeekStarts(), knobs);
            weeks.addAll(history.weeks());
            for (HistoryRule rule : HistoryRules.RULES) {
                findings.addAll(rule.findings(history));
            }
        }
        // a stable sort: findings of one rule, day and activity stay in the order the rule found them
        findings.sort(Comparator.comparing(HistoryFinding::date)
                .thenComparing(f -> RULES.indexOf(f.rule()))
                .thenComparing(f -> f.activity().name()));
        List<HistoryFinding> whatWentWrong = input.painOnset()
                .map(onset -> {
                    LocalDate from = onset.minusWeeks(knobs.lookbackWeeks());
                    return findings.stream()
                            .filter(f ->
                                    !f.endDate().isBefore(from) && !f.date().isAfter(onset))
                            .toList();
                })
                .orElse(List.of());
        return new HistoryAnalysis(weeks, findings, whatWentWrong);
    }

    /** R6.acwr: HIGH from the high threshold, CAUTION above the caution one, INFO (under-loaded) below the low one. */
    public static Optional<Severity> classifyAcuteChronicRatio(double acuteChronicRatio, HistoryKnobs knobs) {
        return AcuteChronicRatioRule.classify(acuteChronicRatio, knobs);
    }
}
