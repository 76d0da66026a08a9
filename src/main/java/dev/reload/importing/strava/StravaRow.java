package dev.reload.importing.strava;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

import dev.reload.importing.ImportedActivity;
import dev.reload.importing.SourceFormat;
import dev.reload.importing.Sport;

/**
 * One row of a Strava export's {@code activities.csv}, as far as Reload uses it.
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

    private static final DateTimeFormatter[] DATE_FORMATS = {
        DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm:ss a", Locale.ENGLISH),
        DateTimeFormatter.ofPattern("MMM d, yyyy h:mm:ss a", Locale.ENGLISH),
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ENGLISH),
    };

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

    /** Parses "Sep 25, 2011, 1:00:22 PM" (UTC); null when the text is not such a date. */
    static Instant parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String normalized =
                text.replace('\u202f', ' ').replace('\u00a0', ' ').trim().replaceAll("\\s+", " ");
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDateTime.parse(normalized, format).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }

    /** A number as Strava writes it ("1620", "5.01", "1,234.5"); NaN when empty or not a number. */
    static double parseNumber(String text) {
        if (text == null) {
            return Double.NaN;
        }
        String t = text.trim();
        if (t.isEmpty()) {
            return Double.NaN;
        }
        if (t.indexOf(',') >= 0) {
            t = t.indexOf('.') >= 0 ? t.replace(",", "") : t.replace(',', '.');
        }
        try {
            double value = Double.parseDouble(t);
            return value >= 0 && !Double.isInfinite(value) ? value : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    static Integer wholeNumber(String text) {
        double value = parseNumber(text);
        return Double.isNaN(value) || value <= 0 || value > 10_000 ? null : (int) Math.round(value);
    }

    private static Duration seconds(double value) {
        return Double.isNaN(value) || value <= 0 ? Duration.ZERO : Duration.ofMillis(Math.round(value * 1000));
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
