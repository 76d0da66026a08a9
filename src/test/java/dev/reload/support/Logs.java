package dev.reload.support;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.StandardEnvironment;

/** The tests' logging, for a test that changed it by starting an application of its own. */
public final class Logs {

    private Logs() {}

    /** Plain text again, at the tests' levels (src/test/resources/config/application.properties). */
    public static void backToTheTestsPlainText() {
        LoggingSystem system = LoggingSystem.get(Logs.class.getClassLoader());
        system.cleanUp();
        system.beforeInitialize();
        system.initialize(new LoggingInitializationContext(new StandardEnvironment()), null, null);
        system.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.WARN);
        system.setLogLevel("dev.reload", LogLevel.INFO);
    }
}
