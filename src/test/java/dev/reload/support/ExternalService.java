package dev.reload.support;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test does when something outside the JVM that it needs (Chromium, PostgreSQL) is missing:
 * on a developer's machine it is skipped with a clear message; under {@code CI=true} it fails,
 * because CI installs and starts everything the tests need.
 */
public final class ExternalService {

    private ExternalService() {
    }

    public static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Skips (or, on CI, fails) the current test because {@code what} is not available. */
    public static void unavailable(String what, String howToFix) {
        String message = what + " is not available, so this test cannot run. " + howToFix;
        if (onCi()) {
            Assertions.fail(message + " (CI=true: a missing service is a failure, not a skip)");
        }
        Assumptions.abort(message);
    }
}
