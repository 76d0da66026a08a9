package dev.reload.advice.engine.load;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What R6 looks at.
 *
 * @param sessions       the history, any order
 * @param painOnset      the day the pain began, if known
 * @param gearChanges    changes of shoes or surface reported apart from the sessions
 * @param redWeekStarts  the first days of weeks judged RED (R1); R6.gear also looks at the 21 days before them
 */
public record HistoryInput(
        List<HistorySession> sessions,
        Optional<LocalDate> painOnset,
        List<GearChange> gearChanges,
        List<LocalDate> redWeekStarts) {

    public HistoryInput {
        sessions = List.copyOf(Objects.requireNonNull(sessions, "sessions"));
        Objects.requireNonNull(painOnset, "painOnset");
        gearChanges = gearChanges == null ? List.of() : List.copyOf(gearChanges);
        redWeekStarts = redWeekStarts == null ? List.of() : List.copyOf(redWeekStarts);
    }

    public HistoryInput(List<HistorySession> sessions, Optional<LocalDate> painOnset) {
        this(sessions, painOnset, List.of(), List.of());
    }
}
