package dev.reload.advice.engine;

import java.util.Optional;

import dev.reload.knee.Severity;

/** R5.hold — pain 4–5 during the exercise (at the edge): keep the same load. */
final class StrengthHoldRule implements ExerciseRule {

    static final String ID = "R5.hold";
    static final int PAIN = 4;

    @Override
    public Optional<StrengthOutcome> judge(ExerciseContext c) {
        if (c.lastPain() < PAIN) {
            return Optional.empty();
        }
        return Optional.of(new StrengthOutcome.Hold(
                c.same(),
                new Finding(
                        ID,
                        Severity.CAUTION,
                        c.name() + " was at the edge (" + c.lastPain() + "/10). Stay at the same dose until it feels"
                                + " comfortable.",
                        Sources.ARTICLE)));
    }
}
