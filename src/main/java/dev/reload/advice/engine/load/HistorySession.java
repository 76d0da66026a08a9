package dev.reload.advice.engine.load;

import java.time.LocalDate;
import java.util.Objects;

import dev.reload.advice.engine.ActivitySession;
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

    /**
     * The one mapping from a logged or imported session (the adviser's record) to a session of R6.
     * Every field is carried over as it is, the pains left behind (R6 does not read them), except
     * the pace: a pace of 0 s/km or less is not a pace — it is taken as not known ({@code null}).
     *
     * <p>Why: a pace is the time one kilometre took, so only a positive value is one; R6.both
     * compares weekly mean paces ("mean pace > 5 % faster", rules.md), and a 0 would make a week
     * look infinitely fast. Every place a person enters a pace already refuses 0 or less (logging,
     * the advice and history previews: "must be more than 0"), and a session of R6 rejects one;
     * so such a value can only come from a stored or imported row, and dropping it lets the rest of
     * the session count (its volume and load) instead of failing the whole history. This is what
     * "What went wrong" always did; the adviser's R8.training-error passed the value on and would
     * have failed on it.
     */
    public static HistorySession of(ActivitySession session) {
        Integer pace = session.avgPaceSecPerKm();
        return new HistorySession(
                session.date(),
                session.activity(),
                session.volume(),
                session.durationMin() == null ? null : session.durationMin().doubleValue(),
                session.rpe(),
                pace == null || pace <= 0 ? null : pace.doubleValue(),
                session.surface(),
                session.shoes());
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
