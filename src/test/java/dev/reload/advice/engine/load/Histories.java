package dev.reload.advice.engine.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.reload.knee.Activity;

/** Small running histories for the tests of one R6 rule at a time. */
final class Histories {

    /** A Monday. */
    static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);

    private Histories() {}

    static HistorySession run(LocalDate date, double volume) {
        return HistorySession.of(date, Activity.RUN, volume);
    }

    static HistorySession run(LocalDate date, double volume, Integer rpe) {
        return new HistorySession(date, Activity.RUN, volume, null, rpe, null, null, null);
    }

    /** One session on the Monday of each week from {@link #MONDAY}. */
    static List<HistorySession> weekly(double... volumes) {
        List<HistorySession> sessions = new ArrayList<>();
        for (int w = 0; w < volumes.length; w++) {
            sessions.add(run(MONDAY.plusWeeks(w), volumes[w]));
        }
        return sessions;
    }

    /** The running history R6's rules see, with the rule's own numbers and no pain onset. */
    static ActivityHistory of(List<HistorySession> sessions) {
        return of(sessions, Optional.empty(), List.of(), List.of());
    }

    static ActivityHistory of(
            List<HistorySession> sessions,
            Optional<LocalDate> painOnset,
            List<GearChange> gearChanges,
            List<LocalDate> redWeekStarts) {
        List<HistorySession> sorted = new ArrayList<>(sessions);
        sorted.sort(Comparator.comparing(HistorySession::date));
        return new ActivityHistory(
                Activity.RUN,
                sorted.get(0).date(),
                sorted,
                painOnset,
                gearChanges,
                redWeekStarts,
                HistoryKnobs.DEFAULTS);
    }
}
