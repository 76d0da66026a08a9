package dev.reload.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A PostgreSQL cluster of a test's own ({@value #CLUSTER}, port {@value #PORT}, trust
 * authentication), made with Debian's {@code pg_createcluster} where it is missing, for a test that
 * stops and starts its database: the shared cluster on 5432 is never touched. {@link #drop} removes
 * it again if this run made it. As a JUnit condition it skips a test class where that cannot be
 * done (not root, no {@code pg_createcluster}); under {@code CI=true} it fails the class instead.
 */
public final class PrivatePostgres implements ExecutionCondition {

    public static final String CLUSTER = "faults";
    public static final int PORT = 5434;
    public static final String DATABASE = "reload_faults";

    private static boolean made;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!"root".equals(System.getProperty("user.name"))) {
            return ExternalService.unavailable("This test makes, stops and starts a PostgreSQL cluster of its own with"
                    + " pg_createcluster and pg_ctlcluster, which needs root; run it as root.");
        }
        if (!Files.isExecutable(Path.of("/usr/bin/pg_createcluster"))
                || version().isEmpty()) {
            return ExternalService.unavailable("This test needs Debian's PostgreSQL server (pg_createcluster and"
                    + " /usr/lib/postgresql/<version>): apt-get install -y postgresql.");
        }
        return ConditionEvaluationResult.enabled("a PostgreSQL cluster of its own on port " + PORT);
    }

    /** The newest PostgreSQL server installed. */
    static Optional<String> version() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.filter(v -> Files.isExecutable(v.resolve("bin/postgres")))
                    .map(v -> v.getFileName().toString())
                    .max(Comparator.comparingInt(v -> Integer.parseInt(v.replaceAll("\\D", "0"))));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Makes the cluster if it is missing, starts it, and makes the test's database afresh. */
    public static void ensure() throws Exception {
        String version = version().orElseThrow();
        if (!Files.isDirectory(Path.of("/etc/postgresql", version, CLUSTER))) {
            run("pg_createcluster", version, CLUSTER, "-p", Integer.toString(PORT), "--", "--auth=trust");
            made = true;
        }
        start();
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:" + PORT + "/postgres", "postgres", "");
                Statement sql = connection.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + DATABASE);
        }
    }

    public static String url() {
        return "jdbc:postgresql://127.0.0.1:" + PORT + "/" + DATABASE + "?connectTimeout=3";
    }

    /** {@code pg_ctlcluster … stop}: the server ends its connections and stops (fast mode). */
    public static void stop() throws Exception {
        run("pg_ctlcluster", "--skip-systemctl-redirect", version().orElseThrow(), CLUSTER, "stop");
    }

    public static void start() throws Exception {
        run("pg_ctlcluster", "--skip-systemctl-redirect", version().orElseThrow(), CLUSTER, "start");
        for (int i = 0; i < 100; i++) {
            try (Connection ignored =
                    DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + PORT + "/postgres", "postgres", "")) {
                return;
            } catch (SQLException starting) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("the cluster " + CLUSTER + " did not take connections within 10 s");
    }

    /** Removes the cluster if this run made it; else stops nothing but drops the test's database. */
    public static void drop() throws Exception {
        if (made) {
            run("pg_dropcluster", version().orElseThrow(), CLUSTER, "--stop");
            made = false;
            return;
        }
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:" + PORT + "/postgres", "postgres", "");
                Statement sql = connection.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        } catch (SQLException stopped) {
            // nothing to drop while it is down
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process =
                new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }
}
