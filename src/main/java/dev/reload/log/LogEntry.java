package dev.reload.log;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of the whole log: exactly one of {@code session}, {@code strength} and {@code checkIn}
 * is set, the one {@code kind} names.
 */
public record LogEntry(Kind kind, SessionView session, StrengthView strength, CheckInView checkIn) {

    /** The three kinds of entry, with the path segment of their pages and API resources. */
    public enum Kind {
        SESSION("sessions"),
        STRENGTH("strength"),
        CHECK_IN("checkins");

        private final String path;

        Kind(String path) {
            this.path = path;
        }

        /** {@code sessions}, {@code strength} or {@code checkins}: as in {@code /log/sessions/7/edit}. */
        public String path() {
            return path;
        }
    }

    public LogEntry {
        Objects.requireNonNull(kind, "kind");
        Object set = switch (kind) {
            case SESSION -> session;
            case STRENGTH -> strength;
            case CHECK_IN -> checkIn;
        };
        int given = (session == null ? 0 : 1) + (strength == null ? 0 : 1) + (checkIn == null ? 0 : 1);
        if (set == null || given != 1) {
            throw new IllegalArgumentException("a log entry holds exactly the one item its kind names");
        }
    }

    static LogEntry of(SessionView session) {
        return new LogEntry(Kind.SESSION, session, null, null);
    }

    static LogEntry of(StrengthView strength) {
        return new LogEntry(Kind.STRENGTH, null, strength, null);
    }

    static LogEntry of(CheckInView checkIn) {
        return new LogEntry(Kind.CHECK_IN, null, null, checkIn);
    }

    public long id() {
        return switch (kind) {
            case SESSION -> session.id();
            case STRENGTH -> strength.id();
            case CHECK_IN -> checkIn.id();
        };
    }

    public LocalDate date() {
        return switch (kind) {
            case SESSION -> session.date();
            case STRENGTH -> strength.date();
            case CHECK_IN -> checkIn.date();
        };
    }
}
