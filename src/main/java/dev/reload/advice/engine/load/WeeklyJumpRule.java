package dev.reload.advice.engine.load;

import java.util.ArrayList;
import java.util.List;

import dev.reload.knee.Severity;

import static dev.reload.advice.engine.load.ActivityHistory.EPSILON;
import static dev.reload.advice.engine.load.HistoryWords.day;
import static dev.reload.advice.engine.load.HistoryWords.number;
import static dev.reload.advice.engine.load.HistoryWords.percent;

/**
 * R6.weekly-jump (caution): a week's volume more than 110 % of the week before (the "10 % rule", a
 * heuristic with weak evidence — the finding says so). The week before must be fully known and not
 * empty (coming back after a gap is R6.return-too-fast's).
 */
final class WeeklyJumpRule implements HistoryRule {

    static final String ID = "R6.weekly-jump";
    static final String SOURCE = "The 10 % rule of thumb; Buist et al. 2008 (Am J Sports Med 36:33–39)";
    static final String EVIDENCE =
            "Weak: the 10 % rule is a rule of thumb. In a trial, a graded 10 % programme did not prevent"
                    + " injuries in new runners (Buist 2008). Treat it as a hint, not proof.";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<HistoryFinding> findings(ActivityHistory history) {
        List<HistoryFinding> findings = new ArrayList<>();
        List<HistoryWeek> weeks = history.weeks();
        for (int w = 0; w < weeks.size(); w++) {
            if (!history.comparable(w, 1)) {
                continue;
            }
            HistoryWeek week = weeks.get(w);
            HistoryWeek before = weeks.get(w - 1);
            if (jumped(week, before, history.knobs())) {
                findings.add(new HistoryFinding(
                        ID,
                        Severity.CAUTION,
                        HistoryFinding.Scope.WEEK,
                        week.start(),
                        history.activity(),
                        "In the week of " + day(week.start()) + " your " + history.activityName() + " went up by "
                                + percent(week.volume(), before.volume()) + " (" + number(before.volume()) + " to "
                                + number(week.volume()) + "), more than the 10 % a week often suggested.",
                        SOURCE,
                        EVIDENCE));
            }
        }
        return findings;
    }

    /** The volume rose above the weekly-jump share of a week before that had some (R6.both asks the same). */
    static boolean jumped(HistoryWeek week, HistoryWeek before, HistoryKnobs knobs) {
        return before.volume() > 0 && week.volume() > before.volume() * knobs.weeklyJumpRatio() + EPSILON;
    }
}
