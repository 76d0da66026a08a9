package dev.reload.advice.engine;

import java.util.Objects;

/** What to do at an exercise's next session: the exercise (or its variant), sets × reps at a load, and a hold time for isometrics (null otherwise). */
public record Prescription(String exercise, int sets, int reps, double loadKg, Integer holdSec) {

    public Prescription {
        Objects.requireNonNull(exercise, "exercise");
        if (sets < 1 || reps < 1 || loadKg < 0) {
            throw new IllegalArgumentException("a prescription needs sets ≥ 1, reps ≥ 1 and a load ≥ 0");
        }
    }
}
