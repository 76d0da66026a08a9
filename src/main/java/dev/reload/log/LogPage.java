package dev.reload.log;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of the whole log: whole days, newest first, at most {@link WholeLogService#DAYS_PER_PAGE}
 * days that have an entry. {@code olderBefore} is the {@code before} of the next older page and
 * {@code newerAfter} the {@code after} of the next newer one; each is null when there is no such page.
 */
public record LogPage(List<LogDay> days, LocalDate olderBefore, LocalDate newerAfter) {

    public LogPage {
        days = List.copyOf(days);
    }

    public boolean isEmpty() {
        return days.isEmpty();
    }
}
