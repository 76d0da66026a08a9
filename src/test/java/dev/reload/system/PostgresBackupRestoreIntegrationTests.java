package dev.reload.system;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import dev.reload.support.ApiAccounts;
import dev.reload.support.ApiCalls;
import dev.reload.support.ApplicationTest;
import dev.reload.support.PostgresClientTools;
import dev.reload.support.PostgresDatabase;
import dev.reload.support.PostgresTest;
import dev.reload.support.Tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Backup and restore on PostgreSQL as docs/operations.md says it: a person's data written through
 * the API, {@code pg_dump --format=custom} of the application's schema while it runs, {@code
 * pg_restore} into a database made for it: every row of every table is as it was. Needs {@code
 * pg_dump} and {@code pg_restore} on the PATH (skipped without them, failed under {@code CI=true}).
 */
@ApplicationTest
@PostgresTest
@ExtendWith(PostgresClientTools.class)
class PostgresBackupRestoreIntegrationTests {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private DataSource dataSource;

    @Autowired
    private Clock clock;

    @TempDir
    private Path dir;

    @Test
    void aDumpRestoredIntoAFreshDatabaseHoldsEveryRowAsItWas() throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        String token = ApiAccounts.newToken(mvc);
        ApiCalls.send(mvc, token, post("/api/v1/plans"), """
                {"condition":"IT_BAND_SYNDROME","targetActivity":"RUN","unit":"KM","startDate":"%s",
                 "weeklyGoal":20,"sessionsPerWeek":3,"progressionPercent":10,"tolerableDose":2.0}""".formatted(today.minusDays(10)), 201);
        ApiCalls.send(mvc, token, post("/api/v1/sessions"), """
                {"date":"%s","activity":"RUN","volume":3.5,"rpe":4,"painDuring":2,"painAfter":1}""".formatted(today.minusDays(1)), 201);
        ApiCalls.send(mvc, token, post("/api/v1/checkins"), """
                {"date":"%s","morningPain":1,"morningStiffness":1,"sleepHours":8,"stress":2,"notes":"restore me"}""".formatted(today), 201);

        Path dump = dir.resolve("reload.dump");
        run(
                "pg_dump",
                "--format=custom",
                "--no-owner",
                "--schema=" + PostgresDatabase.SCHEMA,
                "--file=" + dump,
                database());
        Map<String, List<String>> before;
        try (Connection connection = dataSource.getConnection()) {
            before = Tables.of(connection, PostgresDatabase.SCHEMA);
        }

        String fresh = "reload_restore_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + fresh);
        try {
            run("pg_restore", "--no-owner", "--exit-on-error", "--dbname=" + fresh, dump.toString());
            try (Connection restored = DriverManager.getConnection(
                    jdbcUrlOf(fresh), PostgresDatabase.user(), PostgresDatabase.password())) {
                assertThat(Tables.of(restored, PostgresDatabase.SCHEMA)).isEqualTo(before);
            }
        } finally {
            execute("DROP DATABASE IF EXISTS " + fresh + " WITH (FORCE)");
        }
        assertThat(before.get("activity_session"))
                .anySatisfy(row -> assertThat(row).contains("volume=3.50"));
        assertThat(before.get("check_in")).anySatisfy(row -> assertThat(row).contains("notes=restore me"));
        assertThat(before.get("flyway_schema_history")).isNotEmpty();
    }

    /** Runs a PostgreSQL client program against the test server; it must succeed. */
    private static void run(String program, String... arguments) throws Exception {
        URI server = server();
        List<String> command = new ArrayList<>(List.of(
                program,
                "--host=" + server.getHost(),
                "--port=" + (server.getPort() == -1 ? 5432 : server.getPort()),
                "--username=" + PostgresDatabase.user(),
                "--no-password"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (!PostgresDatabase.password().isEmpty()) {
            builder.environment().put("PGPASSWORD", PostgresDatabase.password());
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS))
                .as(program + " finished")
                .isTrue();
        assertThat(process.exitValue())
                .as(String.join(" ", command) + "\n" + output)
                .isZero();
    }

    private static void execute(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(
                        PostgresDatabase.url(), PostgresDatabase.user(), PostgresDatabase.password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The test server's address: jdbc:postgresql://host:port/database?… without "jdbc:". */
    private static URI server() {
        return URI.create(PostgresDatabase.url().substring("jdbc:".length()));
    }

    private static String database() {
        return server().getPath().substring(1);
    }

    private static String jdbcUrlOf(String database) {
        URI server = server();
        return "jdbc:postgresql://" + server.getHost() + (server.getPort() == -1 ? "" : ":" + server.getPort()) + "/"
                + database;
    }
}
