package dev.reload.calendar;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.InsertOnlyProperty;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An account's calendar feed: its token (kept so that its owner can see the address again, found by
 * its SHA-256), and the revision of what it holds, which counts up whenever that changes.
 */
@Table("calendar_feed")
record CalendarFeed(
        @Id Long id,
        @InsertOnlyProperty Long accountId,
        String token,
        String tokenHash,
        Instant createdAt,
        int revision,
        String contentHash,
        Instant changedAt) {

    static CalendarFeed create(long accountId, String token, String tokenHash, Instant now) {
        return new CalendarFeed(null, accountId, token, tokenHash, now, 0, null, now);
    }

    /** The feed after its contents changed to ones with this hash. */
    CalendarFeed changed(String newContentHash, Instant now) {
        return new CalendarFeed(id, accountId, token, tokenHash, createdAt, revision + 1, newContentHash, now);
    }
}
