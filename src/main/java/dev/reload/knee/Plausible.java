package dev.reload.knee;

import java.time.LocalDate;

/**
 * The plausible range of every number and date a person (or a file) gives: the one place the
 * limits of api.md's "Limits" table live. Each maximum is a generous human bound, far above what
 * anyone logs, and small enough that no arithmetic on it overflows (a day of minutes in seconds,
 * a week of sessions at the maximum). The validation annotations of every feature read these
 * constants, and so does the importer's dating of activities.
 */
public final class Plausible {

    private Plausible() {}

    /** The first plausible date: nobody logs training, pain or shoes before 1900. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

    /** How many years after today a date may lie (a plan or a shoe bought for later, no more). */
    public static final int YEARS_AHEAD = 2;

    /** Minutes in a day: the longest session, and the longest morning stiffness. */
    public static final int DAY_MINUTES = 1440;

    /** One session's kilometres: above a 24-hour cycling record (about 900 km). */
    public static final int SESSION_KM = 1000;

    /** One session's jumps: a whole day of skipping breaks. */
    public static final int SESSION_JUMPS = 10_000;

    /** Sessions a week on the most: two a day. */
    public static final int SESSIONS_PER_WEEK = 14;

    /** The slowest plausible pace, in seconds per kilometre: an hour per kilometre. */
    public static final int PACE_SEC_PER_KM = 3600;

    /** Sets of one strength exercise. */
    public static final int SETS = 50;

    /** Repetitions (or holds) in one set. */
    public static final int REPS = 1000;

    /** Added load in kilograms: above the heaviest squat ever lifted (about 500 kg). */
    public static final int LOAD_KG = 600;

    /** Seconds of one hold (a plank, a wall sit): an hour. */
    public static final int HOLD_SEC = 3600;

    /** Kilometres a pair of shoes did before it was added: five to ten times a running shoe's life. */
    public static final int SHOE_KM = 5000;

    /** Hours in a day: the most sleep a night can hold. */
    public static final int DAY_HOURS = 24;

    /** Years of age. */
    public static final int AGE_YEARS = 130;

    /** The most one session's volume may be in any unit (what a volume whose unit is not known yet may be). */
    public static final int ANY_SESSION_VOLUME = SESSION_JUMPS;

    /** The most a week's volume may be in any unit. */
    public static final int ANY_WEEK_VOLUME = 7 * SESSION_JUMPS;

    // What a number outside its range is told; each names the range, never an internal limit.

    public static final String MINUTES_PROBLEM = "must be 0–" + DAY_MINUTES;
    public static final String PACE_PROBLEM = "must be 1–" + PACE_SEC_PER_KM;
    public static final String SETS_PROBLEM = "must be 1–" + SETS;
    public static final String REPS_PROBLEM = "must be 1–" + REPS;
    public static final String LOAD_PROBLEM = "must be 0–" + LOAD_KG;
    public static final String HOLD_PROBLEM = "must be 1–" + HOLD_SEC;
    public static final String HOLD_OR_NONE_PROBLEM = "must be 0–" + HOLD_SEC;
    public static final String SHOE_KM_PROBLEM = "must be 0–" + SHOE_KM + " km";
    public static final String HOURS_PROBLEM = "must be 0–" + DAY_HOURS;
    public static final String AGE_PROBLEM = "must be 0–" + AGE_YEARS;
    public static final String SESSIONS_PER_WEEK_PROBLEM = "must be 1–" + SESSIONS_PER_WEEK;
    public static final String SESSION_VOLUME_PROBLEM = "must be 0–" + ANY_SESSION_VOLUME;
    public static final String WEEK_VOLUME_PROBLEM = "must be more than 0 and at most " + ANY_WEEK_VOLUME;

    /** What a date outside the range is told: "must be between 1900-01-01 and 2028-12-02". */
    public static String dateProblem(LocalDate today) {
        return "must be between " + EARLIEST_DATE + " and " + latestDate(today);
    }

    /** The last plausible date for someone whose today is {@code today}. */
    public static LocalDate latestDate(LocalDate today) {
        return today.plusYears(YEARS_AHEAD);
    }

    /** True when {@code date} lies from {@link #EARLIEST_DATE} to {@link #latestDate} (both included). */
    public static boolean isPlausible(LocalDate date, LocalDate today) {
        return !date.isBefore(EARLIEST_DATE) && !date.isAfter(latestDate(today));
    }

    /** The most one session may hold in {@code unit}: a day of minutes, 1000 km or 10,000 jumps. */
    public static int sessionVolume(VolumeUnit unit) {
        return switch (unit) {
            case KM -> SESSION_KM;
            case MINUTES -> DAY_MINUTES;
            case JUMPS -> SESSION_JUMPS;
        };
    }

    /** The most a week may hold in {@code unit}: every day of it at the session maximum. */
    public static int weekVolume(VolumeUnit unit) {
        return 7 * sessionVolume(unit);
    }

    /** What a session volume above its unit's maximum is told: "must be at most 1000 km". */
    public static String sessionVolumeProblem(VolumeUnit unit) {
        return "must be at most " + sessionVolume(unit) + " " + words(unit) + " for one session";
    }

    /** What a weekly volume above its unit's maximum is told. */
    public static String weekVolumeProblem(VolumeUnit unit) {
        return "must be at most " + weekVolume(unit) + " " + words(unit) + " a week";
    }

    private static String words(VolumeUnit unit) {
        return switch (unit) {
            case KM -> "km";
            case MINUTES -> "minutes";
            case JUMPS -> "jumps";
        };
    }
}
