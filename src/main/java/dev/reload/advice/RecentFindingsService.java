package dev.reload.advice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import dev.reload.account.AccountId;
import dev.reload.advice.RecentFindings.RuleFinding;
import dev.reload.advice.engine.Advice;
import dev.reload.advice.engine.Finding;

/**
 * What the adviser said day by day over a span, rule by rule ({@link RecentFindings}): the advice
 * of each day, computed from one read of the plan, its screens and its log, as Today computed it
 * on that day (advice is computed on read, decision 0001).
 */
@Service
public class RecentFindingsService {

    /** The longest span looked at, so a report never asks the engine for years of days. */
    static final int MAX_DAYS = 366;

    private final AdviceService advice;

    RecentFindingsService(AdviceService advice) {
        this.advice = advice;
    }

    /**
     * The findings from {@code from} to {@code to} (both included; days before the plan's start
     * count too, the engine answers them), or empty when the account has no plan.
     */
    public Optional<RecentFindings> between(AccountId owner, LocalDate from, LocalDate to) {
        if (to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new IllegalArgumentException("a span of 1 to " + MAX_DAYS + " days, not " + from + " to " + to);
        }
        List<LocalDate> days = from.datesUntil(to.plusDays(1)).toList();
        return advice.adviceFor(owner, days).map(byDay -> new RecentFindings(from, to, byRule(byDay)));
    }

    /**
     * Each rule once, the most severe first and then by the day it first held; the last day's words
     * and the highest severity.
     */
    static List<RuleFinding> byRule(Map<LocalDate, Advice> byDay) {
        Map<String, RuleFinding> rules = new LinkedHashMap<>();
        byDay.forEach((day, advice) -> {
            for (Finding finding : advice.findings()) {
                RuleFinding seen = rules.get(finding.rule());
                rules.put(
                        finding.rule(),
                        seen == null
                                ? new RuleFinding(
                                        finding.rule(),
                                        finding.severity(),
                                        finding.message(),
                                        finding.source(),
                                        day,
                                        day,
                                        1)
                                : new RuleFinding(
                                        finding.rule(),
                                        seen.severity().compareTo(finding.severity()) >= 0
                                                ? seen.severity()
                                                : finding.severity(),
                                        finding.message(),
                                        finding.source(),
                                        seen.firstDay(),
                                        day,
                                        seen.lastDay().equals(day) ? seen.days() : seen.days() + 1));
            }
        });
        List<RuleFinding> ordered = new ArrayList<>(rules.values());
        ordered.sort(Comparator.comparing(RuleFinding::severity).reversed()); // stable: by first day within
        return ordered;
    }
}
