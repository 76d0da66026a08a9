package dev.reload.advice.engine.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.reload.knee.Severity;

import static dev.reload.advice.engine.load.ActivityHistory.EPSILON;
import static dev.reload.advice.engine.load.HistoryWords.day;
import static dev.reload.advice.engine.load.HistoryWords.number;
import static java.time.temporal.ChronoUnit.DAYS;

/**
 * R6.return-too-fast (caution): after 14 or more days without the activity (no session with a
 * volume), a first week back — the 7 days from the first session again — at 80 % or more of the
 * last week before the break (its last session's day and the 6 before). Dated the day back.
 */
final class ReturnTooFastRule implements HistoryRule {

    static final String ID = "R6.return-too-fast";
    static final String SOURCE = "Gabbett 2016 (Br J Sports Med 50:273–280)";
    static final String EVIDENCE = "Moderate: after a break the body tolerates less, so the old load is a bigger jump;"
            + " the 80 % line is a rule of thumb.";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<HistoryFinding> findings(ActivityHistory history) {
        List<HistoryFinding> findings = new ArrayList<>();
        HistoryKnobs knobs = history.knobs();
        LocalDate previous = null;
        for (HistorySession s : history.sessions()) {
            if (s.volume() <= 0) {
                continue;
            }
            if (previous != null) {
                long daysWithout = DAYS.between(previous, s.date()) - 1;
                if (daysWithout >= knobs.breakDays()) {
                    double before = history.volumeBetween(previous.minusDays(6), previous);
                    double back = history.volumeBetween(s.date(), s.date().plusDays(6));
                    if (before > 0 && back >= before * knobs.returnShare() - EPSILON) {
                        findings.add(new HistoryFinding(
                                ID,
                                Severity.CAUTION,
                                HistoryFinding.Scope.DAY,
                                s.date(),
                                history.activity(),
                                "After " + daysWithout + " days without " + history.activityName()
                                        + ", the first week back (from "
                                        + day(s.date()) + ") came to " + number(back) + ": "
                                        + Math.round(back / before * 100) + " % of the " + number(before)
                                        + " of the last week before the break (flag from "
                                        + Math.round(knobs.returnShare() * 100) + " %).",
                                SOURCE,
                                EVIDENCE));
                    }
                }
            }
            previous = s.date();
        }
        return findings;
    }
}
