package dev.reload.support;

import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * What a test class needs to run the application on PostgreSQL: annotate it with
 * {@code @ExtendWith(PostgresDatabase.class) @Import(PostgresTest.CleanSchemaFirst.class)} and call
 * {@link #register} from its {@code @DynamicPropertySource}. The same Flyway migrations run on a
 * schema of their own, emptied and migrated afresh when the context starts.
 */
public final class PostgresTest {

    private PostgresTest() {}

    public static void register(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", PostgresDatabase::url);
        properties.add("spring.datasource.username", PostgresDatabase::user);
        properties.add("spring.datasource.password", PostgresDatabase::password);
        properties.add("spring.flyway.schemas", () -> PostgresDatabase.SCHEMA);
        properties.add("spring.flyway.default-schema", () -> PostgresDatabase.SCHEMA);
        properties.add("spring.flyway.clean-disabled", () -> "false");
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class CleanSchemaFirst {

        @Bean
        FlywayMigrationStrategy cleanThenMigrate() {
            return (Flyway flyway) -> {
                flyway.clean();
                flyway.migrate();
            };
        }
    }
}
