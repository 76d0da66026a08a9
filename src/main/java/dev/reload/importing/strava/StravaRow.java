package dev.reload.importing.strava;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import dev.reload.importing.ImportedActivity;
import dev.reload.importing.SourceFormat;
import dev.reload.importing.Sport;

/**
 * One row of a Strava export's {@code activities.csv}, as far as Reload uses it (read by
 * {@link StravaActivitiesCsv}).
 *
 * @param activityId   Strava's id of the activity ("Activity ID")
 * @param startTime    "Activity Date", which Strava writes in UTC ("Sep 25, 2011, 1:00:22 PM"); null if unreadable
 * @param name         "Activity Name"
 * @param type         "Activity Type" as Strava writes it ("Run", "Trail Run", ...)
 * @param fileName     "Filename", the entry under {@code activities/} or null when the activity has no file
 * @param elapsedSeconds, movingSeconds, distanceMeters, elevationGainMeters: NaN when missing
 * @param avgHeartRate, maxHeartRate, avgCadence: null when missing
 */
public record StravaRow(
        String activityId,
        Instant startTime,
        String name,
        String type,
        String fileName,
        double elapsedSeconds,
        double movingSeconds,
        double distanceMeters,
        double elevationGainMeters,
        Integer avgHeartRate,
        Integer maxHeartRate,
        Integer avgCadence) {

    /** Reload's activity for the row's type (unknown types are OTHER). */
    public Sport sport() {
        return StravaActivityTypes.map(type);
    }

    /** The activity as the row describes it, or empty when the row has no readable date. */
    public Optional<ImportedActivity> toActivity() {
        if (startTime == null) {
            return Optional.empty();
        }
        Duration elapsed = seconds(elapsedSeconds);
        Duration moving = Double.isNaN(movingSeconds) ? elapsed : seconds(movingSeconds);
        return Optional.of(new ImportedActivity(
                sport(),
                startTime,
                elapsed,
                moving,
                Double.isNaN(distanceMeters) ? 0 : distanceMeters,
                avgHeartRate,
                maxHeartRate,
                avgCadence,
                Double.isNaN(elevationGainMeters) ? null : elevationGainMeters,
                0,
                emptyToNull(name),
                SourceFormat.SUMMARY_ROW));
    }

    private static Duration seconds(double value) {
        return Double.isNaN(value) || value <= 0 ? Duration.ZERO : Duration.ofMillis(Math.round(value * 1000));
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
