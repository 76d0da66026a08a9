package dev.reload.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;

/**
 * What a test does when something outside the JVM that it needs (Chromium, PostgreSQL) is missing:
 * on a developer's machine it is skipped with a clear message; under {@code CI=true} it fails,
 * because CI installs and starts everything the tests need.
 */
final class ExternalService {

    private ExternalService() {}

    static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Disables the test class with {@code reason}, or on CI fails it. */
    static ConditionEvaluationResult unavailable(String reason) {
        if (onCi()) {
            throw new IllegalStateException(reason + " (CI=true: a missing service is a failure, not a skip)");
        }
        return ConditionEvaluationResult.disabled(reason);
    }
}
