package dev.reload.advice.engine;

import java.util.Optional;

import dev.reload.knee.Exercise;
import dev.reload.knee.Severity;

/** R5.regress — pain 6 or more during the exercise: less load (−10 to −20 %, knob) or the easier variant; never stop all exercise. */
final class StrengthRegressRule implements ExerciseRule {

    static final String ID = "R5.regress";
    static final int PAIN = 6;

    @Override
    public Optional<StrengthOutcome> judge(ExerciseContext c) {
        if (c.lastPain() < PAIN) {
            return Optional.empty();
        }
        StrengthSet last = c.last();
        Prescription next;
        String what;
        if (last.loadKg() > 0) {
            double load = c.loweredLoad(last.loadKg());
            next = new Prescription(last.exercise(), last.sets(), last.reps(), load, last.holdSec());
            what = "lower the load to " + Doses.kg(load);
        } else if (c.exercise().easier() != null) {
            Exercise easier =
                    c.situation().library().find(c.exercise().easier()).orElseThrow();
            next = new Prescription(
                    easier.id(), last.sets(), last.reps(), 0, easier.dose().holdSec());
            what = "switch to the easier " + easier.name();
        } else {
            int reps = Math.max(1, last.reps() - 2);
            next = new Prescription(last.exercise(), last.sets(), reps, 0, last.holdSec());
            what = last.holdSec() == null
                    ? "do fewer repetitions (" + reps + ")"
                    : "do fewer holds a set (" + reps + (reps == 1 ? " hold" : " holds") + " of " + last.holdSec()
                            + " s)";
        }
        return Optional.of(new StrengthOutcome.Regress(
                next,
                new Finding(
                        ID,
                        Severity.CAUTION,
                        c.name() + " hurt too much (" + c.lastPain() + "/10). Next time " + what
                                + " and keep the rest of the programme going.",
                        Sources.and(Sources.ARTICLE, Sources.SILBERNAGEL_2007))));
    }
}
