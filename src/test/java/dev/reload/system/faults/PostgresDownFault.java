package dev.reload.system.faults;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import dev.reload.support.PrivatePostgres;
import dev.reload.support.StandaloneApplication;
import dev.reload.system.web.DatabaseUnavailable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault: PostgreSQL stopped and started under load (issue 15, point 5; docs/operations.md,
 * "Faults"). Reload runs on a cluster of the test's own ({@link PrivatePostgres}, port 5434; the
 * shared one is never touched) while a client writes sessions and reads the log without pause. While
 * the cluster is stopped every API answer is a 503 problem+json in plain words with Retry-After, a
 * page is the 503 error page, readiness is DOWN and liveness UP; once it is started again Reload
 * answers by itself within seconds, and every write acknowledged before, during or after is stored.
 * Not part of {@code ./mvnw verify}, although it takes about 30 s: it makes a cluster on a fixed port
 * of the machine, which two builds at once on a shared machine would fight over; run it with {@code
 * scripts/faults/run.sh} (as root; skipped otherwise, failed under CI=true).
 */
@ExtendWith(PrivatePostgres.class)
class PostgresDownFault {

    private static final LocalDate FIRST_DAY = LocalDate.of(2021, 1, 1);
    private static final Duration DOWN_FOR = Duration.ofSeconds(8);

    private static StandaloneApplication app;
    private static JdbcClient database;

