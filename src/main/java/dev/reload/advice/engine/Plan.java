package dev.reload.advice.engine;

import java.time.LocalDate;
import java.util.Objects;

import dev.reload.knee.Activity;
import dev.reload.knee.Condition;
import dev.reload.knee.Phase;
import dev.reload.knee.VolumeUnit;

/**
 * A recovery plan: the condition, the target activity with its unit, when it started, the weekly
 * goal and the planned sessions a week. {@code progressionPercent} is the R3 step knob.
 * {@code tolerableDose} (one session's volume) and {@code initialPhase} are optional (null).
 */
public record Plan(
        Condition condition,
        Activity targetActivity,
        VolumeUnit unit,
        LocalDate startDate,
        double weeklyGoal,
        int sessionsPerWeek,
        double progressionPercent,
        Double tolerableDose,
        Phase initialPhase) {

    public Plan {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(targetActivity, "targetActivity");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(startDate, "startDate");
        if (!(weeklyGoal > 0) || Double.isInfinite(weeklyGoal)) {
            throw new IllegalArgumentException("weeklyGoal must be positive, was " + weeklyGoal);
        }
        if (sessionsPerWeek < 1 || sessionsPerWeek > 14) {
            throw new IllegalArgumentException("sessionsPerWeek must be 1–14, was " + sessionsPerWeek);
        }
        Knobs.checkStep(progressionPercent);
        if (tolerableDose != null && (!(tolerableDose >= 0) || tolerableDose.isInfinite())) {
            throw new IllegalArgumentException("tolerableDose must not be negative, was " + tolerableDose);
        }
    }

    /** The first day of plan week {@code week} (1-based). */
    public LocalDate weekStart(int week) {
        return startDate.plusDays(7L * (week - 1));
    }
}
