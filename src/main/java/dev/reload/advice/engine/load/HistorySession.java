package dev.reload.advice.engine.load;

import java.time.LocalDate;
import java.util.Objects;

import dev.reload.knee.Activity;

/**
 * One session of a history, logged or imported.
 *
 * @param date            the day it happened
 * @param activity        the kind of activity; each is analysed on its own
 * @param volume          the session's volume in the plan's unit (km, minutes, ...)
 * @param durationMin     minutes, or null
 * @param rpe             rating of perceived exertion 0–10, or null
 * @param avgPaceSecPerKm seconds per km, or null
 * @param surface         main surface (e.g. "road", "trail"), or null
 * @param shoes           the shoes worn, or null
 */
public record HistorySession(
        LocalDate date,
        Activity activity,
        double volume,
        Double durationMin,
        Integer rpe,
        Double avgPaceSecPerKm,
        String surface,
        String shoes) {

    public HistorySession {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(activity, "activity");
        if (!(volume >= 0) || Double.isInfinite(volume)) {
            throw new IllegalArgumentException("volume must be a non-negative number");
        }
        if (durationMin != null && (!(durationMin >= 0) || durationMin.isInfinite())) {
            throw new IllegalArgumentException("durationMin must be a non-negative number");
        }
        if (rpe != null && (rpe < 0 || rpe > 10)) {
            throw new IllegalArgumentException("rpe must be 0 to 10");
        }
        if (avgPaceSecPerKm != null && (!(avgPaceSecPerKm > 0) || avgPaceSecPerKm.isInfinite())) {
            throw new IllegalArgumentException("avgPaceSecPerKm must be positive");
        }
    }

    /** A session with only what every log has: date, activity, volume. */
    public static HistorySession of(LocalDate date, Activity activity, double volume) {
        return new HistorySession(date, activity, volume, null, null, null, null, null);
    }

    /**
     * Foster's session-RPE load (duration in minutes × RPE) when both are known, else the volume.
     */
    public double sessionLoad() {
        return durationMin != null && rpe != null ? durationMin * rpe : volume;
    }
}
