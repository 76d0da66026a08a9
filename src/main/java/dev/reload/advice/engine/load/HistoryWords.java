package dev.reload.advice.engine.load;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import dev.reload.knee.Activity;

/**
 * How R6's findings write activities, days and numbers ("running", "12 January 2026", "38 %"); the
 * adviser's messages name activities the same way.
 */
public final class HistoryWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private HistoryWords() {}

    /** The activity as a sentence names it: "running", "cycling". */
    public static String name(Activity activity) {
        return switch (activity) {
            case RUN -> "running";
            case WALK -> "walking";
            case HIKE -> "hiking";
            case CYCLE -> "cycling";
            case SWIM -> "swimming";
            case JUMP_SPORT -> "jumping sport";
            case OTHER -> "other activity";
        };
    }

    static String day(LocalDate date) {
        return date.format(DAY);
    }

    /** Rounded to one decimal, without it when whole: 16, 22.5. */
    static String number(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded)
                ? String.valueOf((long) rounded)
                : String.format(Locale.ROOT, "%.1f", rounded);
    }

    /** How much {@code now} is above {@code before}, in whole percent: "38 %". */
    static String percent(double now, double before) {
        return Math.round((now / before - 1) * 100) + " %";
    }

    /** Seconds per km as minutes and seconds: "4:45 min/km". */
    static String pace(double secondsPerKm) {
        long s = Math.round(secondsPerKm);
        return String.format(Locale.ROOT, "%d:%02d min/km", s / 60, s % 60);
    }

    static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