    private final HttpClient pages = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(3))
            .build();

    /** One answer the client saw: when its request began and ended (ns), what it was, what came back. */
    record Seen(long began, long ended, String what, int status, String type, String body, String retryAfter) {}

    @BeforeAll
    static void onAClusterOfItsOwn() throws Exception {
        PrivatePostgres.ensure();
        app = StandaloneApplication.start(
                "spring.datasource.url=" + PrivatePostgres.url(),
                "spring.datasource.username=postgres",
                "spring.datasource.password=",
                "spring.datasource.hikari.maximum-pool-size=6",
                "reload.imports.poll=1s");
        database = JdbcClient.create(new DriverManagerDataSource(PrivatePostgres.url(), "postgres", ""));
    }

    @AfterAll
    static void cleanUp() throws Exception {
        if (app != null) {
            app.close();
        }
        PrivatePostgres.drop();
    }

    @Test
    void whileTheDatabaseIsDownTheAppSays503AndItRecoversByItselfLosingNothingAcknowledged() throws Exception {
        FaultHttp http = new FaultHttp(app::uri);
        String email = "down-" + System.nanoTime() + "@example.org";
        String token = http.account("down", email);
        String cookie = http.signIn(email);
        assertThat(page("/today", cookie).statusCode()).isEqualTo(200);

        List<Seen> seen = new CopyOnWriteArrayList<>();
        Map<Integer, Long> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService client = Executors.newFixedThreadPool(3);
        for (int t = 0; t < 2; t++) {
            client.execute(() -> {
                while (running.get()) {
                    int k = next.getAndIncrement();
                    long began = System.nanoTime();
                    try {
                        HttpResponse<String> answer = http.send("POST", "/api/v1/sessions", token, session(k));
                        seen.add(seen(began, "POST /api/v1/sessions", answer));
                        if (answer.statusCode() == 201) {
                            acknowledged.put(k, ((Number) JsonPath.read(answer.body(), "$.id")).longValue());
                        }
                        Thread.sleep(20);
                    } catch (Exception e) {
                        seen.add(new Seen(
                                began, System.nanoTime(), "POST /api/v1/sessions", -1, "", e.toString(), null));
                    }
                }
            });
        }
        client.execute(() -> {
            while (running.get()) {
                long began = System.nanoTime();
                try {
                    seen.add(seen(began, "GET /api/v1/log", http.send("GET", "/api/v1/log", token, null)));
                    Thread.sleep(20);
                } catch (Exception e) {
                    seen.add(new Seen(began, System.nanoTime(), "GET /api/v1/log", -1, "", e.toString(), null));
                }
            }
        });

        Thread.sleep(3_000);
        int acknowledgedBefore = acknowledged.size();
        PrivatePostgres.stop();
        long down = System.nanoTime();
        // what the probes and the pages say while it is down
        Thread.sleep(1_000);
        HttpResponse<String> readiness = http.get("/actuator/health/readiness", null, "application/json", null);
        HttpResponse<String> liveness = http.get("/actuator/health/liveness", null, "application/json", null);
        long pageBegan = System.nanoTime();
        HttpResponse<String> today = page("/today", cookie);
        long pageTook = Duration.ofNanos(System.nanoTime() - pageBegan).toMillis();
        HttpResponse<String> login = page("/login", null);
        Thread.sleep(Math.max(
                0,
                DOWN_FOR.toMillis() - Duration.ofNanos(System.nanoTime() - down).toMillis()));
        long restarting = System.nanoTime();
        PrivatePostgres.start();
        long up = System.nanoTime();
        long recovered = 0;
        long until = up + Duration.ofSeconds(30).toNanos();
        while (recovered == 0 && System.nanoTime() < until) {
            for (Seen s : seen) {
                if (s.began() > up && s.status() == 201) {
                    recovered = s.ended();
                    break;
                }
            }
            Thread.sleep(50);
        }
        Thread.sleep(2_000);
        running.set(false);
        client.shutdown();
        assertThat(client.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        List<Seen> whileDown = seen.stream()
                .filter(s -> s.began() > down && s.ended() < restarting)
                .toList();
        long slowest = whileDown.stream()
                .mapToLong(s -> Duration.ofNanos(s.ended() - s.began()).toMillis())
                .max()
                .orElse(0);
        System.out.printf(
                "fault: PostgreSQL down %d ms; %d answers while down (slowest %d ms), %d answers in all;"
                        + " acknowledged writes: %d before the stop, %d in all; the first write after the start"
                        + " acknowledged %d ms after the cluster took connections; /today while down: %d in %d ms;"
                        + " /login while down: %d%n",
                Duration.ofNanos(restarting - down).toMillis(),
                whileDown.size(),
                slowest,
                seen.size(),
                acknowledgedBefore,
                acknowledged.size(),
                recovered == 0 ? -1 : Duration.ofNanos(recovered - up).toMillis(),
                today.statusCode(),
                pageTook,
                login.statusCode());

        assertThat(seen)
                .as("no answer is a 500 or a lost connection")
                .allSatisfy(s -> assertThat(s.status()).as(s.toString()).isIn(200, 201, 503));
        assertThat(whileDown).as("answers while it was down").hasSizeGreaterThan(5);
        assertThat(whileDown).allSatisfy(s -> {
            assertThat(s.status()).as(s.toString()).isEqualTo(503);
            assertThat(s.type()).as(s.toString()).startsWith("application/problem+json");
            assertThat((String) JsonPath.read(s.body(), "$.detail")).isEqualTo(DatabaseUnavailable.DETAIL);
            assertThat(s.body()).doesNotContain("Exception", "at dev.", "at org.", "SQL", "Hikari");
            assertThat(s.retryAfter()).isEqualTo("5");
        });
        assertThat(slowest)
                .as("a request fails within a few seconds, not Hikari's default 30")
                .isLessThan(5_000);
        assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(503);
        assertThat(readiness.body()).contains("DOWN");
        assertThat(liveness.statusCode()).as(liveness.body()).isEqualTo(200);
        assertThat(liveness.body()).contains("UP");
        assertThat(today.statusCode()).as(today.body()).isEqualTo(503);
        assertThat(today.body()).contains("Reload cannot answer just now").doesNotContain("Exception", "Whitelabel");
        assertThat(today.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(login.statusCode())
                .as("the login page keeps its form's token in a new page session, a row of the database")
                .isEqualTo(503);
        assertThat(login.body()).contains("Reload cannot answer just now");

        assertThat(recovered).as("a write acknowledged after the start").isPositive();
        assertThat(Duration.ofNanos(recovered - up)).isLessThan(Duration.ofSeconds(10));
        assertThat(http.get("/actuator/health/readiness", null, "application/json", null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(page("/today", cookie).statusCode())
                .as("the page session outlived the outage")
                .isEqualTo(200);
        assertThat(acknowledged.size()).isGreaterThan(acknowledgedBefore);
        for (Map.Entry<Integer, Long> ack : acknowledged.entrySet()) {
            int k = ack.getKey();
            assertThat(database.sql("SELECT session_date || ' ' || duration_sec FROM activity_session WHERE id = ?")
                            .param(ack.getValue())
                            .query(String.class)
                            .optional())
                    .as("acknowledged session %d", ack.getValue())
                    .hasValue(FIRST_DAY.plusDays(k) + " " + (10 + k % 100) * 60);
        }
    }

    private static Seen seen(long began, String what, HttpResponse<String> answer) {
        return new Seen(
                began,
                System.nanoTime(),
                what,
                answer.statusCode(),
                answer.headers().firstValue("Content-Type").orElse(""),
                answer.body(),
                answer.headers().firstValue("Retry-After").orElse(null));
    }

    private static String session(int k) {
        return """
                {"date":"%s","activity":"RUN","volume":5,"unit":"KM","rpe":4,"painDuring":2,"painAfter":1,\
                "durationMin":%d}""".formatted(FIRST_DAY.plusDays(k), 10 + k % 100);
    }

    private HttpResponse<String> page(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.uri(path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html");
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return pages.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
