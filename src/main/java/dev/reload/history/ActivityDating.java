package dev.reload.history;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import dev.reload.importing.ImportedActivity;

/**
 * How an import dates the activities of one person: by the local date of their start (the file's
 * own local time where it has one, else the person's time zone), and only within the dates a
 * person can have trained on, 1900-01-01 to two years after today (api.md, the plausible range).
 *
 * @param zone   the person's time zone
 * @param latest the last plausible date: two years after the person's today
 */
record ActivityDating(ZoneId zone, LocalDate latest) {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final int YEARS_AHEAD = 2;

    static ActivityDating of(ZoneId zone, LocalDate today) {
        return new ActivityDating(zone, today.plusYears(YEARS_AHEAD));
    }

    /** The day the activity belongs to. */
    LocalDate dateOf(ImportedActivity activity) {
        return activity.localStartDate(zone);
    }

    /** Why this activity's date cannot be stored, naming the date, if it cannot. */
    Optional<String> problemWith(ImportedActivity activity) {
        LocalDate date = dateOf(activity);
        if (date.isBefore(EARLIEST) || date.isAfter(latest)) {
            return Optional.of("its date, " + date + ", cannot be right: activities dated from " + EARLIEST + " to "
                    + latest + " are imported");
        }
        return Optional.empty();
    }
}
