package dev.reload.generator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.reload.generator.SyntheticAccount.AccountRow;
import dev.reload.generator.SyntheticAccount.CheckInRow;
import dev.reload.generator.SyntheticAccount.ImportRow;
import dev.reload.generator.SyntheticAccount.PlanRow;
import dev.reload.generator.SyntheticAccount.ScreeningRow;
import dev.reload.generator.SyntheticAccount.SessionRow;
import dev.reload.generator.SyntheticAccount.ShoeRow;
import dev.reload.generator.SyntheticAccount.StrengthRow;
import dev.reload.generator.SyntheticAccount.TokenRow;

/**
 * The one place that knows the tables the generator writes: a method per table, with its columns.
 * Rows whose id others refer to (the account, its shoes, its import) are inserted one by one and
 * answer their id; the rest are gathered and written in bulk by {@link #flush()} ({@link
 * BulkWriter}). One instance works on one connection, inside its transaction; it counts what it
 * wrote per table.
 */
final class GeneratedTables implements AutoCloseable {

    private static final List<String> SCREENING = List.of("account_id", "answered_on", "red_flags", "created_at");
    private static final List<String> PLAN = List.of(
            "account_id",
            "knee_condition",
            "target_activity",
            "unit",
            "start_date",
            "weekly_goal",
            "sessions_per_week",
            "progression_percent",
            "tolerable_dose",
            "initial_phase",
            "pain_onset",
            "assessment_json",
            "created_at");
    private static final List<String> SESSION = List.of(
            "account_id",
            "session_date",
            "activity",
            "volume",
            "unit",
            "rpe",
            "pain_during",
            "pain_after",
            "duration_sec",
            "distance_km",
            "avg_pace_sec_per_km",
            "surface",
            "shoe_id",
            "shoes",
            "source",
            "created_at",
            "started_at",
            "import_id");
    private static final List<String> CHECK_IN = List.of(
            "account_id",
            "check_in_date",
            "morning_pain",
            "morning_stiffness",
            "sleep_hours",
            "stress",
            "notes",
            "created_at");
    private static final List<String> STRENGTH = List.of(
            "account_id",
            "set_date",
            "exercise",
            "sets",
            "reps",
            "load_kg",
            "hold_sec",
            "tempo",
            "pain_during",
            "created_at");
    private static final List<String> API_TOKEN = List.of("account_id", "name", "token_hash", "created_at");

    private final Connection connection;
    private final BulkWriter bulk;
    private final PreparedStatement account;
    private final PreparedStatement accountEmail;
    private final PreparedStatement shoe;
    private final PreparedStatement importJob;
    private final Map<String, List<Object[]>> pending = new LinkedHashMap<>();
    private final Map<String, List<String>> columns = new LinkedHashMap<>();
    private final Map<String, Long> written = new LinkedHashMap<>();

