package dev.reload.system.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration V022: {@code account.records_version}, a number that every write to the records the
 * adviser reads (the plan, the screens and the log) raises in the writer's own transaction, so that
 * an instance can tell from one small read whether what it kept of an account is still what is
 * stored (decision 0030). A trigger on each table raises it, whoever writes: the application, an
 * import, an operator's SQL. PostgreSQL's trigger is a PL/pgSQL function; H2's is the Java class
 * {@link RecordsVersionTrigger}. A Spring bean, which Spring Boot hands to Flyway.
 */
@Component
class RecordsVersionMigration implements JavaMigration {

    /** The tables whose rows the adviser reads, each with an {@code account_id}. */
    static final List<String> TABLES = List.of("plan", "screening", "activity_session", "check_in", "strength_set");

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("022");
    }

    @Override
    public String getDescription() {
        return "raise account.records_version on every write to the adviser's records";
    }

    @Override
    public Integer getChecksum() {
        return TABLES.hashCode();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean postgres = connection
                .getMetaData()
                .getDatabaseProductName()
                .toLowerCase(java.util.Locale.ROOT)
                .contains("postgres");
        try (Statement sql = connection.createStatement()) {
            sql.execute("ALTER TABLE account ADD COLUMN records_version BIGINT DEFAULT 0 NOT NULL");
            if (postgres) {
                sql.execute(POSTGRES_FUNCTION);
            }
            for (String table : TABLES) {
                sql.execute(postgres ? postgresTrigger(table) : h2Trigger(table));
            }
        }
    }

    /** Raises the version of the account of the old row and of the new one (once when they are the same). */
    private static final String POSTGRES_FUNCTION = """
            CREATE FUNCTION raise_records_version() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'DELETE' OR TG_OP = 'UPDATE' THEN
                    UPDATE account SET records_version = records_version + 1 WHERE id = OLD.account_id;
                END IF;
                IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.account_id IS DISTINCT FROM OLD.account_id) THEN
                    UPDATE account SET records_version = records_version + 1 WHERE id = NEW.account_id;
                END IF;
                RETURN NULL;
            END
            $$""";

    private static String postgresTrigger(String table) {
        return "CREATE TRIGGER " + table + "_records_version AFTER INSERT OR UPDATE OR DELETE ON " + table
                + " FOR EACH ROW EXECUTE FUNCTION raise_records_version()";
    }

    private static String h2Trigger(String table) {
        return "CREATE TRIGGER " + table + "_records_version AFTER INSERT, UPDATE, DELETE ON " + table
                + " FOR EACH ROW CALL '" + RecordsVersionTrigger.class.getName() + "'";
    }
}
