package dev.reload.advice.engine.load;

import java.util.List;
import java.util.Locale;

import dev.reload.knee.Severity;

import static dev.reload.advice.engine.load.ActivityHistory.EPSILON;
import static dev.reload.advice.engine.load.HistoryWords.day;
import static dev.reload.advice.engine.load.HistoryWords.number;

/**
 * R6.monotony (caution): a week's monotony (mean daily load over its population standard deviation,
 * rest days as 0; Foster 1998) above 2.0, with its strain (weekly load × monotony) beside it. A week
 * without variation has no monotony and is never flagged.
 */
final class MonotonyRule implements HistoryRule {

    static final String ID = "R6.monotony";
    static final String SOURCE = "Foster 1998 (Med Sci Sports Exerc 30:1164–1168)";
    static final String EVIDENCE =
            "Moderate: from studies of overtraining and illness in athletes; not specific to knee pain.";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<HistoryFinding> findings(ActivityHistory history) {
        HistoryKnobs knobs = history.knobs();
        return history.weeks().stream()
                .filter(week -> week.monotony() != null && week.monotony() > knobs.monotony() + EPSILON)
                .map(week -> new HistoryFinding(
                        ID,
                        Severity.CAUTION,
                        HistoryFinding.Scope.WEEK,
                        week.start(),
                        history.activity(),
                        "In the week of " + day(week.start()) + " your " + history.activityName()
                                + " load hardly varied from day"
                                + " to day: monotony " + String.format(Locale.ROOT, "%.2f", week.monotony())
                                + " (above "
                                + number(knobs.monotony()) + "), strain "
                                + String.format(Locale.ROOT, "%.1f", week.strain())
                                + " for a weekly load of " + number(week.weeklyLoad())
                                + ". Easy days and rest days help recovery.",
                        SOURCE,
                        EVIDENCE))
                .toList();
    }
}
