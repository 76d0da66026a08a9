package dev.reload.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

import dev.reload.importing.ImportFailure;

/**
 * The import jobs and their failures. Every read for a person filters by the owning account; only
 * the runner reads a job by id alone (it runs the jobs of every account). A runner leases a job
 * before it runs it (decision 0028): the lease's expiry is a time of the database's clock, so that
 * the instances' own clocks do not matter, and every write of a job's progress is made on the
 * condition that the runner still holds the lease; a write that finds the lease taken changes
 * nothing and says so. The writes of a job's progress name its account as well as its id, so that
 * a database sharded by account (decision 0024) sends each to the account's node.
 */
@Repository
class ImportJobs {

    private static final String COLUMNS = "id, account_id, file_name, kind, status, total, processed, imported,"
            + " duplicates, next_index, upload_path, file_size, file_gzipped, created_at, updated_at";

    /** How many jobs one look for work considers (the oldest claimable ones). */
    private static final int CANDIDATES = 10;

    /** A job another runner may take: unfinished, and its lease (if any) run out. */
    private static final String CLAIMABLE =
            "status IN ('QUEUED', 'RUNNING') AND (lease_until IS NULL OR lease_until < CURRENT_TIMESTAMP)";

    /** The lease's new expiry, {@code :seconds} from now by the database's clock. */
    private static final String LEASE_UNTIL = "CURRENT_TIMESTAMP + CAST(:seconds AS INT) * INTERVAL '1' SECOND";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    ImportJobs(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    long create(long accountId, String fileName, ImportKind kind, int total, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO import_job (account_id, file_name, kind, status, total, created_at, updated_at)"
                        + " VALUES (:account, :name, :kind, 'QUEUED', :total, :now, :now)")
                .param("account", accountId)
                .param("name", fileName)
                .param("kind", kind.name())
                .param("total", total)
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Records what was kept of the job's file ({@link ImportFiles}). */
    void describeFile(long id, long accountId, ImportFiles.Kept kept) {
        jdbc.sql("UPDATE import_job SET file_size = :size, file_crc32 = :crc, file_gzipped = :gzipped"
                        + " WHERE account_id = :account AND id = :id")
                .param("id", id)
                .param("account", accountId)
                .param("size", kept.size())
                .param("crc", kept.crc32())
                .param("gzipped", kept.gzipped())
                .update();
    }

    /**
     * Leases the oldest job no runner holds to {@code owner} for {@code lease}, skipping any that
     * another runner is leasing at this moment. The look for candidates locks nothing; each is then
     * locked by its account and id ({@code FOR UPDATE SKIP LOCKED} on one row), because a database
     * sharded by account locks rows only in a query that names the shard (decision 0024).
     */
    Optional<Long> leaseNext(String owner, Duration lease) {
        List<long[]> candidates = jdbc.sql("SELECT account_id, id FROM import_job WHERE " + CLAIMABLE
                        + " ORDER BY id FETCH FIRST " + CANDIDATES + " ROWS ONLY")
                .query((rs, n) -> new long[] {rs.getLong("account_id"), rs.getLong("id")})
                .list();
        for (long[] candidate : candidates) {
            long account = candidate[0];
            long id = candidate[1];
            boolean leased = Boolean.TRUE.equals(transactions.execute(tx -> jdbc.sql(
                            "SELECT id FROM import_job WHERE account_id = :account AND id = :id AND " + CLAIMABLE
                                    + " FOR UPDATE SKIP LOCKED")
                    .param("account", account)
                    .param("id", id)
                    .query(Long.class)
                    .optional()
                    .filter(locked -> leased(
                            jdbc.sql("UPDATE import_job SET lease_owner = :owner, lease_until = " + LEASE_UNTIL
                                            + " WHERE account_id = :account AND id = :id AND " + CLAIMABLE)
                                    .param("account", account),
                            id,
                            owner,
                            lease))
                    .isPresent()));
            if (leased) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    /** Leases this job to {@code owner} if it is unfinished and nobody else holds it; false otherwise. */
    boolean lease(long id, String owner, Duration lease) {
        return leased(
                jdbc.sql("UPDATE import_job SET lease_owner = :owner, lease_until = " + LEASE_UNTIL
                        + " WHERE id = :id AND (" + CLAIMABLE
                        + " OR (lease_owner = :owner AND status IN ('QUEUED', 'RUNNING')))"),
                id,
                owner,
                lease);
    }

    private static boolean leased(JdbcClient.StatementSpec update, long id, String owner, Duration lease) {
        return update.param("id", id)
                        .param("owner", owner)
                        .param("seconds", seconds(lease))
                        .update()
                == 1;
    }

    /**
     * Renews the lease of a job {@code owner} runs (one that has just ended keeps none); false when
     * the lease has gone to someone else.
     */
    boolean renew(long id, String owner, Duration lease) {
        return jdbc.sql("UPDATE import_job SET lease_until = CASE WHEN status IN ('QUEUED', 'RUNNING') THEN "
                                + LEASE_UNTIL + " ELSE lease_until END WHERE id = :id AND lease_owner = :owner")
                        .param("id", id)
                        .param("owner", owner)
                        .param("seconds", seconds(lease))
                        .update()
                == 1;
    }

    /** Gives up every unfinished job {@code owner} holds, so that another runner takes them at once. */
    int release(String owner) {
        return jdbc.sql("UPDATE import_job SET lease_owner = NULL, lease_until = NULL"
                        + " WHERE lease_owner = :owner AND status IN ('QUEUED', 'RUNNING')")
                .param("owner", owner)
                .update();
    }

    private static int seconds(Duration lease) {
        return (int) Math.max(1, lease.toSeconds());
    }

    Optional<ImportJob> find(long id, long accountId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM import_job WHERE id = :id AND account_id = :account")
                .param("id", id)
                .param("account", accountId)
                .query(ImportJobs::job)
                .optional();
    }

    /** For the runner only: the job whatever its account. */
    Optional<ImportJob> findForRunner(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM import_job WHERE id = :id")
                .param("id", id)
                .query(ImportJobs::job)
                .optional();
    }

    Optional<ImportJob> latest(long accountId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM import_job WHERE account_id = :account"
                        + " ORDER BY created_at DESC, id DESC FETCH FIRST 1 ROWS ONLY")
                .param("account", accountId)
                .query(ImportJobs::job)
                .optional();
    }

    /** The job is running with {@code total} items; throws when {@code owner} no longer holds it. */
    void start(long id, long accountId, String owner, int total, Instant now) {
        held(
                jdbc.sql("UPDATE import_job SET status = 'RUNNING', total = :total, updated_at = :now"
                                + " WHERE account_id = :account AND id = :id AND lease_owner = :owner")
                        .param("id", id)
                        .param("account", accountId)
                        .param("owner", owner)
                        .param("total", total)
                        .param("now", Timestamp.from(now))
                        .update(),
                id);
    }

    /**
     * One item done: the counts move on and {@code nextIndex} passes it (in the item's own
     * transaction); throws when {@code owner} no longer holds the job, so that the item's
     * transaction stores nothing.
     */
    void advance(
            long id,
            long accountId,
            String owner,
            int nextIndex,
            int total,
            int imported,
            int duplicates,
            Instant now) {
        held(
                jdbc.sql(
                                "UPDATE import_job SET processed = :next, next_index = :next, total = :total,"
                                        + " imported = imported + :imported, duplicates = duplicates + :duplicates,"
                                        + " updated_at = :now WHERE account_id = :account AND id = :id AND lease_owner = :owner")
                        .param("id", id)
                        .param("account", accountId)
                        .param("owner", owner)
                        .param("next", nextIndex)
                        .param("total", total)
                        .param("imported", imported)
                        .param("duplicates", duplicates)
                        .param("now", Timestamp.from(now))
                        .update(),
                id);
    }

    /** The job has ended; throws when {@code owner} no longer holds it. */
    void finish(long id, long accountId, String owner, ImportStatus status, Instant now) {
        held(
                jdbc.sql(
                                "UPDATE import_job SET status = :status, upload_path = NULL, lease_until = NULL,"
                                        + " updated_at = :now WHERE account_id = :account AND id = :id AND lease_owner = :owner")
                        .param("id", id)
                        .param("account", accountId)
                        .param("owner", owner)
                        .param("status", status.name())
                        .param("now", Timestamp.from(now))
                        .update(),
                id);
    }

    private static void held(int updated, long id) {
        if (updated != 1) {
            throw new LeaseLostException(id);
        }
    }

    void addFailure(long jobId, long accountId, int position, ImportFailure failure) {
        jdbc.sql("INSERT INTO import_failure (import_job, account_id, item_index, file, reason)"
                        + " VALUES (:job, :account, :position, :file, :reason)")
                .param("job", jobId)
                .param("account", accountId)
                .param("position", position)
                .param("file", cut(failure.file(), 500))
                .param("reason", cut(failure.reason(), 1000))
                .update();
    }

    List<ImportFailure> failures(long jobId, long accountId) {
        return jdbc.sql("SELECT file, reason FROM import_failure WHERE import_job = :job AND account_id = :account"
                        + " ORDER BY item_index, id")
                .param("job", jobId)
                .param("account", accountId)
                .query((rs, n) -> new ImportFailure(rs.getString("file"), rs.getString("reason")))
                .list();
    }

    private static String cut(String value, int max) {
        String v = value == null ? "" : value;
        return v.length() <= max ? v : v.substring(0, max - 1) + "…";
    }

    private static ImportJob job(ResultSet rs, int row) throws SQLException {
        return new ImportJob(
                rs.getLong("id"),
                rs.getLong("account_id"),
                rs.getString("file_name"),
                ImportKind.valueOf(rs.getString("kind")),
                ImportStatus.valueOf(rs.getString("status")),
                rs.getInt("total"),
                rs.getInt("processed"),
                rs.getInt("imported"),
                rs.getInt("duplicates"),
                rs.getInt("next_index"),
                rs.getString("upload_path"),
                rs.getObject("file_size", Long.class),
                rs.getBoolean("file_gzipped"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
