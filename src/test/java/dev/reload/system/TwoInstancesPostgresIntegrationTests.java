package dev.reload.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import dev.reload.ReloadApplication;
import dev.reload.history.web.ImportTestFiles;
import dev.reload.importing.gpx.GpxFiles;
import dev.reload.support.PostgresDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of Reload on loopback against one PostgreSQL schema, as behind a load balancer
 * without sticky sessions (issue 15, point 1; decision 0028). Each point is asked of both: a
 * sign-in made on A works on B; failed sign-ins counted on A refuse the account on B; an
 * onboarding draft begun on A goes on on B and after A restarts; an upload to A is imported once
 * while both runners look for work; and when the instance running an import dies, the other
 * finishes it once the lease (2 s here) has run out. Skipped without PostgreSQL, failed under CI=true.
 */
@ExtendWith(PostgresDatabase.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesPostgresIntegrationTests {

    private static final String SCHEMA = "reload_two";
    private static final String PASSWORD = "amber-tundra-whistle";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private static final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private static final Map<String, ConfigurableApplicationContext> instances = new LinkedHashMap<>();
    private static JdbcClient database;

    @BeforeAll
    static void twoInstancesOnOneSchema() throws Exception {
        try (Connection connection = DriverManager.getConnection(
                        PostgresDatabase.url(), PostgresDatabase.user(), PostgresDatabase.password());
                Statement sql = connection.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            sql.execute("CREATE SCHEMA " + SCHEMA);
        }
        start("A");
        start("B");
        database = JdbcClient.create(
                new DriverManagerDataSource(url(), PostgresDatabase.user(), PostgresDatabase.password()));
    }

    @AfterAll
    static void stopBoth() {
        instances.values().forEach(ConfigurableApplicationContext::close);
        instances.clear();
    }

    private static String url() {
        return PostgresDatabase.url().replace("currentSchema=" + PostgresDatabase.SCHEMA, "currentSchema=" + SCHEMA);
    }

    private static void start(String name) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ReloadApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + url(),
                        "--spring.datasource.username=" + PostgresDatabase.user(),
                        "--spring.datasource.password=" + PostgresDatabase.password(),
                        "--spring.datasource.hikari.maximum-pool-size=6",
                        "--spring.flyway.schemas=" + SCHEMA,
                        "--spring.flyway.default-schema=" + SCHEMA,
                        "--reload.imports.instance=" + name,
                        "--reload.imports.lease=2s",
                        "--reload.imports.poll=300ms",
                        "--reload.imports.dir="
                                + Path.of("target", "two-instances", name).toAbsolutePath(),
                        "--reload.registration.confirm-email=false");
        instances.put(name, context);
    }

    private static String base(String name) {
        int port = ((WebServerApplicationContext) instances.get(name))
                .getWebServer()
                .getPort();
        return "http://127.0.0.1:" + port;
    }

    @Test
    @Order(1)
    void aSignInMadeOnAWorksOnB() throws Exception {
        String email = register("A");
        assertThat(get("B", "/account", null).statusCode())
                .as("signed out, B sends to the login form")
                .isEqualTo(302);

        String cookie = signIn("A", email);

        HttpResponse<String> onB = get("B", "/account", cookie);
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(onB.body()).contains(email);
        assertThat(get("A", "/account", cookie).statusCode()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void failedSignInsCountedOnARefuseTheAccountOnB() throws Exception {
        String email = register("A");
        for (int i = 0; i < 5; i++) {
            assertThat(token("A", email, "not-the-password", "198.51.100." + (i + 1))
                            .statusCode())
                    .as("wrong password %d on A", i + 1)
                    .isEqualTo(401);
        }

        HttpResponse<String> onB = token("B", email, PASSWORD, "198.51.100.99");

        assertThat(onB.statusCode()).as("the right password, too late, on B").isEqualTo(429);
        assertThat(onB.headers().firstValue("Retry-After")).isPresent();
        assertThat(token("A", register("B"), PASSWORD, "198.51.100.98").statusCode())
                .as("another account from another address goes through")
                .isEqualTo(200);
    }

    @Test
    @Order(3)
    void anOnboardingDraftBegunOnAGoesOnOnBAndAfterARestarts() throws Exception {
        String email = register("A");
        String cookie = signIn("A", email);

        String csrf = csrf(get("A", "/onboarding/safety", cookie));
        assertThat(post("A", "/onboarding/safety", cookie, csrf, Map.of("noneApply", "true"))
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/onboarding/condition"));

        assertThat(get("B", "/onboarding/condition", cookie).statusCode())
                .as("B knows the safety screen was answered on A")
                .isEqualTo(200);
        assertThat(post("B", "/onboarding/condition", cookie, csrf, Map.of("condition", "PATELLOFEMORAL_PAIN"))
                        .statusCode())
                .isEqualTo(302);

        instances.remove("A").close();
        start("A");

        assertThat(get("A", "/onboarding/activity", cookie).statusCode())
                .as("the restarted A goes on with the draft")
                .isEqualTo(200);
        post("A", "/onboarding/activity", cookie, csrf, Map.of("targetActivity", "RUN", "unit", "KM"));
        post("A", "/onboarding/dose", cookie, csrf, Map.of("weeklyGoal", "30", "sessionsPerWeek", "3"));
        post("B", "/onboarding/contributors", cookie, csrf, Map.of());
        get("B", "/onboarding/onset", cookie);
        HttpResponse<String> made = post(
                "A",
                "/onboarding/onset",
                cookie,
                csrf,
                Map.of("startDate", LocalDate.now(ZoneOffset.UTC).toString()));
        assertThat(made.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/plan?created"));

        long account = accountId(email);
        assertThat(database.sql("SELECT knee_condition || ' ' || target_activity FROM plan WHERE account_id = ?")
                        .param(account)
                        .query(String.class)
                        .single())
                .as("the condition chosen on B and the activity on the restarted A")
                .isEqualTo("PATELLOFEMORAL_PAIN RUN");
        assertThat(count("SELECT COUNT(*) FROM onboarding_draft WHERE account_id = ?", account))
                .as("the draft is done with")
                .isZero();
    }

    @Test
    @Order(4)
    void importsUploadedOnAAreEachImportedOnceWhileBothRunnersLookForWork() throws Exception {
        String token = bearer(register("A"));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(upload(
                    "A",
                    token,
                    activities(80, Instant.parse("2025-01-01T06:00:00Z").plus(Duration.ofDays(60L * i)))));
        }

        for (long id : ids) {
            String done = finished("B", token, id);
            assertThat((String) JsonPath.read(done, "$.status")).isEqualTo("DONE");
            assertThat((Integer) JsonPath.read(done, "$.imported")).isEqualTo(80);
            assertThat((Integer) JsonPath.read(done, "$.duplicates")).isZero();
            assertThat(count("SELECT COUNT(*) FROM activity_session WHERE import_id = ?", id))
                    .isEqualTo(80);
            assertThat(count("SELECT COUNT(DISTINCT started_at) FROM activity_session WHERE import_id = ?", id))
                    .as("no activity stored twice")
                    .isEqualTo(80);
        }
        assertThat(database.sql("SELECT DISTINCT lease_owner FROM import_job WHERE id IN (:ids)")
                        .param("ids", ids)
                        .query(String.class)
                        .list())
                .as("both runners took imports")
                .containsExactlyInAnyOrder("A", "B");
    }

    @Test
    @Order(5)
    void whenTheInstanceRunningAnImportDiesTheOtherFinishesItOnceTheLeaseRunsOut() throws Exception {
        String token = bearer(register("B"));
        int total = 600;
        long id = upload("A", token, activities(total, Instant.parse("2024-01-01T06:00:00Z")));

        String runner = awaitRunning(id);
        String other = runner.equals("A") ? "B" : "A";
        long stoppedAt = die(runner, id);
        assertThat(stoppedAt).as("the import was cut off halfway").isLessThan(total);

        String done = finished(other, token, id);
        assertThat((String) JsonPath.read(done, "$.status")).isEqualTo("DONE");
        assertThat((Integer) JsonPath.read(done, "$.processed")).isEqualTo(total);
        assertThat((Integer) JsonPath.read(done, "$.imported")).isEqualTo(total);
        assertThat((Integer) JsonPath.read(done, "$.duplicates")).isZero();
        assertThat(count("SELECT COUNT(*) FROM activity_session WHERE import_id = ?", id))
                .isEqualTo(total);
        assertThat(count("SELECT COUNT(DISTINCT started_at) FROM activity_session WHERE import_id = ?", id))
                .as("no activity stored twice")
                .isEqualTo(total);
        assertThat(database.sql("SELECT lease_owner FROM import_job WHERE id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo(other);
    }

    // ---- the instances ----

    /** Waits until a runner has stored part of the import, and answers which runner it is. */
    private static String awaitRunning(long id) throws InterruptedException {
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until) {
            Optional<String> owner = database.sql(
                            "SELECT lease_owner FROM import_job WHERE id = ? AND next_index >= 20 AND next_index < total")
                    .param(id)
                    .query(String.class)
                    .optional();
            if (owner.isPresent()) {
                return owner.get();
            }
            Thread.sleep(5);
        }
        throw new AssertionError("import " + id + " did not start within 30 s");
    }

    /**
     * The instance dies as a killed process would: its database connections are cut first, so that
     * it can neither store another item nor give its lease back, then it stops. Answers where the
     * import stood when the connections were cut.
     */
    private static long die(String name, long importId) {
        ConfigurableApplicationContext dying = instances.remove(name);
        dying.getBean(HikariDataSource.class).close();
        long stoppedAt = count("SELECT next_index FROM import_job WHERE id = ?", importId);
        dying.close();
        return stoppedAt;
    }

    // ---- requests ----

    private static String register(String on) throws Exception {
        String email = "two-" + UUID.randomUUID() + "@example.org";
        HttpResponse<String> made = send(HttpRequest.newBuilder(URI.create(base(on) + "/api/v1/accounts"))
                .header("Content-Type", "application/json")
                .header(
                        "X-Forwarded-For",
                        "192.0.2." + ThreadLocalRandom.current().nextInt(1, 255))
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"Two\"}")));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        return email;
    }

    /** Signs in on the login form and answers the session cookie. */
    private static String signIn(String on, String email) throws Exception {
        HttpResponse<String> form = get(on, "/login", null);
        String before = cookie(form).orElse(null);
        HttpResponse<String> signedIn =
                post(on, "/login", before, csrf(form), Map.of("email", email, "password", PASSWORD));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        return cookie(signedIn).orElseThrow();
    }

    private static HttpResponse<String> token(String on, String email, String password, String address)
            throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base(on) + "/api/v1/tokens"))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")));
    }

    private static String bearer(String email) throws Exception {
        HttpResponse<String> answer = token("A", email, PASSWORD, "192.0.2.200");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JsonPath.read(answer.body(), "$.token");
    }

    private static long upload(String on, String token, byte[] zip) throws Exception {
        String boundary = "----reload" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"export.zip\"\r\n"
                        + "Content-Type: application/zip\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        body.write(zip);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        HttpResponse<String> accepted = send(HttpRequest.newBuilder(URI.create(base(on) + "/api/v1/imports"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        return ((Number) JsonPath.read(accepted.body(), "$.id")).longValue();
    }

    /** The import's progress, asked of {@code on}, once it has ended. */
    private static String finished(String on, String token, long id) throws Exception {
        long until = System.currentTimeMillis() + 90_000;
        String progress;
        do {
            Thread.sleep(100);
            progress = send(HttpRequest.newBuilder(URI.create(base(on) + "/api/v1/imports/" + id))
                            .header("Authorization", "Bearer " + token)
                            .GET())
                    .body();
        } while (!List.of("DONE", "FAILED").contains(JsonPath.<String>read(progress, "$.status"))
                && System.currentTimeMillis() < until);
        return progress;
    }

    private static HttpResponse<String> get(String on, String path, String cookie) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base(on) + path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return send(request);
    }

    private static HttpResponse<String> post(
            String on, String path, String cookie, String csrf, Map<String, String> fields) throws Exception {
        StringBuilder form = new StringBuilder("_csrf=").append(URLEncoder.encode(csrf, StandardCharsets.UTF_8));
        fields.forEach((name, value) -> form.append('&')
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base(on) + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString()));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return send(request);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).as("a CSRF token on the page").isTrue();
        return token.group(1);
    }

    /** The session cookie the answer sets, as a Cookie header. */
    private static Optional<String> cookie(HttpResponse<String> answer) {
        return answer.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("RELOAD_SESSION="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .reduce((first, second) -> second);
    }

    // ---- data ----

    /** A bulk export of {@code count} runs, a day apart from {@code first}. */
    private static byte[] activities(int count, Instant first) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            entries.put("activities/run-" + i + ".gpx", GpxFiles.runAt(first.plus(Duration.ofHours(6L * i))));
        }
        return ImportTestFiles.zip(entries);
    }

    private static long accountId(String email) {
        return database.sql("SELECT id FROM account WHERE email = ?")
                .param(email)
                .query(Long.class)
                .single();
    }

    private static long count(String sql, long id) {
        return database.sql(sql).param(id).query(Long.class).single();
    }
}
