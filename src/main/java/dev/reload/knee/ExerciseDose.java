package dev.reload.knee;

/** An exercise's default dose: sets × reps (holds for an isometric), hold seconds, rest seconds, sessions a week. */
public record ExerciseDose(int sets, int reps, Integer holdSec, Integer restSec, String frequency) {

    public ExerciseDose {
        if (sets < 1 || reps < 1) {
            throw new IllegalArgumentException("a dose needs sets ≥ 1 and reps ≥ 1");
        }
    }
}
