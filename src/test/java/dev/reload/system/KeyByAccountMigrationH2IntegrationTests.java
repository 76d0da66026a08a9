package dev.reload.system;

import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** V020 on an H2 database that holds rows. */
class KeyByAccountMigrationH2IntegrationTests extends KeyByAccountMigrationContract {

    @Override
    SingleConnectionDataSource emptyDatabase() {
        return new SingleConnectionDataSource(
                "jdbc:h2:mem:v020-" + System.nanoTime()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "sa",
                "",
                true);
    }
}
