package dev.reload.advice.engine;

import java.util.Optional;

import dev.reload.knee.Exercise;
import dev.reload.knee.ExerciseDose;
import dev.reload.knee.ExerciseLibrary;
import dev.reload.knee.Severity;

/** R7.bone-stress for strength: an impact exercise is swapped for its easier, impact-free variant. */
final class NoImpactRule implements ExerciseRule {

    @Override
    public Optional<StrengthOutcome> judge(ExerciseContext c) {
        if (!c.noImpact() || !c.exercise().impact()) {
            return Optional.empty();
        }
        ExerciseLibrary library = c.situation().library();
        Exercise swap = c.exercise();
        while (swap != null && swap.impact()) {
            swap = swap.easier() == null ? null : library.find(swap.easier()).orElse(null);
        }
        String id = swap == null ? "BRIDGE" : swap.id();
        ExerciseDose dose = library.find(id).map(Exercise::dose).orElseThrow();
        return Optional.of(new StrengthOutcome.Regress(
                new Prescription(id, dose.sets(), dose.reps(), 0, dose.holdSec()),
                new Finding(
                        BoneStressRule.ID,
                        Severity.HIGH,
                        c.name() + " lands with impact, which a stressed bone should not take: do "
                                + library.find(id).orElseThrow().name() + " instead until a clinician clears it.",
                        Sources.ARTICLE)));
    }
}
