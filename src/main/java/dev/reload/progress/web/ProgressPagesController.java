package dev.reload.progress.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import dev.reload.account.AccountId;
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
import dev.reload.system.web.GatedPatient;
import dev.reload.system.web.NotFoundException;
import dev.reload.system.web.PatientRead;

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
        return page(me.accountId(), model);
    }

    /** The same page of a linked patient, read-only, for their clinician (behind the clinician workspace's gate). */
    @GetMapping("/clinic/patients/{accountId}/progress")
    @PatientRead("audit.what.progress")
    String patientProgress(@PathVariable long accountId, HttpServletRequest request, Model model) {
        AccountId patient = new AccountId(GatedPatient.of(request));
        AccountService.AccountView account =
                accounts.find(patient).orElseThrow(() -> new NotFoundException("patient", patient.value()));
        model.addAttribute("patientId", patient.value());
        model.addAttribute(
                "patientName",
                account.displayName() == null || account.displayName().isBlank()
                        ? account.email()
                        : account.displayName());
        return page(patient, model);
    }

    private String page(AccountId owner, Model model) {
        DistanceUnit distances = accounts.distanceUnit(owner);
        Progress course = ShownDistances.shown(progress.progress(owner), distances);
        model.addAttribute("progress", course);
        model.addAttribute("unitKey", ShownDistances.unitKey(course, distances));
        model.addAttribute("charts", charts.all(course));
        PainTrend trend = painTrend.trend(owner);
        List<OutcomeView> history = outcomes.all(owner);
        model.addAttribute("trend", trend);
        model.addAttribute("trendChart", outcomeCharts.painTrend(trend));
        model.addAttribute("history", history);
        model.addAttribute("scoresChart", outcomeCharts.scores(history));
        return VIEW;
    }
}
