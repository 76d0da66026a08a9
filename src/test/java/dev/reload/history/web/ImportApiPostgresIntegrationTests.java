package dev.reload.history.web;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.reload.support.PostgresDatabase;
import dev.reload.support.PostgresTest;

/** The import API tests again on PostgreSQL: the V007 migration, the job's SQL and the per-activity transactions. */
@ExtendWith(PostgresDatabase.class)
@Import(PostgresTest.CleanSchemaFirst.class)
class ImportApiPostgresIntegrationTests extends ImportApiIntegrationTests {

    @DynamicPropertySource
    static void onPostgres(DynamicPropertyRegistry properties) {
        PostgresTest.register(properties);
    }
}
