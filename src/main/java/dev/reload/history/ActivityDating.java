package dev.reload.history;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import dev.reload.importing.ImportedActivity;
import dev.reload.knee.Plausible;

/**
 * How an import dates the activities of one person: by the local date of their start (the file's
 * own local time where it has one, else the person's time zone), and only within the dates a
 * person can have trained on, 1900-01-01 to two years after today (api.md, "Limits"; the range is {@link Plausible}'s).
 *
 * @param zone   the person's time zone
 * @param latest the last plausible date: two years after the person's today
 */
record ActivityDating(ZoneId zone, LocalDate latest) {

    /** Days in the reason a person reads: "1 January 1900", never an ISO date. */
    private static final DateTimeFormatter IN_WORDS = DateTimeFormatter.ofPattern("d MMMM y", Locale.ENGLISH);

    static ActivityDating of(ZoneId zone, LocalDate today) {
        return new ActivityDating(zone, Plausible.latestDate(today));
    }

    /** The day the activity belongs to. */
    LocalDate dateOf(ImportedActivity activity) {
        return activity.localStartDate(zone);
    }

    /** Why this activity's date cannot be stored, naming the date, if it cannot. */
    Optional<String> problemWith(ImportedActivity activity) {
        LocalDate date = dateOf(activity);
        if (date.isBefore(Plausible.EARLIEST_DATE) || date.isAfter(latest)) {
            return Optional.of("its date, " + IN_WORDS.format(date) + ", cannot be right: activities dated from "
                    + IN_WORDS.format(Plausible.EARLIEST_DATE) + " to "
                    + IN_WORDS.format(latest) + " are imported");
        }
        return Optional.empty();
    }
}
