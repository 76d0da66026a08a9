package dev.reload.advice.engine;

import java.util.Optional;

import dev.reload.knee.Phase;
import dev.reload.knee.Severity;
import dev.reload.knee.VolumeUnit;

/**
 * R3.backoff — a week with a RED session: next week goes back to the most recent all-GREEN
 * week's volume, capped at 80 % of this week (75 % when no week was all GREEN), never below half
 * of the last all-GREEN week and never zero. The cap wins over the floor (rules.md, 2026-12-01):
 * a back-off never prescribes more than 80 % of the red week, and never less than one grain —
 * after a green 20 km week and a red 8 km week the dose is 6.0 km, not 10.
 */
final class BackOffRule implements WeekRule {

    static final String ID = "R3.backoff";
    static final double CAP = 0.80;
    static final double WITHOUT_GREEN_WEEK = 0.75;
    static final double FLOOR = 0.50;

    @Override
    public Optional<WeekVerdict> judge(WeekContext c) {
        if (c.phase() == Phase.SETTLE || !c.week().anyRed()) {
            return Optional.empty();
        }
        double volume = backOffVolume(c);
        String basis = c.hasAllGreenWeek()
                ? "the last week the knee fully tolerated was " + c.fmt(c.lastAllGreenVolume())
                : "no week has been fully green yet, so it drops to three quarters of this week";
        return Optional.of(new WeekVerdict.Dose(
                1,
                c.phase(),
                DoseDecision.BACK_OFF,
                volume,
                Escalation.NONE,
                new Reason(
                        ID,
                        Severity.CAUTION,
                        () -> "A session this week was too much for the knee. Ease off to " + c.fmt(volume)
                                + " next week (" + basis + "), but keep going: stopping altogether only"
                                + " weakens the knee again.",
                        Sources.and(Sources.ARTICLE, Sources.SILBERNAGEL_2007))));
    }

    static double backOffVolume(WeekContext c) {
        VolumeUnit unit = c.unit();
        double week = c.volume();
        double volume;
        if (c.hasAllGreenWeek()) {
            double cap = unit.roundDown(CAP * week);
            volume = unit.roundDown(Math.min(c.lastAllGreenVolume(), CAP * week));
            double floor = unit.roundUp(FLOOR * c.lastAllGreenVolume());
            if (volume < floor) {
                volume = Math.min(floor, cap);
            }
        } else {
            volume = unit.roundDown(WITHOUT_GREEN_WEEK * week);
        }
        return Math.max(volume, unit.grain());
    }
}
