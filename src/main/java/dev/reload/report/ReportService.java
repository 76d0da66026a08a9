package dev.reload.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.reload.account.AccountId;
import dev.reload.account.AccountService;
import dev.reload.account.AccountService.AccountView;
import dev.reload.account.PersonalClock;
import dev.reload.advice.RecentFindings;
import dev.reload.advice.RecentFindingsService;
import dev.reload.library.LibraryLinks;
import dev.reload.outcomes.OutcomeService;
import dev.reload.outcomes.PainTrend;
import dev.reload.outcomes.PainTrend.PainWeek;
import dev.reload.outcomes.PainTrendService;
import dev.reload.plan.PlanEntry;
import dev.reload.plan.PlanPhases;
import dev.reload.plan.PlanService;
import dev.reload.plan.PlanService.PlanView;
import dev.reload.progress.Progress;
import dev.reload.progress.ProgressService;
import dev.reload.report.ClinicianReport.Chart;
import dev.reload.report.ClinicianReport.Person;
import dev.reload.report.ClinicianReport.PlanPosition;
import dev.reload.system.web.NotFoundException;

/** Gathers a {@link ClinicianReport} for an account from the features that own each part. */
@Service
public class ReportService {

    private final AccountService accounts;
    private final PersonalClock clock;
    private final PlanService plans;
    private final PlanPhases phases;
    private final RecentFindingsService findings;
    private final PainTrendService painTrend;
    private final OutcomeService outcomes;
    private final ProgressService progress;
    private final ReportCharts charts;
    private final ReportPdf pdf;
    private final TransactionTemplate readOnly;

    ReportService(
            AccountService accounts,
            PersonalClock clock,
            PlanService plans,
            PlanPhases phases,
            RecentFindingsService findings,
            PainTrendService painTrend,
            OutcomeService outcomes,
            ProgressService progress,
            ReportCharts charts,
            ReportPdf pdf,
            PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.clock = clock;
        this.plans = plans;
        this.phases = phases;
        this.findings = findings;
        this.painTrend = painTrend;
        this.outcomes = outcomes;
        this.progress = progress;
        this.charts = charts;
        this.pdf = pdf;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * The account's report as a PDF, as it stands on the person's today: read in one read-only
     * transaction, so that its parts agree, and rendered after it. Each finding's rule links to the
     * library page that explains it, on the site at {@code siteAddress} ({@code https://reload.example}).
     */
    public ReportDocument document(AccountId owner, String siteAddress) {
        ClinicianReport report = readOnly.execute(status -> report(owner));
        return new ReportDocument(report.madeOn(), pdf.pdf(report, ruleLinks(report, siteAddress)));
    }

    /** For each finding's rule that the library explains, the page's full address. */
    static Map<String, String> ruleLinks(ClinicianReport report, String siteAddress) {
        if (report.findings() == null) {
            return Map.of();
        }
        Map<String, String> links = new LinkedHashMap<>();
        LibraryLinks.forRules(
                        report.findings().findings().stream().map(RecentFindings.RuleFinding::rule),
                        report.plan() == null ? null : report.plan().entry().condition())
                .forEach((rule, path) -> links.put(rule, siteAddress + path));
        return links;
    }

    /** The report of the account as it stands on the person's today. */
    ClinicianReport report(AccountId owner) {
        AccountView account = accounts.find(owner).orElseThrow(() -> new NotFoundException("account", owner.value()));
        LocalDate today = clock.today(owner);
        Optional<PlanView> plan = plans.active(owner);
        PlanPosition position = plan.map(p -> position(owner, p.entry(), today)).orElse(null);
        RecentFindings recent =
                plan.flatMap(p -> findings(owner, p.entry(), today)).orElse(null);
        PainTrend trend = painTrend.trend(owner);
        List<Chart> drawn = new ArrayList<>();
        Progress course = progress.progress(owner, today);
        charts.volume(course).ifPresent(drawn::add);
        List<PainWeek> painWeeks = ClinicianReport.lastWeeks(trend.weeks());
        charts.painTrend(trend, painWeeks).ifPresent(drawn::add);
        charts.painDays(course).ifPresent(drawn::add);
        charts.ratio(course).ifPresent(drawn::add);
        charts.strength(course).ifPresent(drawn::add);
        charts.adherence(course).ifPresent(drawn::add);
        Integer age = plan.map(PlanView::entry)
                .map(PlanEntry::assessment)
                .map(a -> a.age())
                .orElse(null);
        return new ClinicianReport(
                today,
                new Person(account.displayName(), account.email(), age),
                position,
                plans.screenings(owner),
                recent,
                trend,
                painWeeks,
                outcomes.all(owner),
                drawn);
    }

    private PlanPosition position(AccountId owner, PlanEntry plan, LocalDate today) {
        long days = ChronoUnit.DAYS.between(plan.startDate(), today);
        int week = days < 0 ? 0 : (int) (days / 7) + 1;
        LocalDate weekStart = week == 0 ? plan.startDate() : plan.startDate().plusWeeks(week - 1L);
        return new PlanPosition(
                plan, week, weekStart, phases.phaseOn(owner, today).orElse(null));
    }

    /** The last {@value ClinicianReport#FINDING_WEEKS} weeks up to today, from the plan's start at the earliest. */
    private Optional<RecentFindings> findings(AccountId owner, PlanEntry plan, LocalDate today) {
        LocalDate from = today.minusWeeks(ClinicianReport.FINDING_WEEKS).plusDays(1);
        if (from.isBefore(plan.startDate())) {
            from = plan.startDate().isAfter(today) ? today : plan.startDate();
        }
        return findings.between(owner, from, today);
    }
}
