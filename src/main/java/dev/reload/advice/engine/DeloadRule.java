package dev.reload.advice.engine;

import java.util.Optional;

import dev.reload.knee.Phase;
import dev.reload.knee.Severity;

/**
 * R3.deload — in Maintain, every 4th week (knob) counted from Maintain's first week is a rest
 * week at 70 % (knob) of the week before; the week after goes back to the pre-rest volume.
 */
final class DeloadRule implements WeekRule {

    static final String ID = "R3.deload";

    @Override
    public Optional<WeekVerdict> judge(WeekContext c) {
        if (c.phase() != Phase.MAINTAIN) {
            return Optional.empty();
        }
        int next = c.maintainWeek() + 1;
        if (next % c.knobs().deloadEveryWeeks() == 0) {
            double volume = Math.max(
                    c.unit().roundDown(c.volume() * c.knobs().deloadPercent() / 100),
                    c.unit().grain());
            return Optional.of(new WeekVerdict.Dose(
                    1,
                    Phase.MAINTAIN,
                    DoseDecision.DELOAD,
                    volume,
                    Escalation.NONE,
                    new Reason(
                            ID,
                            Severity.INFO,
                            () -> "Next week is a planned lighter week: " + c.fmt(volume) + ", "
                                    + Doses.percent(c.knobs().deloadPercent()) + " of this week. Rest weeks"
                                    + " let the tissue catch up with the training.",
                            Sources.and(Sources.ARTICLE, Sources.GABBETT_2016))));
        }
        if (c.deloadWeek() && !Double.isNaN(c.preDeloadVolume()) && !c.week().anyRed()) {
            double volume = c.unit().roundDown(c.preDeloadVolume());
            return Optional.of(new WeekVerdict.Dose(
                    2,
                    Phase.MAINTAIN,
                    DoseDecision.HOLD,
                    volume,
                    Escalation.NONE,
                    new Reason(
                            ID,
                            Severity.INFO,
                            () -> "The lighter week is done: next week goes back to " + c.fmt(volume) + ".",
                            Sources.ARTICLE)));
        }
        return Optional.empty();
    }
}
