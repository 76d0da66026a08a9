package dev.reload.advice.engine;

import java.time.LocalDate;

import dev.reload.knee.Condition;
import dev.reload.knee.Exercise;
import dev.reload.knee.ExerciseKind;

/**
 * One exercise as the R5 rules see it: the library entry, the last session and the one before
 * (null when there is only one), and what the situation adds.
 *
 * @param slowHeavyStart first day of slow heavy resistance work in the log (null: none)
 */
record ExerciseContext(
        Exercise exercise,
        StrengthSet last,
        StrengthSet previous,
        int lastPain,
        int previousPain,
        Situation situation,
        boolean noImpact,
        LocalDate slowHeavyStart) {

    static final double LOAD_GRAIN = 0.5;

    Knobs knobs() {
        return situation.knobs();
    }

    Condition condition() {
        return situation.plan().condition();
    }

    /** Tendon loading: a tendinopathy with an isometric or slow heavy exercise moves by stages. */
    boolean staged() {
        return condition().isTendinopathy()
                && (exercise.kind() == ExerciseKind.ISOMETRIC || exercise.kind() == ExerciseKind.SLOW_HEAVY);
    }

    Prescription same() {
        return new Prescription(last.exercise(), last.sets(), last.reps(), last.loadKg(), last.holdSec());
    }

    static double roundDownLoad(double kg) {
        return Math.floor(kg / LOAD_GRAIN + 1e-9) * LOAD_GRAIN;
    }

    /** Load × (1 + progress knob), rounded down to 0.5 kg but at least 0.5 kg more. */
    double raisedLoad(double kg) {
        return Math.max(
                roundDownLoad(kg * (1 + knobs().strengthProgressPercent() / 100)), roundDownLoad(kg) + LOAD_GRAIN);
    }

    /** Load × (1 − regress knob), rounded down to 0.5 kg. */
    double loweredLoad(double kg) {
        return roundDownLoad(kg * (1 - knobs().strengthRegressPercent() / 100));
    }

    String name() {
        return exercise.name();
    }
}
