package dev.reload.log;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.reload.knee.Activity;
import dev.reload.knee.VolumeUnit;

/**
 * The whole log of one account, read by plain SQL straight into the views: the hot read of the
 * adviser, Today and the progress page when an account's snapshot is out of date (decision 0030).
 * Spring Data JDBC's mapping of the same rows into the stored records, then into the views, cost
 * about six microseconds a row; this one maps each column once, by position. The views are the
 * same as {@code SessionView.of(StoredSession)} and its kin make (LogRowsContract).
 */
@Component
class LogRows {

    private static final RowMapper<SessionView> SESSION = (rs, n) -> new SessionView(
            rs.getLong(1),
            rs.getObject(2, LocalDate.class),
            Activity.valueOf(rs.getString(3)),
            Values.plain(rs.getBigDecimal(4)),
            VolumeUnit.valueOf(rs.getString(5)),
            integer(rs, 6),
            Values.plain(rs.getBigDecimal(7)),
            integer(rs, 8),
            integer(rs, 9),
            integer(rs, 10),
            rs.getString(11),
            rs.getString(12),
            rs.getString(13),
            rs.getObject(14, Long.class),
            integer(rs, 15));

    private static final RowMapper<CheckInView> CHECK_IN = (rs, n) -> new CheckInView(
            rs.getLong(1),
            rs.getObject(2, LocalDate.class),
            integer(rs, 3),
            integer(rs, 4),
            Values.plain(rs.getBigDecimal(5)),
            integer(rs, 6),
            rs.getString(7));

    private static final RowMapper<StrengthView> STRENGTH = (rs, n) -> new StrengthView(
            rs.getLong(1),
            rs.getObject(2, LocalDate.class),
            rs.getString(3),
            rs.getInt(4),
            rs.getInt(5),
            Values.plain(rs.getBigDecimal(6)),
            integer(rs, 7),
            rs.getString(8),
            rs.getInt(9));

    private final JdbcClient jdbc;

    LogRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every session of the account, by date, then in the order logged. */
    List<SessionView> sessions(long account) {
        return jdbc.sql("SELECT id, session_date, activity, volume, unit, duration_sec, distance_km, rpe,"
                        + " pain_during, pain_after, source, surface, shoes, shoe_id, avg_pace_sec_per_km"
                        + " FROM activity_session WHERE account_id = ? ORDER BY session_date, id")
                .param(account)
                .query(SESSION)
                .list();
    }

    /** Every check-in of the account, by date (one a day). */
    List<CheckInView> checkIns(long account) {
        return jdbc.sql("SELECT id, check_in_date, morning_pain, morning_stiffness, sleep_hours, stress, notes"
                        + " FROM check_in WHERE account_id = ? ORDER BY check_in_date")
                .param(account)
                .query(CHECK_IN)
                .list();
    }

    /** Every strength entry of the account, by date, then in the order logged. */
    List<StrengthView> strength(long account) {
        return jdbc.sql("SELECT id, set_date, exercise, sets, reps, load_kg, hold_sec, tempo, pain_during"
                        + " FROM strength_set WHERE account_id = ? ORDER BY set_date, id")
                .param(account)
                .query(STRENGTH)
                .list();
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
