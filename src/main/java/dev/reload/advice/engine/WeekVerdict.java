package dev.reload.advice.engine;

import dev.reload.knee.Phase;

/** What a week rule concludes when a plan week ends: a dose for the next week, or only a note. */
sealed interface WeekVerdict permits WeekVerdict.Dose, WeekVerdict.Note {

    Reason reason();

    /**
     * A proposed dose for the next plan week. Among the proposals, the lowest {@code rank} wins
     * (the most conservative kind of decision), then the lowest volume.
     */
    record Dose(int rank, Phase phase, DoseDecision decision, double volume, Escalation escalation, Reason reason)
            implements WeekVerdict {

        Dose withVolume(double value, DoseDecision newDecision, Reason newReason) {
            return new Dose(rank, phase, newDecision, value, escalation, newReason);
        }

        Dose withPhase(Phase value) {
            return new Dose(rank, value, decision, volume, escalation, reason);
        }
    }

    /** A finding that does not change the dose. */
    record Note(Reason reason) implements WeekVerdict {}
}
