package dev.reload.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import dev.reload.importing.ImportFailure;

/**
 * The import jobs and their failures. Every read and write filters by the owning account; only
 * the runner reads a job by id alone (it resumes jobs of every account after a restart).
 */
@Repository
class ImportJobs {

    private static final String COLUMNS = "id, account_id, file_name, kind, status, total, processed, imported,"
            + " duplicates, next_index, upload_path, created_at, updated_at";

    private final JdbcClient jdbc;

    ImportJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long create(long accountId, String fileName, ImportKind kind, int total, String uploadPath, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO import_job (account_id, file_name, kind, status, total, upload_path, created_at,"
                        + " updated_at) VALUES (:account, :name, :kind, 'QUEUED', :total, :path, :now, :now)")
                .param("account", accountId)
                .param("name", fileName)
                .param("kind", kind.name())
                .param("total", total)
                .param("path", uploadPath)
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKey().longValue();
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

    /** Jobs a stopped application left unfinished, oldest first. */
    List<Long> unfinished() {
        return jdbc.sql("SELECT id FROM import_job WHERE status IN ('QUEUED', 'RUNNING') ORDER BY id")
                .query(Long.class)
                .list();
    }

    void start(long id, long accountId, int total, Instant now) {
        jdbc.sql("UPDATE import_job SET status = 'RUNNING', total = :total, updated_at = :now"
                        + " WHERE account_id = :account AND id = :id")
                .param("id", id)
                .param("account", accountId)
                .param("total", total)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** One item done: the counts move on and {@code nextIndex} passes it (in the item's own transaction). */
    void advance(long id, long accountId, int nextIndex, int total, int imported, int duplicates, Instant now) {
        jdbc.sql("UPDATE import_job SET processed = :next, next_index = :next, total = :total,"
                        + " imported = imported + :imported, duplicates = duplicates + :duplicates, updated_at = :now"
                        + " WHERE account_id = :account AND id = :id")
                .param("id", id)
                .param("account", accountId)
                .param("next", nextIndex)
                .param("total", total)
                .param("imported", imported)
                .param("duplicates", duplicates)
                .param("now", Timestamp.from(now))
                .update();
    }

    void finish(long id, long accountId, ImportStatus status, Instant now) {
        jdbc.sql("UPDATE import_job SET status = :status, upload_path = NULL, updated_at = :now"
                        + " WHERE account_id = :account AND id = :id")
                .param("id", id)
                .param("account", accountId)
                .param("status", status.name())
                .param("now", Timestamp.from(now))
                .update();
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
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
