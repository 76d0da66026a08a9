package dev.reload.log;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.reload.knee.Activity;
import dev.reload.knee.VolumeUnit;

/**
 * The whole log's queries over the three kinds of entry: which days have entries (newest or
 * oldest first from a date on), and the sessions of a range of days under a filter. Every query
 * filters by the owning account, and each part reads one index range (V005, V009) and no more
 * rows than a page needs.
 */
@Repository
class LogEntries {

    private final JdbcClient jdbc;

    LogEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Which way {@link #days} reads from its bound. */
    enum Direction {
        /** Days before the bound (every day when it is null), newest first. */
        OLDER,
        /** Days after the bound, oldest first. */
        NEWER
    }

    /**
     * At most {@code limit} days that have an entry matching the filter, strictly before (OLDER) or
     * after (NEWER) {@code bound}; OLDER with a null bound starts from the newest entry.
     */
    List<LocalDate> days(long account, LogFilter filter, Direction direction, LocalDate bound, int limit) {
        String order = direction == Direction.OLDER ? "DESC" : "ASC";
        String compare = direction == Direction.OLDER ? "<" : ">";
        List<String> parts = new ArrayList<>();
        parts.add(part("session_date", "activity_session", sessionConditions(filter), compare, bound, order));
        if (!filter.sessionsOnly()) {
            parts.add(part("set_date", "strength_set", "", compare, bound, order));
            parts.add(part("check_in_date", "check_in", "", compare, bound, order));
        }
        String sql = "SELECT d FROM (" + String.join(" UNION ", parts) + ") days ORDER BY d " + order + " LIMIT :limit";
        return bind(jdbc.sql(sql), account, filter)
                .param("bound", bound)
                .param("limit", limit)
                .query((rs, n) -> rs.getDate(1).toLocalDate())
                .list();
    }

    /** The day of the account's first entry of any kind. */
    Optional<LocalDate> firstDay(long account) {
        Date first = jdbc.sql("SELECT MIN(d) FROM ("
                        + "SELECT MIN(session_date) AS d FROM activity_session WHERE account_id = :account"
                        + " UNION ALL SELECT MIN(set_date) FROM strength_set WHERE account_id = :account"
                        + " UNION ALL SELECT MIN(check_in_date) FROM check_in WHERE account_id = :account) firsts")
                .param("account", account)
                .query(Date.class)
                .optional()
                .orElse(null);
        return Optional.ofNullable(first).map(Date::toLocalDate);
    }

    /**
     * The sessions dated {@code from} to {@code to} (both included) that match the filter, newest
     * day first and in a day as {@link LogDay} orders them.
     */
    List<StoredSession> sessions(long account, LogFilter filter, LocalDate from, LocalDate to) {
        String sql = "SELECT * FROM activity_session WHERE account_id = :account"
                + " AND session_date BETWEEN :from AND :to" + sessionConditions(filter)
                + " ORDER BY session_date DESC, started_at DESC NULLS LAST, created_at DESC, id DESC";
        return bind(jdbc.sql(sql), account, filter)
                .param("from", from)
                .param("to", to)
                .query(LogEntries::session)
                .list();
    }

    /** One branch of the days query: the distinct days of one table, no more than the page needs. */
    private static String part(
            String column, String table, String conditions, String compare, LocalDate bound, String order) {
        return "SELECT d FROM (SELECT DISTINCT " + column + " AS d FROM " + table + " WHERE account_id = :account"
                + conditions + (bound == null ? "" : " AND " + column + " " + compare + " :bound")
                + " ORDER BY d " + order + " LIMIT :limit) " + table + "_days";
    }

    /** The filter as SQL conditions on activity_session, each bound by name in {@link #bind}. */
    private static String sessionConditions(LogFilter filter) {
        StringBuilder sql = new StringBuilder();
        if (filter.activity() != null) {
            sql.append(" AND activity = :activity");
        }
        if (filter.source() == LogSource.LOGGED) {
            sql.append(" AND source = '" + StoredSession.MANUAL + "'");
        } else if (filter.source() == LogSource.IMPORTED) {
            sql.append(" AND source <> '" + StoredSession.MANUAL + "'");
        }
        if (filter.importId() != null) {
            sql.append(" AND import_id = :import");
        }
        return sql.toString();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, long account, LogFilter filter) {
        statement = statement.param("account", account);
        if (filter.activity() != null) {
            statement = statement.param("activity", filter.activity().name());
        }
        if (filter.importId() != null) {
            statement = statement.param("import", filter.importId());
        }
        return statement;
    }

    private static StoredSession session(ResultSet rs, int row) throws SQLException {
        Timestamp started = rs.getTimestamp("started_at");
        return new StoredSession(
                rs.getLong("id"),
                rs.getLong("account_id"),
                rs.getDate("session_date").toLocalDate(),
                Activity.valueOf(rs.getString("activity")),
                rs.getBigDecimal("volume"),
                VolumeUnit.valueOf(rs.getString("unit")),
                integer(rs, "rpe"),
                integer(rs, "pain_during"),
                integer(rs, "pain_after"),
                integer(rs, "duration_sec"),
                rs.getBigDecimal("distance_km"),
                integer(rs, "avg_pace_sec_per_km"),
                rs.getString("surface"),
                rs.getObject("shoe_id", Long.class),
                rs.getString("shoes"),
                rs.getString("source"),
                rs.getTimestamp("created_at").toInstant(),
                started == null ? null : started.toInstant(),
                rs.getObject("import_id", Long.class));
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, Integer.class);
    }
}
