package dev.reload.system.faults;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import dev.reload.history.web.ImportTestFiles;
import dev.reload.importing.gpx.GpxFiles;
import dev.reload.support.PostgresDatabase;
import dev.reload.support.ReloadProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault: the process killed with {@code kill -9} (issue 15, point 5; docs/operations.md, "Faults").
 * Reload runs as a separate OS process on PostgreSQL (a schema of its own in the test database) and
 * is killed twice: while it imports a bulk export of 500 activities, and in the middle of a burst of
 * concurrent {@code POST /api/v1/sessions} and {@code /api/v1/checkins}. Started again, it finishes
 * the import with every activity stored exactly once and whole, and every write it acknowledged
 * (201) is there with the values sent. Part of {@code ./mvnw verify} (it starts the application
 * three times: about 30 s). Skipped without PostgreSQL, failed under CI=true.
 */
@ExtendWith(PostgresDatabase.class)
class KillNineFaultTests {

    private static final String SCHEMA = "reload_fault_kill";
    private static final int ACTIVITIES = 500;
    private static final Instant FIRST_RUN = Instant.parse("2023-01-02T06:00:00Z");
    private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
    private static final Path LOG = Path.of("target", "faults", "kill-nine.log");

    private static JdbcClient database;
    private static ReloadProcess app;

