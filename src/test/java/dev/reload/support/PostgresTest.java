package dev.reload.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs an {@link ApplicationTest} on PostgreSQL ({@link PostgresDatabase}; the class is skipped when
 * it cannot be reached). The same Flyway migrations run on a schema of their own, emptied and
 * migrated afresh when the context starts. Every class with this annotation has the same
 * configuration, so they share one context. With {@code RELOAD_TEST_CITUS=true} and the URL of a
 * database with the Citus extension, the schema is then distributed as docs/operations-citus.md
 * says, and every such test runs on the sharded tables.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(PostgresDatabase.class)
@Import(PostgresTest.CleanSchemaFirst.class)
@ContextConfiguration(initializers = PostgresTest.OnPostgres.class)
public @interface PostgresTest {

    /** Points the data source and Flyway at the test schema. */
    class OnPostgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(
                            "spring.datasource.url=" + PostgresDatabase.url(),
                            "spring.datasource.username=" + PostgresDatabase.user(),
                            "spring.datasource.password=" + PostgresDatabase.password(),
                            "spring.flyway.schemas=" + PostgresDatabase.SCHEMA,
                            "spring.flyway.default-schema=" + PostgresDatabase.SCHEMA,
                            "spring.flyway.clean-disabled=false")
                    .applyTo(context);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    class CleanSchemaFirst {

        @Bean
        FlywayMigrationStrategy cleanThenMigrate() {
            return (Flyway flyway) -> {
                flyway.clean();
                flyway.migrate();
                if (PostgresDatabase.citus()) {
                    distribute(flyway.getConfiguration().getDataSource());
                }
            };
        }

        /** Runs the script of docs/operations-citus.md ({@link CitusLayout}) on the migrated schema. */
        private static void distribute(DataSource dataSource) {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                for (String line : CitusLayout.statements().split("\n")) {
                    if (!line.startsWith("--")) {
                        statement.execute(line);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("the Citus script failed on " + PostgresDatabase.url(), e);
            }
        }
    }
}
