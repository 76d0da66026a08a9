package dev.reload.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * V020 and V020_1 on a database that already holds rows (a running Reload's, at V019_2): the rows
 * stay, the emails are claimed in account_email, and the new keys hold them to their account.
 * Subclasses pick the database.
 */
abstract class KeyByAccountMigrationContract {

    /** A fresh, empty database (or schema) as Flyway's data source. */
    abstract SingleConnectionDataSource emptyDatabase() throws SQLException;

    @Test
    void anExistingDatabaseKeepsItsRowsUnderTheNewKeys() throws SQLException {
        SingleConnectionDataSource database = emptyDatabase();
        flyway(database, "019.2").migrate();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        long ana = account(jdbc, "ana@example.org");
        long cole = account(jdbc, "cole@example.org");
        jdbc.update(
                "INSERT INTO plan (id, account_id, knee_condition, target_activity, unit, start_date, weekly_goal,"
                        + " sessions_per_week, progression_percent, created_at) VALUES (7, ?, 'PATELLOFEMORAL_PAIN', 'RUN',"
                        + " 'KM', DATE '2026-03-02', 20, 3, 10, CURRENT_TIMESTAMP)",
                ana);
        jdbc.update(
                "INSERT INTO knob_change (account_id, plan_id, knob, old_value, new_value, changed_by, changed_at)"
                        + " VALUES (?, 7, 'STEP', '10', '8', ?, CURRENT_TIMESTAMP)",
                ana,
                cole);
        jdbc.update(
                "INSERT INTO shoe (id, account_id, name, started_on, created_at)"
                        + " VALUES (5, ?, 'Trail', DATE '2026-03-02', CURRENT_TIMESTAMP)",
                ana);
        jdbc.update(
                "INSERT INTO import_job (id, account_id, file_name, kind, status, created_at, updated_at)"
                        + " VALUES (3, ?, 'a.fit', 'FILE', 'DONE', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                ana);
        jdbc.update(
                "INSERT INTO activity_session (account_id, session_date, activity, volume, unit, shoe_id,"
                        + " import_id, source, created_at) VALUES (?, DATE '2026-03-03', 'RUN', 5, 'KM', 5, 3, 'a.fit',"
                        + " CURRENT_TIMESTAMP)",
                ana);
        jdbc.update(
                "INSERT INTO clinic_link (patient_id, clinician_id, linked_at) VALUES (?, ?, CURRENT_TIMESTAMP)",
                ana,
                cole);
        jdbc.update(
                "INSERT INTO import_file_chunk (account_id, import_id, chunk_no, bytes) VALUES (?, 3, 0, ?)",
                ana,
                new byte[] {1, 2, 3});
        jdbc.update(
                "INSERT INTO onboarding_draft (account_id, answers, updated_at) VALUES (?, '{}', CURRENT_TIMESTAMP)",
                ana);

        flyway(database, null).migrate();

        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM activity_session WHERE shoe_id = 5 AND import_id = 3", Integer.class))
                .isOne();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM knob_change WHERE plan_id = 7", Integer.class))
                .isOne();
        assertThat(jdbc.queryForList("SELECT email FROM account_email ORDER BY email", String.class))
                .containsExactly("ana@example.org", "cole@example.org");
        assertThatThrownBy(() -> jdbc.update(
                        "INSERT INTO account_email (email, account_id) VALUES (?, ?)", "ana@example.org", cole))
                .as("the email is claimed once")
                .hasMessageContaining("account_email_pk");
        assertThatThrownBy(() -> jdbc.update(
                        "INSERT INTO knob_change (account_id, plan_id, knob, old_value,"
                                + " new_value, changed_at) VALUES (?, 7, 'STEP', '8', '9', CURRENT_TIMESTAMP)",
                        cole))
                .as("another account's plan")
                .hasMessageContaining("knob_change_plan_fk");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM import_file_chunk WHERE account_id = ? AND import_id = 3",
                        Integer.class,
                        ana))
                .isOne();
        assertThatThrownBy(() -> jdbc.update(
                        "INSERT INTO import_file_chunk (account_id, import_id, chunk_no, bytes) VALUES (?, 3, 1, ?)",
                        cole,
                        new byte[] {4}))
                .as("a piece of another account's import")
                .hasMessageContaining("import_file_chunk_job_fk");

        jdbc.update("DELETE FROM account WHERE id = ?", ana);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM activity_session", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM shoe", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM import_file_chunk", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM onboarding_draft", Integer.class))
                .isZero();
        database.destroy();
    }

    private static long account(JdbcTemplate jdbc, String email) {
        jdbc.update(
                "INSERT INTO account (email, display_name, password_hash, role, created_at, password_changed_at)"
                        + " VALUES (?, 'A', '{bcrypt}x', 'PATIENT', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                email);
        return jdbc.queryForObject("SELECT id FROM account WHERE email = ?", Long.class, email);
    }

    private static Flyway flyway(SingleConnectionDataSource database, String target) throws SQLException {
        var configuration = Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration")
                .javaMigrations(new DropGeneratedKeys());
        String schema = database.getConnection().getSchema();
        configuration.schemas(schema).defaultSchema(schema);
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load();
    }

    /** A schema of its own on the test PostgreSQL, dropped first. */
    static SingleConnectionDataSource postgresSchema(String url, String user, String password, String schema)
            throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            statement.execute("CREATE SCHEMA " + schema);
        }
        String inSchema = url.replaceAll("currentSchema=[^&]*", "currentSchema=" + schema);
        return new SingleConnectionDataSource(inSchema, user, password, true);
    }
}