    @BeforeAll
    static void aSchemaOfItsOwn() throws Exception {
        try (Connection connection = DriverManager.getConnection(
                        PostgresDatabase.url(), PostgresDatabase.user(), PostgresDatabase.password());
                Statement sql = connection.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            sql.execute("CREATE SCHEMA " + SCHEMA);
        }
        database = JdbcClient.create(
                new DriverManagerDataSource(url(), PostgresDatabase.user(), PostgresDatabase.password()));
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        try (Connection connection = DriverManager.getConnection(
                        PostgresDatabase.url(), PostgresDatabase.user(), PostgresDatabase.password());
                Statement sql = connection.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    private static String url() {
        return PostgresDatabase.url().replace("currentSchema=" + PostgresDatabase.SCHEMA, "currentSchema=" + SCHEMA);
    }

    private static ReloadProcess start(String instance) throws Exception {
        return ReloadProcess.start(
                LOG,
                "--spring.datasource.url=" + url(),
                "--spring.datasource.username=" + PostgresDatabase.user(),
                "--spring.datasource.password=" + PostgresDatabase.password(),
                "--spring.flyway.schemas=" + SCHEMA,
                "--spring.flyway.default-schema=" + SCHEMA,
                "--reload.imports.instance=" + instance,
                "--reload.imports.lease=2s",
                "--reload.imports.poll=300ms",
                "--reload.imports.dir="
                        + Path.of("target", "faults", "imports-" + instance).toAbsolutePath());
    }

    @Test
    void aKillDuringAnImportAndDuringABurstOfWritesLosesNothingAcknowledgedAndHalvesNothing() throws Exception {
        app = start("first");
        FaultHttp http = new FaultHttp(path -> app.uri(path));
        String token = http.account("kill");

        // (a) kill -9 while the import runs
        HttpResponse<String> accepted = http.upload(token, "export.zip", export());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        long importId = ((Number) JsonPath.read(accepted.body(), "$.id")).longValue();
        awaitPartlyImported(importId);
        app.kill9();
        long stoppedAt = number("SELECT next_index FROM import_job WHERE id = ?", importId);
        System.out.printf("fault: kill -9 during the import at activity %d of %d%n", stoppedAt, ACTIVITIES);
        assertThat(stoppedAt).as("killed halfway").isBetween(1L, ACTIVITIES - 1L);
        assertThat(number("SELECT COUNT(*) FROM activity_session WHERE import_id = ?", importId))
                .as("what the dead process stored is exactly what its progress says")
                .isEqualTo(number("SELECT imported FROM import_job WHERE id = ?", importId))
                .isEqualTo(stoppedAt);

        long restarting = System.nanoTime();
        app = start("second");
        String done = http.finished(token, importId, Duration.ofSeconds(120));
        System.out.printf(
                "fault: restarted and the import finished %d ms after the restart began%n",
                Duration.ofNanos(System.nanoTime() - restarting).toMillis());
        assertThat((String) JsonPath.read(done, "$.status")).isEqualTo("DONE");
        assertThat((Integer) JsonPath.read(done, "$.processed")).isEqualTo(ACTIVITIES);
        assertThat((Integer) JsonPath.read(done, "$.imported")).isEqualTo(ACTIVITIES);
        assertThat((Integer) JsonPath.read(done, "$.duplicates")).isZero();
        assertThat((List<?>) JsonPath.read(done, "$.failed")).isEmpty();
        assertThat(number("SELECT COUNT(*) FROM activity_session WHERE import_id = ?", importId))
                .isEqualTo(ACTIVITIES);
        Set<Instant> expected = new java.util.HashSet<>();
        for (int i = 0; i < ACTIVITIES; i++) {
            expected.add(FIRST_RUN.plus(Duration.ofHours(6L * i)));
        }
        assertThat(database.sql("SELECT started_at FROM activity_session WHERE import_id = ?")
                        .param(importId)
                        .query((rs, row) -> rs.getTimestamp(1).toInstant())
                        .list())
                .as("every activity once: no duplicate, none missing")
                .hasSize(ACTIVITIES)
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(number(
                        "SELECT COUNT(*) FROM activity_session WHERE import_id = ? AND (duration_sec IS NULL"
                                + " OR duration_sec <= 0 OR distance_km IS NULL OR distance_km <= 0 OR volume <= 0"
                                + " OR source NOT LIKE 'activities/run-%.gpx' OR session_date IS NULL)",
                        importId))
                .as("every stored activity is whole")
                .isZero();

        // (b) kill -9 in the middle of a burst of writes
        Map<Integer, String> sent = new ConcurrentHashMap<>();
        Map<Integer, Long> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            writers.execute(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    int k = next.getAndIncrement();
                    String path = k % 2 == 0 ? "/api/v1/sessions" : "/api/v1/checkins";
                    String body = k % 2 == 0 ? session(k) : checkIn(k);
                    sent.put(k, body);
                    try {
                        HttpResponse<String> answer = http.send("POST", path, token, body);
                        if (answer.statusCode() == 201) {
                            acknowledged.put(k, ((Number) JsonPath.read(answer.body(), "$.id")).longValue());
                        } else {
                            throw new AssertionError(path + " answered " + answer.statusCode() + ": " + answer.body());
                        }
                    } catch (IOException gone) {
                        return; // the process is dead: the write was not acknowledged
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (acknowledged.size() < 150 && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        app.kill9();
        writers.shutdown();
        assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        app = null;
        System.out.printf(
                "fault: kill -9 during the burst: %d writes sent, %d acknowledged%n", sent.size(), acknowledged.size());
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(150);

        app = start("third");
        Map<Integer, String> stored = stored();
        for (Map.Entry<Integer, Long> ack : acknowledged.entrySet()) {
            int k = ack.getKey();
            assertThat(stored.get(k))
                    .as("acknowledged write %d (id %d) is stored with the values sent", k, ack.getValue())
                    .isEqualTo(expectedRow(k, ack.getValue()));
        }
        for (Map.Entry<Integer, String> row : stored.entrySet()) {
            assertThat(sent).as("a stored row was sent").containsKey(row.getKey());
        }
        System.out.printf(
                "fault: after the restart %d rows stored: every one of the %d acknowledged, and %d committed but"
                        + " not acknowledged before the kill%n",
                stored.size(), acknowledged.size(), stored.size() - acknowledged.size());
        HttpResponse<String> afterwards = http.send("POST", "/api/v1/sessions", token, session(next.get() * 2));
        assertThat(afterwards.statusCode()).as(afterwards.body()).isEqualTo(201);
    }

    // ---- what was sent and what is stored ----

    /** The k-th write's day: one a day, so that each check-in has its own and every row names its write. */
    private static LocalDate day(int k) {
        return FIRST_DAY.plusDays(k);
    }

    private static String session(int k) {
        return """
                {"date":"%s","activity":"RUN","volume":%d.5,"unit":"KM","rpe":%d,"painDuring":%d,"painAfter":1,\
                "durationMin":%d}""".formatted(day(k), 1 + k % 40, k % 11, k % 7, 10 + k % 100);
    }

    private static String checkIn(int k) {
        return """
                {"date":"%s","morningPain":%d,"morningStiffness":1,"sleepHours":7.5,"stress":3}""".formatted(day(k), k % 11);
    }

    /** The row as the k-th write should have stored it, under its id. */
    private static String expectedRow(int k, long id) {
        return k % 2 == 0
                ? "session " + id + " " + day(k) + " RUN " + (1 + k % 40) + ".50 rpe " + k % 11 + " pain " + k % 7
                        + " duration " + (10 + k % 100) * 60
                : "check-in " + id + " " + day(k) + " pain " + k % 11;
    }

    /** Every session and check-in of the burst, by the number of the write whose day it has. */
    private static Map<Integer, String> stored() {
        Map<Integer, String> rows = new LinkedHashMap<>();
        database.sql("SELECT id, session_date, activity, volume, rpe, pain_during, duration_sec FROM activity_session"
                        + " WHERE import_id IS NULL AND session_date >= ?")
                .param(java.sql.Date.valueOf(FIRST_DAY))
                .query((rs, row) -> {
                    LocalDate date = rs.getDate(2).toLocalDate();
                    int k = (int) (date.toEpochDay() - FIRST_DAY.toEpochDay());
                    String previous = rows.put(
                            k,
                            "session " + rs.getLong(1) + " " + date + " " + rs.getString(3) + " "
                                    + rs.getBigDecimal(4).toPlainString() + " rpe " + rs.getInt(5) + " pain "
                                    + rs.getInt(6) + " duration " + rs.getInt(7));
                    assertThat(previous).as("one row for write %d", k).isNull();
                    return null;
                })
                .list();
        database.sql("SELECT id, check_in_date, morning_pain FROM check_in WHERE check_in_date >= ?")
                .param(java.sql.Date.valueOf(FIRST_DAY))
                .query((rs, row) -> {
                    LocalDate date = rs.getDate(2).toLocalDate();
                    int k = (int) (date.toEpochDay() - FIRST_DAY.toEpochDay());
                    String previous = rows.put(k, "check-in " + rs.getLong(1) + " " + date + " pain " + rs.getInt(3));
                    assertThat(previous).as("one row for write %d", k).isNull();
                    return null;
                })
                .list();
        return rows;
    }

    // ---- the import ----

    private static byte[] export() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < ACTIVITIES; i++) {
            entries.put("activities/run-" + i + ".gpx", GpxFiles.runAt(FIRST_RUN.plus(Duration.ofHours(6L * i))));
        }
        return ImportTestFiles.zip(entries);
    }

    private static void awaitPartlyImported(long id) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < until) {
            List<Long> at = database.sql("SELECT next_index FROM import_job WHERE id = ? AND next_index >= 30")
                    .param(id)
                    .query(Long.class)
                    .list();
            if (!at.isEmpty()) {
                return;
            }
            Thread.sleep(2);
        }
        throw new AssertionError("import " + id + " did not start within 120 s");
    }

    private static long number(String sql, long id) {
        return database.sql(sql).param(id).query(Long.class).single();
    }
}
