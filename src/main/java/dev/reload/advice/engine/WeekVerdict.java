package dev.reload.advice.engine;

/** What a week rule concludes when a plan week ends: a dose for the next week, or only a note. */
sealed interface WeekVerdict permits WeekVerdict.Dose, WeekVerdict.Note {

    Finding finding();

    /**
     * A proposed dose for the next plan week. Among the proposals, the lowest {@code rank} wins
     * (the most conservative kind of decision), then the lowest volume.
     */
    record Dose(int rank, Phase phase, DoseDecision decision, double volume, Escalation escalation, Finding finding)
            implements WeekVerdict {

        Dose withVolume(double value, DoseDecision newDecision, Finding newFinding) {
            return new Dose(rank, phase, newDecision, value, escalation, newFinding);
        }

        Dose withPhase(Phase value) {
            return new Dose(rank, value, decision, volume, escalation, finding);
        }
    }

    /** A finding that does not change the dose. */
    record Note(Finding finding) implements WeekVerdict {
    }
}
