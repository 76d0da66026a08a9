package dev.reload.advice.engine;

/** What an exercise rule decides for one exercise: progress, hold or regress, with the next prescription. */
sealed interface StrengthOutcome permits StrengthOutcome.Progress, StrengthOutcome.Hold, StrengthOutcome.Regress {

    Prescription next();

    Finding finding();

    StrengthDecision decision();

    record Progress(Prescription next, Finding finding) implements StrengthOutcome {
        public StrengthDecision decision() {
            return StrengthDecision.PROGRESS;
        }
    }

    record Hold(Prescription next, Finding finding) implements StrengthOutcome {
        public StrengthDecision decision() {
            return StrengthDecision.HOLD;
        }
    }

    record Regress(Prescription next, Finding finding) implements StrengthOutcome {
        public StrengthDecision decision() {
            return StrengthDecision.REGRESS;
        }
    }
}
