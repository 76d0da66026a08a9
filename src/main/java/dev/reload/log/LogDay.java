package dev.reload.log;

import java.time.LocalDate;
import java.util.List;

/**
 * The entries of one day, newest first: sessions (the latest start first, then those without a
 * start time, the last entered first), then strength work (the last entered first), then the
 * morning check-in, which is the day's first entry.
 */
public record LogDay(LocalDate date, List<LogEntry> entries) {

    public LogDay {
        entries = List.copyOf(entries);
    }
}