    GeneratedTables(Connection connection) throws SQLException {
        this.connection = connection;
        this.bulk = BulkWriter.on(connection);
        this.account = connection.prepareStatement(
                "INSERT INTO account (email, display_name, password_hash, role, created_at, password_changed_at,"
                        + " distance_unit, time_zone) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                new String[] {"id"});
        this.accountEmail = connection.prepareStatement("INSERT INTO account_email (email, account_id) VALUES (?, ?)");
        this.shoe = connection.prepareStatement(
                "INSERT INTO shoe (account_id, name, started_on, start_km, retired_on, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                new String[] {"id"});
        this.importJob = connection.prepareStatement(
                "INSERT INTO import_job (account_id, file_name, kind, status, total, processed, imported, duplicates,"
                        + " next_index, created_at, updated_at) VALUES (?, ?, 'ZIP', 'DONE', ?, ?, ?, 0, ?, ?, ?)",
                new String[] {"id"});
        for (Map.Entry<String, List<String>> table : List.of(
                Map.entry("screening", SCREENING),
                Map.entry("plan", PLAN),
                Map.entry("activity_session", SESSION),
                Map.entry("check_in", CHECK_IN),
                Map.entry("strength_set", STRENGTH),
                Map.entry("api_token", API_TOKEN))) {
            columns.put(table.getKey(), table.getValue());
            pending.put(table.getKey(), new ArrayList<>());
        }
    }

    /** Every row of one generated account: the account first, then what refers to it. */
    void write(SyntheticAccount generated) throws SQLException {
        long accountId = account(generated.account());
        screening(accountId, generated.screening());
        plan(accountId, generated.plan());
        List<Long> shoeIds = new ArrayList<>();
        for (ShoeRow pair : generated.shoes()) {
            shoeIds.add(shoe(accountId, pair));
        }
        Long importId = generated.imported() == null ? null : importJob(accountId, generated.imported());
        for (SessionRow session : generated.sessions()) {
            session(
                    accountId,
                    session,
                    session.shoe() == null ? null : shoeIds.get(session.shoe()),
                    session.imported() ? importId : null);
        }
        for (CheckInRow checkIn : generated.checkIns()) {
            checkIn(accountId, checkIn);
        }
        for (StrengthRow set : generated.strength()) {
            strengthSet(accountId, set);
        }
        apiToken(accountId, generated.token());
    }

    /** The one method that makes an account row (and, should the email move to a table of its own, that too). */
    long account(AccountRow row) throws SQLException {
        account.setString(1, row.email());
        account.setString(2, row.displayName());
        account.setString(3, row.passwordHash());
        account.setString(4, row.role());
        account.setObject(5, BulkWriter.jdbc(row.createdAt()));
        account.setObject(6, BulkWriter.jdbc(row.createdAt()));
        account.setString(7, row.distanceUnit());
        account.setString(8, row.timeZone());
        long id = insertedId(account, "account");
        accountEmail.setString(1, row.email());
        accountEmail.setLong(2, id);
        accountEmail.executeUpdate();
        written.merge("account_email", 1L, Long::sum);
        return id;
    }

    long shoe(long accountId, ShoeRow row) throws SQLException {
        shoe.setLong(1, accountId);
        shoe.setString(2, row.name());
        shoe.setObject(3, row.startedOn());
        shoe.setBigDecimal(4, row.startKm());
        shoe.setObject(5, row.retiredOn());
        shoe.setObject(6, BulkWriter.jdbc(row.createdAt()));
        return insertedId(shoe, "shoe");
    }

    long importJob(long accountId, ImportRow row) throws SQLException {
        importJob.setLong(1, accountId);
        importJob.setString(2, row.fileName());
        for (int i = 3; i <= 6; i++) {
            importJob.setInt(i, row.imported());
        }
        importJob.setObject(7, BulkWriter.jdbc(row.createdAt()));
        importJob.setObject(8, BulkWriter.jdbc(row.createdAt()));
        return insertedId(importJob, "import_job");
    }

    void screening(long accountId, ScreeningRow row) {
        add("screening", accountId, row.answeredOn(), row.redFlags(), row.createdAt());
    }

    /** A plan with the knobs' defaults (the columns' own defaults, as the onboarding leaves them). */
    void plan(long accountId, PlanRow row) {
        add(
                "plan",
                accountId,
                row.condition(),
                row.targetActivity(),
                row.unit(),
                row.startDate(),
                row.weeklyGoal(),
                row.sessionsPerWeek(),
                row.progressionPercent(),
                row.tolerableDose(),
                null,
                row.painOnset(),
                row.assessmentJson(),
                row.createdAt());
    }

    void session(long accountId, SessionRow row, Long shoeId, Long importId) {
        add(
                "activity_session",
                accountId,
                row.date(),
                row.activity(),
                row.volume(),
                row.unit(),
                row.rpe(),
                row.painDuring(),
                row.painAfter(),
                row.durationSec(),
                row.distanceKm(),
                row.avgPaceSecPerKm(),
                row.surface(),
                shoeId,
                row.shoes(),
                row.source(),
                row.createdAt(),
                row.startedAt(),
                importId);
    }

    void checkIn(long accountId, CheckInRow row) {
        add(
                "check_in",
                accountId,
                row.date(),
                row.morningPain(),
                row.morningStiffness(),
                row.sleepHours(),
                row.stress(),
                row.notes(),
                row.createdAt());
    }

    void strengthSet(long accountId, StrengthRow row) {
        add(
                "strength_set",
                accountId,
                row.date(),
                row.exercise(),
                row.sets(),
                row.reps(),
                row.loadKg(),
                row.holdSec(),
                row.tempo(),
                row.painDuring(),
                row.createdAt());
    }

    /** The token's hash, as {@code ApiTokenService} stores it. */
    void apiToken(long accountId, TokenRow row) {
        add("api_token", accountId, row.name(), row.tokenHash(), row.createdAt());
    }

    /** Writes the rows gathered so far, table by table, in the order their references need. */
    void flush() throws SQLException {
        for (Map.Entry<String, List<Object[]>> table : pending.entrySet()) {
            bulk.write(table.getKey(), columns.get(table.getKey()), table.getValue());
            written.merge(table.getKey(), (long) table.getValue().size(), Long::sum);
            table.getValue().clear();
        }
    }

    /** Rows written per table so far. */
    Map<String, Long> written() {
        return written;
    }

    private void add(String table, Object... values) {
        pending.get(table).add(values);
    }

    private long insertedId(PreparedStatement insert, String table) throws SQLException {
        insert.executeUpdate();
        written.merge(table, 1L, Long::sum);
        try (ResultSet keys = insert.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no id came back for the new row of " + table);
            }
            return keys.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        try (account;
                accountEmail;
                shoe;
                importJob) {
            connection.clearWarnings();
        }
    }
}
