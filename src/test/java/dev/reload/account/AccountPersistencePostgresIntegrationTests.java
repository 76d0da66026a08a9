package dev.reload.account;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.reload.support.PostgresDatabase;
import dev.reload.support.PostgresTest;

/** The persistence contract on PostgreSQL; skipped when none is reachable, failed under CI=true. */
@SpringBootTest
@ExtendWith(PostgresDatabase.class)
@Import(PostgresTest.CleanSchemaFirst.class)
class AccountPersistencePostgresIntegrationTests extends AccountPersistenceContract {

    @DynamicPropertySource
    static void onPostgres(DynamicPropertyRegistry properties) {
        PostgresTest.register(properties);
    }
}
