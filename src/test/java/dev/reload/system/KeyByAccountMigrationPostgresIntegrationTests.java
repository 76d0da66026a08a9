package dev.reload.system;

import java.sql.SQLException;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import dev.reload.support.PostgresDatabase;

/** V020 on a PostgreSQL schema that holds rows; skipped when none is reachable, failed under CI=true. */
@ExtendWith(PostgresDatabase.class)
class KeyByAccountMigrationPostgresIntegrationTests extends KeyByAccountMigrationContract {

    @Override
    SingleConnectionDataSource emptyDatabase() throws SQLException {
        return postgresSchema(
                PostgresDatabase.url(), PostgresDatabase.user(), PostgresDatabase.password(), "reload_v020");
    }
}
