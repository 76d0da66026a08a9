package dev.reload.system;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration V020, the first half of keying every table by its account (decision 0024): drops the
 * primary and foreign keys of the account's tables, so that V020_1 can make them again with the
 * account in each and a name of ours. The migrations before made most of them inline, without a
 * name, and H2 and PostgreSQL named them differently ({@code CONSTRAINT_7} and {@code plan_pkey}),
 * so the names are read from the database's metadata here; everything else of the change is plain
 * SQL in {@code V020_1__key_every_table_by_account.sql}. A Spring bean, which Spring Boot hands to
 * Flyway, rather than a class Flyway finds on the class path.
 */
@Component
class DropGeneratedKeys implements JavaMigration {

    /**
     * The tables of V001 to V019_2 that hold an account's rows, and the account itself. The two of
     * V019_1 and V019_2 were made with the account in their keys already; their foreign keys to
     * {@code account} go too, because the account's own primary key is made again, and V020_1 makes
     * them again with names of ours.
     */
    static final List<String> TABLES = List.of(
            "account",
            "api_token",
            "plan",
            "screening",
            "shoe",
            "activity_session",
            "check_in",
            "strength_set",
            "import_job",
            "import_failure",
            "log_trash",
            "outcome",
            "outcome_answer",
            "calendar_feed",
            "two_step",
            "recovery_code",
            "clinic_invite",
            "clinic_link",
            "clinic_note",
            "audit_record",
            "knob_change",
            "password_reset",
            "onboarding_draft",
            "import_file_chunk");

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("020");
    }

    @Override
    public String getDescription() {
        return "drop the keys of the account's tables";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        try (Statement statement = connection.createStatement()) {
            // the foreign keys first: a primary key that one refers to cannot be dropped
            for (String table : TABLES) {
                for (String name : foreignKeys(meta, schema, table)) {
                    statement.execute("ALTER TABLE " + table + " DROP CONSTRAINT " + quoted(name));
                }
            }
            for (String table : TABLES) {
                for (String name : primaryKey(meta, schema, table)) {
                    statement.execute("ALTER TABLE " + table + " DROP CONSTRAINT " + quoted(name));
                }
            }
        }
    }

    private static Set<String> foreignKeys(DatabaseMetaData meta, String schema, String table) throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        try (ResultSet keys = meta.getImportedKeys(null, schema, table)) {
            while (keys.next()) {
                names.add(keys.getString("FK_NAME"));
            }
        }
        return names;
    }

    private static Set<String> primaryKey(DatabaseMetaData meta, String schema, String table) throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        try (ResultSet keys = meta.getPrimaryKeys(null, schema, table)) {
            while (keys.next()) {
                names.add(keys.getString("PK_NAME"));
            }
        }
        if (names.isEmpty()) {
            throw new IllegalStateException("table " + table + " has no primary key to replace in schema " + schema);
        }
        return names;
    }

    /** A name as the database gave it: quoted, so that H2's upper-case names stay as they are. */
    private static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
