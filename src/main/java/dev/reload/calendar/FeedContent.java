package dev.reload.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * What a feed holds, before it is written as iCalendar: its name, its description, the person's
 * time zone and the events. Two feeds with equal content are the same feed, whenever they were
 * made: {@link #hash()} tells a change apart from a read.
 */
record FeedContent(String name, String description, String timeZone, List<Event> events) {

    FeedContent {
        events = List.copyOf(events);
    }

    /**
     * One event. All day when {@code time} is null; otherwise at that floating time (the person's
     * own clock, wherever they are) for {@code length}, every day from {@code date} on if {@code
     * daily}, with a reminder at its start when {@code alarm} (its text) is not null.
     */
    record Event(
            String uid,
            LocalDate date,
            LocalTime time,
            Duration length,
            boolean daily,
            String summary,
            String description,
            String alarm,
            String url) {

        Event {
            Objects.requireNonNull(uid, "uid");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(summary, "summary");
        }

        static Event allDay(String uid, LocalDate date, String summary, String description, String url) {
            return new Event(uid, date, null, null, false, summary, description, null, url);
        }
    }

    /** The SHA-256 of everything the feed holds, as hex. */
    String hash() {
        return HexFormat.of().formatHex(TokenHashes.sha256(toString().getBytes(StandardCharsets.UTF_8)));
    }
}
