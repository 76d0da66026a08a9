package dev.reload.advice.engine;

import java.time.LocalDate;
import java.util.Objects;

import dev.reload.knee.PainScore;

/**
 * One logged strength exercise: sets × reps at {@code loadKg} (0 for body weight). An isometric
 * hold logs its holds as {@code reps} and may carry {@code holdSec} (null otherwise).
 */
public record StrengthSet(
        LocalDate date, String exercise, int sets, int reps, double loadKg, PainScore painDuring, Integer holdSec) {

    public StrengthSet {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(exercise, "exercise");
        Objects.requireNonNull(painDuring, "painDuring");
        if (sets < 1) {
            throw new IllegalArgumentException("sets must be at least 1, was " + sets);
        }
        if (reps < 1) {
            throw new IllegalArgumentException("reps must be at least 1, was " + reps);
        }
        if (!(loadKg >= 0) || Double.isInfinite(loadKg)) {
            throw new IllegalArgumentException("loadKg must not be negative, was " + loadKg);
        }
        if (holdSec != null && holdSec < 1) {
            throw new IllegalArgumentException("holdSec must be at least 1, was " + holdSec);
        }
    }

    public static StrengthSet of(LocalDate date, String exercise, int sets, int reps, double loadKg, int painDuring) {
        return new StrengthSet(date, exercise, sets, reps, loadKg, PainScore.of(painDuring), null);
    }
}
