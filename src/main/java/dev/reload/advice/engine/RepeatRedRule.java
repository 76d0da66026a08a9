package dev.reload.advice.engine;

import java.util.Optional;

import dev.reload.knee.Phase;
import dev.reload.knee.Severity;

/**
 * R3.repeat-red — two plan weeks in a row with a RED session: in Return, back to Settle with a
 * (soft) prompt to see a clinician; in Maintain, back to Return at the R3.backoff dose.
 */
final class RepeatRedRule implements WeekRule {

    static final String ID = "R3.repeat-red";

    @Override
    public Optional<WeekVerdict> judge(WeekContext c) {
        if (c.phase() == Phase.SETTLE || c.redStreak() < 2) {
            return Optional.empty();
        }
        if (c.phase() == Phase.RETURN) {
            double volume = SettleGate.settleVolume(c);
            return Optional.of(new WeekVerdict.Dose(
                    0,
                    Phase.SETTLE,
                    DoseDecision.SETTLE,
                    volume,
                    Escalation.SEE_CLINICIAN,
                    new Reason(
                            ID,
                            Severity.HIGH,
                            () -> "Two weeks in a row had a session the knee did not tolerate. The plan steps back to"
                                    + " Settle to find a dose it accepts, and it is worth having a clinician look"
                                    + " at the knee.",
                            Sources.and(Sources.ARTICLE, Sources.SILBERNAGEL_2007))));
        }
        double volume = BackOffRule.backOffVolume(c);
        return Optional.of(new WeekVerdict.Dose(
                0,
                Phase.RETURN,
                DoseDecision.BACK_OFF,
                volume,
                Escalation.NONE,
                new Reason(
                        ID,
                        Severity.HIGH,
                        () -> "Two weeks in a row had a session the knee did not tolerate. Maintenance pauses: back to"
                                + " the Return phase at " + c.fmt(volume) + " next week.",
                        Sources.and(Sources.ARTICLE, Sources.SILBERNAGEL_2007))));
    }
}
