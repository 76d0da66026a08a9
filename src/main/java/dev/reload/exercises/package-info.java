/**
 * The exercise pages: the exercise library of the adviser shown to people, with an illustration,
 * the dose, the easier and harder variants and the programmes that use each exercise. Pages and
 * the read-only API live in {@code exercises.web}.
 */
package dev.reload.exercises;
