package dev.reload.importing;

import java.time.Instant;

/**
 * A FIT file whose times count seconds since the device was switched on, not since the FIT epoch
 * (FIT {@code date_time} values below {@code 0x10000000}): its figures are fine, its date is not.
 * Alone it is refused; inside a Strava export the row that names it gives the date
 * ({@link #startingAt(Instant)}).
 */
public class UndatedActivityException extends UnreadableFileException {

    public static final String REASON =
            "the file has no real date: the device had not set its clock. Import it inside your Strava export instead";

    private final transient ImportedActivity undated;

    public UndatedActivityException(ImportedActivity undated) {
        super(REASON);
        this.undated = undated;
    }

    /** The activity read from the file, starting at {@code start} (a date given from elsewhere). */
    public ImportedActivity startingAt(Instant start) {
        return undated.withStart(start);
    }
}
