package dev.reload.advice.engine;

import java.time.LocalDate;
import java.util.Objects;

import dev.reload.knee.Activity;
import dev.reload.knee.PainScore;

/**
 * One logged activity session. {@code volume} is in the plan's unit when the activity is the
 * target activity. {@code rpe}, {@code durationMin}, {@code avgPaceSecPerKm}, {@code surface}
 * and {@code shoes} are optional (null). {@code painDuring} and {@code painAfter} are both null for
 * an imported session the person has not rated yet ({@link #unrated}): it counts for volume and load
 * but has no 24-hour response (R1 keeps it PENDING, never GREEN). {@code painAfter} alone is null for
 * a session logged before the hours after it were over ({@link #painAfterUnknown}): R1 judges it from
 * what is known, and from its second day on without the pain after.
 */
public record ActivitySession(
        LocalDate date,
        Activity activity,
        double volume,
        Integer rpe,
        PainScore painDuring,
        PainScore painAfter,
        Integer durationMin,
        Integer avgPaceSecPerKm,
        String surface,
        String shoes) {

    public ActivitySession {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(activity, "activity");
        if (painDuring == null && painAfter != null) {
            throw new IllegalArgumentException("painAfter is known only with painDuring");
        }
        if (!(volume >= 0) || Double.isInfinite(volume)) {
            throw new IllegalArgumentException("volume must not be negative, was " + volume);
        }
        if (rpe != null && (rpe < 0 || rpe > 10)) {
            throw new IllegalArgumentException("rpe must be 0–10, was " + rpe);
        }
    }

    /** True when the pain during and after are not known yet (an imported session not rated). */
    public boolean unrated() {
        return painDuring == null;
    }

    /** True when the pain during is known and the worst pain in the hours after is not (yet). */
    public boolean painAfterUnknown() {
        return painDuring != null && painAfter == null;
    }

    /** An imported session not rated yet: it counts for volume, its 24-hour response stays PENDING. */
    public static ActivitySession unrated(
            LocalDate date, Activity activity, double volume, Integer rpe, Integer durationMin) {
        return new ActivitySession(date, activity, volume, rpe, null, null, durationMin, null, null, null);
    }

    /** A session with only the fields the rules need. */
    public static ActivitySession of(
            LocalDate date, Activity activity, double volume, Integer rpe, int painDuring, int painAfter) {
        return new ActivitySession(
                date, activity, volume, rpe, PainScore.of(painDuring), PainScore.of(painAfter), null, null, null, null);
    }
}
