package dev.reload.support;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a test class, before any Spring context starts, when PostgreSQL's {@code pg_dump} and
 * {@code pg_restore} are not on the PATH; under {@code CI=true} fails it instead.
 */
public final class PostgresClientTools implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        for (String tool : new String[] {"pg_dump", "pg_restore"}) {
            if (!runs(tool)) {
                return ExternalService.unavailable(tool + " is not on the PATH, so the PostgreSQL backup cannot be"
                        + " tested. Install PostgreSQL's client programs: apt-get install -y postgresql-client.");
            }
        }
        return ConditionEvaluationResult.enabled("pg_dump and pg_restore found");
    }

    private static boolean runs(String tool) {
        try {
            Process process = new ProcessBuilder(tool, "--version")
                    .redirectErrorStream(true)
                    .start();
            process.getInputStream().readAllBytes();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
