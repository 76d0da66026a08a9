package dev.reload.advice.engine.load;

import java.util.ArrayList;
import java.util.List;

import dev.reload.knee.Severity;

import static dev.reload.advice.engine.load.ActivityHistory.EPSILON;
import static dev.reload.advice.engine.load.HistoryWords.day;
import static dev.reload.advice.engine.load.HistoryWords.number;
import static dev.reload.advice.engine.load.HistoryWords.pace;
import static dev.reload.advice.engine.load.HistoryWords.percent;

/**
 * R6.both (caution): in the same week, volume up more than 10 % on the week before (as
 * R6.weekly-jump) and intensity up — more hard sessions (RPE ≥ 7), or a mean pace more than 5 %
 * faster (weeks with a pace only).
 */
final class VolumeAndIntensityRule implements HistoryRule {

    static final String ID = "R6.both";
    static final String SOURCE = "Reload rules R6.both, a coaching principle";
    static final String EVIDENCE = "Low: a widely given coaching principle, not tested on its own in trials.";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<HistoryFinding> findings(ActivityHistory history) {
        List<HistoryFinding> findings = new ArrayList<>();
        HistoryKnobs knobs = history.knobs();
        List<HistoryWeek> weeks = history.weeks();
        for (int w = 0; w < weeks.size(); w++) {
            if (!history.comparable(w, 1)) {
                continue;
            }
            HistoryWeek week = weeks.get(w);
            HistoryWeek before = weeks.get(w - 1);
            if (!WeeklyJumpRule.jumped(week, before, knobs)) {
                continue;
            }
            int hard = history.hardSessions(w);
            int hardBefore = history.hardSessions(w - 1);
            Double pace = history.meanPace(w);
            Double paceBefore = history.meanPace(w - 1);
            boolean moreHard = hard > hardBefore;
            boolean faster =
                    pace != null && paceBefore != null && pace < paceBefore * (1 - knobs.paceFasterShare()) - EPSILON;
            if (!moreHard && !faster) {
                continue;
            }
            String harder = moreHard
                    ? hard + " hard sessions (effort " + knobs.hardRpe() + " or more) against " + hardBefore
                    : "a mean pace of " + pace(pace) + " against " + pace(paceBefore);
            if (moreHard && faster) {
                harder += ", and a mean pace of " + pace(pace) + " against " + pace(paceBefore);
            }
            findings.add(new HistoryFinding(
                    ID,
                    Severity.CAUTION,
                    HistoryFinding.Scope.WEEK,
                    week.start(),
                    history.activity(),
                    "In the week of " + day(week.start()) + " you did more " + history.activityName() + " ("
                            + number(before.volume()) + " to " + number(week.volume()) + ", up "
                            + percent(week.volume(), before.volume()) + ") and harder: " + harder
                            + " the week before. Raising how much and how hard at once adds up.",
                    SOURCE,
                    EVIDENCE));
        }
        return findings;
    }
}
