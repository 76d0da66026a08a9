/**
 * The exercise pages: the exercise library of the adviser shown to people, with an illustration,
 * the dose, the easier and harder variants and the programmes that use each exercise. Pages and
 * the read-only API live in {@code exercises.web}.
 */
@ApplicationModule(
        displayName = "Exercises",
        allowedDependencies = {"knee", "system :: web"})
package dev.reload.exercises;

import org.springframework.modulith.ApplicationModule;
