package dev.reload.advice.engine.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.reload.knee.Severity;

import static dev.reload.advice.engine.load.HistoryWords.day;

/**
 * R6.no-recovery (caution): hard sessions (RPE ≥ 7) on consecutive days — one finding per run of
 * hard days, dated its second day; or 7 or more days in a row without a rest day — one finding per
 * run, dated its 7th day. Hard runs are listed before runs without rest.
 */
final class NoRecoveryRule implements HistoryRule {

    static final String ID = "R6.no-recovery";
    static final String SOURCE = "Foster 1998 (Med Sci Sports Exerc 30:1164–1168)";
    static final String HARD_DAYS_EVIDENCE =
            "Moderate: recovery between hard days is a well-supported training principle; the exact"
                    + " spacing needed varies from person to person.";
    static final String NO_REST_EVIDENCE =
            "Moderate: rest days lower monotony and help recovery; the exact number needed varies.";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<HistoryFinding> findings(ActivityHistory history) {
        List<HistoryFinding> findings = new ArrayList<>();
        HistoryKnobs knobs = history.knobs();
        int days = history.days();
        // hard sessions on consecutive days
        int run = 0;
        for (int i = 0; i <= days; i++) {
            if (i < days && history.hardOn(i)) {
                run++;
                continue;
            }
            if (run >= 2) {
                LocalDate from = history.day(i - run);
                LocalDate to = history.day(i - 1);
                findings.add(new HistoryFinding(
                        ID,
                        Severity.CAUTION,
                        HistoryFinding.Scope.DAY,
                        from.plusDays(1),
                        history.activity(),
                        "Hard " + history.activityName() + " sessions (effort " + knobs.hardRpe() + " or more) on "
                                + run + " days in a row, " + day(from) + " to " + day(to)
                                + ", with no easier day between.",
                        SOURCE,
                        HARD_DAYS_EVIDENCE));
            }
            run = 0;
        }
        // days in a row without a rest day
        run = 0;
        for (int i = 0; i <= days; i++) {
            if (i < days && history.activeOn(i)) {
                run++;
                continue;
            }
            if (run >= knobs.daysWithoutRest()) {
                LocalDate from = history.day(i - run);
                LocalDate to = history.day(i - 1);
                findings.add(new HistoryFinding(
                        ID,
                        Severity.CAUTION,
                        HistoryFinding.Scope.DAY,
                        from.plusDays(knobs.daysWithoutRest() - 1L),
                        history.activity(),
                        run + " days of " + history.activityName() + " in a row without a rest day, " + day(from)
                                + " to " + day(to) + ".",
                        SOURCE,
                        NO_REST_EVIDENCE));
            }
            run = 0;
        }
        return findings;
    }
}
