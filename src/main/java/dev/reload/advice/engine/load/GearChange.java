package dev.reload.advice.engine.load;

import java.time.LocalDate;
import java.util.Objects;

import dev.reload.knee.Activity;

/**
 * A change of gear the person reported (beyond what their sessions' {@code shoes} and {@code surface} show).
 *
 * @param date        the day of the change
 * @param activity    the activity it concerns
 * @param kind        new shoes or a new main surface
 * @param description what changed, in the person's words ("new trail shoes")
 */
public record GearChange(LocalDate date, Activity activity, Kind kind, String description) {

    public enum Kind {
        SHOES,
        SURFACE
    }

    public GearChange {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(kind, "kind");
    }
}
