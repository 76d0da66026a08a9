package dev.reload.log;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import dev.reload.system.web.NotFoundException;

/**
 * What an account deleted from its log in the last {@link #KEPT}, so that a delete can be undone
 * (decision 0011): each entry as it was stored, as JSON, under its kind and original id. An entry
 * goes in within the transaction of its delete and comes out within the transaction of its
 * restore; entries older than {@link #KEPT} are pruned whenever the account puts or takes one, so
 * the table never holds more than a day of anyone's deletions.
 */
@Repository
class Trash {

    /** How long a delete can be undone. */
    static final Duration KEPT = Duration.ofHours(24);

    /** What a deleted entry was (the {@code kind} column). */
    enum Kind {
        SESSION,
        CHECK_IN,
        STRENGTH,
        SHOE
    }

    private final JdbcClient jdbc;
    /** A mapper of its own: the stored format does not follow the API's JSON settings. */
    private final JsonMapper json = JsonMapper.builder().build();

    Trash(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps {@code row}, just deleted, as entry {@code id} of this kind; prunes what is older than {@link #KEPT}. */
    void put(long account, Kind kind, long id, Object row, Instant now) {
        prune(account, now);
        jdbc.sql("""
                        INSERT INTO log_trash (account_id, kind, entry_id, entry, deleted_at)
                        VALUES (:account, :kind, :id, :entry, :deletedAt)""")
                .param("account", account)
                .param("kind", kind.name())
                .param("id", id)
                .param("entry", json.writeValueAsString(row))
                .param("deletedAt", Timestamp.from(now))
                .update();
    }

    /**
     * Takes entry {@code id} of this kind out of the account's trash, as it was stored; empty when
     * it is not there (never deleted, deleted more than {@link #KEPT} ago, already taken, or
     * another account's). Two callers taking the same entry at once: one gets it.
     */
    <T> Optional<T> take(long account, Kind kind, long id, Class<T> type, Instant now) {
        prune(account, now);
        Optional<Kept> kept = jdbc.sql("""
                        SELECT id, entry FROM log_trash
                        WHERE account_id = :account AND kind = :kind AND entry_id = :id""")
                .param("account", account)
                .param("kind", kind.name())
                .param("id", id)
                .query((rs, n) -> new Kept(rs.getLong("id"), rs.getString("entry")))
                .optional();
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        int taken = jdbc.sql("DELETE FROM log_trash WHERE account_id = :account AND id = :id")
                .param("account", account)
                .param("id", kept.get().id())
                .update();
        return taken == 1 ? Optional.of(json.readValue(kept.get().entry(), type)) : Optional.empty();
    }

    /** The answer when {@link #take} finds nothing: a 404 that says why an entry may not be there. */
    static NotFoundException notThere(String what, long id) {
        return new NotFoundException("No " + what + " with id " + id
                + " is among your deletions of the last " + KEPT.toHours()
                + " hours: it was not deleted, it has been restored"
                + " already, or it was deleted longer ago.");
    }

    /** Forgets the account's deletions older than {@link #KEPT}. */
    private void prune(long account, Instant now) {
        jdbc.sql("DELETE FROM log_trash WHERE account_id = :account AND deleted_at < :cutoff")
                .param("account", account)
                .param("cutoff", Timestamp.from(now.minus(KEPT)))
                .update();
    }

    private record Kept(long id, String entry) {}
}
