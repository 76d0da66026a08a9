package dev.reload.progress.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dev.reload.account.AccountPrincipal;
import dev.reload.account.AccountService;
import dev.reload.account.DistanceUnit;
import dev.reload.outcomes.OutcomeCharts;
import dev.reload.outcomes.OutcomeService;
import dev.reload.outcomes.OutcomeView;
import dev.reload.outcomes.PainTrend;
import dev.reload.outcomes.PainTrendService;
import dev.reload.progress.Progress;
import dev.reload.progress.ProgressCharts;
import dev.reload.progress.ProgressService;

/**
 * The progress page: the plan's course as charts, each with a table of the same numbers, and the
 * outcomes (the pain trend and the questionnaire scores).
 */
@Controller
class ProgressPagesController {

    static final String VIEW = "progress/progress";

    private final ProgressService progress;
    private final ProgressCharts charts;
    private final PainTrendService painTrend;
    private final OutcomeService outcomes;
    private final OutcomeCharts outcomeCharts;
    private final AccountService accounts;

    ProgressPagesController(
            ProgressService progress,
            ProgressCharts charts,
            PainTrendService painTrend,
            OutcomeService outcomes,
            OutcomeCharts outcomeCharts,
            AccountService accounts) {
        this.progress = progress;
        this.charts = charts;
        this.painTrend = painTrend;
        this.outcomes = outcomes;
        this.outcomeCharts = outcomeCharts;
        this.accounts = accounts;
    }

    @GetMapping("/progress")
    String progress(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        DistanceUnit distances = accounts.distanceUnit(me.accountId());
        Progress course = ShownDistances.shown(progress.progress(me.accountId()), distances);
        model.addAttribute("progress", course);
        model.addAttribute("unitKey", ShownDistances.unitKey(course, distances));
        model.addAttribute("charts", charts.all(course));
        PainTrend trend = painTrend.trend(me.accountId());
        List<OutcomeView> history = outcomes.all(me.accountId());
        model.addAttribute("trend", trend);
        model.addAttribute("trendChart", outcomeCharts.painTrend(trend));
        model.addAttribute("history", history);
        model.addAttribute("scoresChart", outcomeCharts.scores(history));
        return VIEW;
    }
}
