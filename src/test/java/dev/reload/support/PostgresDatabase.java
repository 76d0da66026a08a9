package dev.reload.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The PostgreSQL that persistence tests run against: 127.0.0.1:5432, database {@code test}, user
 * {@code postgres}, no password, unless {@code RELOAD_TEST_POSTGRES_URL}, {@code _USER} and
 * {@code _PASSWORD} say otherwise. Tests use a schema of their own, emptied before each run.
 * <p>
 * As a JUnit condition it skips a test class when the server cannot be reached, before any Spring
 * context is started; under {@code CI=true} it fails the class instead.
 */
public final class PostgresDatabase implements ExecutionCondition {

    public static final String SCHEMA = "reload_it";

    public static String url() {
        String base = Objects.requireNonNullElse(
                System.getenv("RELOAD_TEST_POSTGRES_URL"), "jdbc:postgresql://127.0.0.1:5432/test");
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA + "&connectTimeout=3";
    }

    /** True when the database has the Citus extension and the tests should run on distributed tables. */
    public static boolean citus() {
        return "true".equals(System.getenv("RELOAD_TEST_CITUS"));
    }

    public static String user() {
        return Objects.requireNonNullElse(System.getenv("RELOAD_TEST_POSTGRES_USER"), "postgres");
    }

    public static String password() {
        return Objects.requireNonNullElse(System.getenv("RELOAD_TEST_POSTGRES_PASSWORD"), "");
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        try (Connection connection = DriverManager.getConnection(url(), user(), password())) {
            return ConditionEvaluationResult.enabled("PostgreSQL reachable at " + url());
        } catch (SQLException e) {
            String message = "PostgreSQL at " + url() + " as " + user() + " is not reachable (" + e.getMessage()
                    + "). Start it, or point RELOAD_TEST_POSTGRES_URL/_USER/_PASSWORD at one, to run this test.";
            return ExternalService.unavailable(message);
        }
    }
}
