package dev.reload.importing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * One activity read from a file (or from a bulk export's summary row). Immutable. Optional figures
 * are {@code null} when the source does not hold them.
 *
 * @param sport             what was done
 * @param startTime         when it started
 * @param elapsed           wall-clock time from start to finish, pauses included
 * @param moving            time spent moving (the device's timer or moving time where it has one)
 * @param distanceMeters    distance covered, 0 when unknown (for example on a treadmill without a foot pod)
 * @param avgHeartRate      beats per minute, or {@code null}
 * @param maxHeartRate      beats per minute, or {@code null}
 * @param avgCadence        cycles per minute as the device records them (strides for running,
 *                          revolutions for cycling), or {@code null}
 * @param elevationGainMeters total ascent, or {@code null}
 * @param sampleCount       number of recorded samples (track points, FIT records); 0 for a summary row
 * @param name              the activity's title where the source has one, or {@code null}
 * @param format            where the figures came from
 * @param startOffset       how far local time was ahead of UTC at the start, where the file says so
 *                          (a FIT activity message's {@code local_timestamp}), or {@code null}: then the
 *                          person's own time zone dates it (see {@link #localStartDate(ZoneId)})
 */
public record ImportedActivity(
        Sport sport,
        Instant startTime,
        Duration elapsed,
        Duration moving,
        double distanceMeters,
        Integer avgHeartRate,
        Integer maxHeartRate,
        Integer avgCadence,
        Double elevationGainMeters,
        int sampleCount,
        String name,
        SourceFormat format,
        ZoneOffset startOffset) {

    /** An activity whose file does not say the local time (GPX, TCX, a summary row). */
    public ImportedActivity(
            Sport sport,
            Instant startTime,
            Duration elapsed,
            Duration moving,
            double distanceMeters,
            Integer avgHeartRate,
            Integer maxHeartRate,
            Integer avgCadence,
            Double elevationGainMeters,
            int sampleCount,
            String name,
            SourceFormat format) {
        this(
                sport,
                startTime,
                elapsed,
                moving,
                distanceMeters,
                avgHeartRate,
                maxHeartRate,
                avgCadence,
                elevationGainMeters,
                sampleCount,
                name,
                format,
                null);
    }

    public ImportedActivity {
        Objects.requireNonNull(sport, "sport");
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(moving, "moving");
        Objects.requireNonNull(format, "format");
        name = FileText.clean(name); // a file's title may hold NUL, which PostgreSQL cannot store
        if (elapsed.isNegative() || moving.isNegative()) {
            throw new IllegalArgumentException("durations must not be negative");
        }
        if (!(distanceMeters >= 0) || Double.isInfinite(distanceMeters)) {
            throw new IllegalArgumentException("distance must be a non-negative number");
        }
        if (sampleCount < 0) {
            throw new IllegalArgumentException("sampleCount must not be negative");
        }
    }

    /** Two activities closer than this at the start, of the same sport, are one and the same. */
    public static final Duration SAME_START_TOLERANCE = Duration.ofSeconds(60);

    /**
     * True when {@code other} is the same activity, perhaps from another file or format: same sport
     * and starts within {@link #SAME_START_TOLERANCE} of each other.
     */
    public boolean isSameActivityAs(ImportedActivity other) {
        return sport == other.sport
                && Duration.between(startTime, other.startTime).abs().compareTo(SAME_START_TOLERANCE) <= 0;
    }

    /** The same activity with another title. */
    public ImportedActivity withName(String newName) {
        return new ImportedActivity(
                sport,
                startTime,
                elapsed,
                moving,
                distanceMeters,
                avgHeartRate,
                maxHeartRate,
                avgCadence,
                elevationGainMeters,
                sampleCount,
                newName,
                format,
                startOffset);
    }

    /** The same activity with another sport. */
    public ImportedActivity withSport(Sport newSport) {
        return new ImportedActivity(
                newSport,
                startTime,
                elapsed,
                moving,
                distanceMeters,
                avgHeartRate,
                maxHeartRate,
                avgCadence,
                elevationGainMeters,
                sampleCount,
                name,
                format,
                startOffset);
    }

    /** The same figures at another start, of which the local time is not known. */
    public ImportedActivity withStart(Instant newStart) {
        return new ImportedActivity(
                sport,
                newStart,
                elapsed,
                moving,
                distanceMeters,
                avgHeartRate,
                maxHeartRate,
                avgCadence,
                elevationGainMeters,
                sampleCount,
                name,
                format,
                null);
    }

    /**
     * The day the activity belongs to: the date of its start where it was done, by the file's own
     * local time where it has one, else in {@code personsZone} (a 7 a.m. run in Sydney is that
     * day's run, though it is the evening before in UTC).
     */
    public LocalDate localStartDate(ZoneId personsZone) {
        return startOffset != null
                ? startTime.atOffset(startOffset).toLocalDate()
                : startTime.atZone(personsZone).toLocalDate();
    }
}
