package dev.reload.knee;

import java.util.Objects;

/**
 * One exercise of the library: a short how-to in our own words, the structure it targets, its
 * easier and harder variants (ids in the library, null at the end of a chain), its default dose,
 * and whether it is an impact exercise.
 */
public record Exercise(
        String id,
        String name,
        String target,
        String howTo,
        String easier,
        String harder,
        ExerciseDose dose,
        ExerciseKind kind,
        boolean impact) {

    public Exercise {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(howTo, "howTo");
        Objects.requireNonNull(dose, "dose");
        Objects.requireNonNull(kind, "kind");
    }
}
