package dev.reload.advice;

import java.time.LocalDate;
import java.util.List;

import dev.reload.knee.Severity;

/**
 * The reasons the adviser gave over a span of days, for a report: each rule once, the most severe
 * first and then in the order they first held, with the days it held and what it said on the last of them (a finding's words carry
 * the day's numbers, so the last is the one that stands).
 *
 * @param from the first day looked at
 * @param to the last day looked at
 * @param findings each rule that held on some day of the span, the most severe first
 */
public record RecentFindings(LocalDate from, LocalDate to, List<RuleFinding> findings) {

    public RecentFindings {
        findings = List.copyOf(findings);
    }

    /**
     * One rule over the span.
     *
     * @param rule the rule id of rules.md ({@code R4.red-week})
     * @param severity the most that the rule weighed on any of its days
     * @param message what it said on its last day
     * @param source where the rule comes from
     * @param firstDay the first day it held
     * @param lastDay the last day it held
     * @param days on how many days of the span it held
     */
    public record RuleFinding(
            String rule,
            Severity severity,
            String message,
            String source,
            LocalDate firstDay,
            LocalDate lastDay,
            int days) {}
}
