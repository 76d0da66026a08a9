package dev.reload.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import dev.reload.account.AccountId;
import dev.reload.advice.EngineInputs;
import dev.reload.advice.engine.load.HistoryAnalysis;
import dev.reload.advice.engine.load.HistoryAnalyzer;
import dev.reload.advice.engine.load.HistorySession;
import dev.reload.advice.engine.load.HistoryWeek;
import dev.reload.knee.Activity;
import dev.reload.log.SessionService;
import dev.reload.plan.PlanService;

/** R6 on what an account has logged and imported: "what went wrong" before the pain began. */
@Service
public class HistoryService {

    /** Weeks shown before the pain began (rules.md: "the 8 weeks before the pain-onset date"). */
    public static final int WEEKS_BEFORE = 8;

    private final SessionService log;
    private final PlanService plans;

    HistoryService(SessionService log, PlanService plans) {
        this.log = log;
        this.plans = plans;
    }

    /**
     * What went wrong for the account: its pain-onset date (from the active plan), the analysis of
     * its whole log, and the weeks of the activity that matters most (the plan's target activity) in
     * the 8 weeks before the onset.
     */
    public record WhatWentWrong(
            LocalDate painOnset, String activity, HistoryAnalysis analysis, List<HistoryWeek> weeks) {}

    /** Empty when the account has no plan with a pain-onset date. */
    public Optional<WhatWentWrong> whatWentWrong(AccountId owner) {
        return plans.active(owner).filter(p -> p.entry().painOnset() != null).map(active -> {
            LocalDate onset = active.entry().painOnset();
            List<HistorySession> sessions = EngineInputs.historySessions(log.all(owner).stream()
                    .filter(s -> !s.date().isAfter(onset))
                    .toList());
            HistoryAnalysis analysis = HistoryAnalyzer.analyze(sessions, Optional.of(onset));
            Activity activity = active.entry().targetActivity();
            return new WhatWentWrong(onset, activity.name(), analysis, weeksBefore(analysis, activity, onset));
        });
    }

    /** The 8 ISO weeks up to the one holding {@code onset}, each with its figures (an empty week has volume 0). */
    static List<HistoryWeek> weeksBefore(HistoryAnalysis analysis, Activity activity, LocalDate onset) {
        LocalDate lastMonday = onset.with(java.time.DayOfWeek.MONDAY);
        return java.util.stream.IntStream.range(0, WEEKS_BEFORE)
                .mapToObj(i -> lastMonday.minusWeeks(WEEKS_BEFORE - 1 - i))
                .map(monday -> analysis.weeks().stream()
                        .filter(w -> w.activity() == activity && w.start().equals(monday))
                        .findFirst()
                        .orElse(new HistoryWeek(monday, activity, 0, 0, null, null, null, null, null, null)))
                .toList();
    }
}
