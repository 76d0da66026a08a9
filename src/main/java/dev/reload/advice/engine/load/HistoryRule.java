package dev.reload.advice.engine.load;

import java.util.List;

/**
 * One training error of rules.md R6, looked for in one activity's history. Each rule names its
 * rules.md id, and returns its findings with that id, its source and the strength of the evidence
 * behind it; {@link HistoryRules#RULES} lists them all, in their fixed order.
 */
interface HistoryRule {

    /** The rules.md id, e.g. {@code R6.weekly-jump}. */
    String id();

    /** The findings in the activity's history, in the order they were found. */
    List<HistoryFinding> findings(ActivityHistory history);
}
