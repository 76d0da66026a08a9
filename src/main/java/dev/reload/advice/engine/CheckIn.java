package dev.reload.advice.engine;

import java.time.LocalDate;
import java.util.Objects;

import dev.reload.knee.PainScore;

/** The morning check-in: knee pain on waking and, optionally, stiffness (null). */
public record CheckIn(LocalDate date, PainScore morningPain, PainScore morningStiffness) {

    public CheckIn {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(morningPain, "morningPain");
    }

    public static CheckIn of(LocalDate date, int morningPain) {
        return new CheckIn(date, PainScore.of(morningPain), null);
    }
}
