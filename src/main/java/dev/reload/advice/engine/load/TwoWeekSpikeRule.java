package dev.reload.advice.engine.load;

import java.util.ArrayList;
import java.util.List;

import dev.reload.knee.Severity;

import static dev.reload.advice.engine.load.ActivityHistory.EPSILON;
import static dev.reload.advice.engine.load.HistoryWords.day;
import static dev.reload.advice.engine.load.HistoryWords.number;
import static dev.reload.advice.engine.load.HistoryWords.percent;

/**
 * R6.two-week-spike (high): a week's volume more than 130 % of the volume two weeks before (Nielsen
 * 2014, with borderline significance — the finding says so). The week two before must be fully
 * known and not empty; the week between may be empty.
 */
final class TwoWeekSpikeRule implements HistoryRule {

    static final String ID = "R6.two-week-spike";
    static final String SOURCE = "Nielsen et al. 2014 (J Orthop Sports Phys Ther 44:739–747)";
    static final String EVIDENCE =
            "Moderate: rises of more than 30 % over two weeks went with more injuries of the kind that"
                    + " includes knee-cap pain and IT band syndrome, but the link was only borderline significant.";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<HistoryFinding> findings(ActivityHistory history) {
        List<HistoryFinding> findings = new ArrayList<>();
        List<HistoryWeek> weeks = history.weeks();
        for (int w = 0; w < weeks.size(); w++) {
            if (!history.comparable(w, 2)) {
                continue;
            }
            HistoryWeek week = weeks.get(w);
            HistoryWeek twoBefore = weeks.get(w - 2);
            if (twoBefore.volume() > 0
                    && week.volume() > twoBefore.volume() * history.knobs().twoWeekSpikeRatio() + EPSILON) {
                findings.add(new HistoryFinding(
                        ID,
                        Severity.HIGH,
                        HistoryFinding.Scope.WEEK,
                        week.start(),
                        history.activity(),
                        "In the week of " + day(week.start()) + " your " + history.activityName() + " was "
                                + percent(week.volume(), twoBefore.volume()) + " above two weeks earlier ("
                                + number(twoBefore.volume()) + " to " + number(week.volume())
                                + "): a rise of more than 30 %.",
                        SOURCE,
                        EVIDENCE));
            }
        }
        return findings;
    }
}
