package dev.reload.advice.engine;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One logged activity session. {@code volume} is in the plan's unit when the activity is the
 * target activity. {@code rpe}, {@code durationMin}, {@code avgPaceSecPerKm}, {@code surface}
 * and {@code shoes} are optional (null).
 */
public record ActivitySession(LocalDate date, Activity activity, double volume, Integer rpe, PainScore painDuring,
        PainScore painAfter, Integer durationMin, Integer avgPaceSecPerKm, String surface, String shoes) {

    public ActivitySession {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(painDuring, "painDuring");
        Objects.requireNonNull(painAfter, "painAfter");
        if (!(volume >= 0) || Double.isInfinite(volume)) {
            throw new IllegalArgumentException("volume must not be negative, was " + volume);
        }
        if (rpe != null && (rpe < 0 || rpe > 10)) {
            throw new IllegalArgumentException("rpe must be 0–10, was " + rpe);
        }
    }

    /** A session with only the fields the rules need. */
    public static ActivitySession of(LocalDate date, Activity activity, double volume, Integer rpe, int painDuring,
            int painAfter) {
        return new ActivitySession(date, activity, volume, rpe, PainScore.of(painDuring), PainScore.of(painAfter),
                null, null, null, null);
    }
}
