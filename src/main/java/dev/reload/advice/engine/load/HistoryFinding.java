package dev.reload.advice.engine.load;

import java.time.LocalDate;

import dev.reload.knee.Activity;
import dev.reload.knee.Severity;

/**
 * A training error R6 found in a history.
 *
 * @param rule       the rules.md id, e.g. {@code R6.weekly-jump}
 * @param severity how much it matters
 * @param scope    whether {@code date} is a week's Monday or a single day
 * @param date     the week (its Monday) or the day the finding concerns
 * @param activity the activity it concerns
 * @param message  plain words with the numbers that triggered it
 * @param source   where the rule comes from
 * @param evidence how strong the evidence behind the rule is, in plain words
 */
public record HistoryFinding(
        String rule,
        Severity severity,
        Scope scope,
        LocalDate date,
        Activity activity,
        String message,
        String source,
        String evidence) {

    /** What {@code date} stands for. */
    public enum Scope {
        WEEK,
        DAY
    }

    /** The last day the finding concerns: the Sunday of a week finding, else the day itself. */
    public LocalDate endDate() {
        return scope == Scope.WEEK ? date.plusDays(6) : date;
    }
}
