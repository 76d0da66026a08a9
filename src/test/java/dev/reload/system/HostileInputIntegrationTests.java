package dev.reload.system;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.reload.support.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9: no hostile request gets a 500, a giant answer or a glimpse of the internals. Each test
 * sends requests over real HTTP to a running server (a raw socket where an HTTP client would refuse
 * to send them) and checks the status, the content type, the security headers, a short body and that
 * no Java class is named.
 */
@ApplicationTest
class HostileInputIntegrationTests {

    static final String PASSWORD = "amber-tundra-whistle";

    /** 81 bytes in UTF-8 (40 two-byte letters and a word): over bcrypt's 72, under 72 characters. */
    static final String LONG_PASSWORD = "é".repeat(40) + "knee";

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @LocalServerPort
    private int port;

    // --- the request body limit, echoes and the history preview's span

    @Test
    void aDeclaredBodyOverTheLimitIsRefusedAtOnceWith413() throws Exception {
        Answer answer = raw(
                "POST /api/v1/history/preview HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 100000000\r\nConnection: close\r\n\r\n",
                "{\"sessions\":[".getBytes(StandardCharsets.UTF_8),
                true);
        assertThat(answer.status()).isEqualTo(413);
        assertSafeProblem(answer);
        assertThat(answer.body()).contains("at most 1 MB");
    }

    @Test
    void aChunkedBodyThatGrowsPastTheLimitIs413() throws Exception {
        byte[] body = ("{\"sessions\":[{\"date\":\"2026-01-01\",\"activity\":\"RUN\",\"volume\":\""
                        + "x".repeat(1_300_000) + "\"}]}")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri("/api/v1/history/preview"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertSafeProblem(Answer.of(response));
    }

    @Test
    void aRejectedValueIsEchoedOnlyAsAShortPrefix() throws Exception {
        String huge = "x".repeat(500_000);
        HttpResponse<String> response = postJson(
                "/api/v1/history/preview",
                "{\"sessions\":[{\"date\":\"2026-01-01\",\"activity\":\"RUN\",\"volume\":\"" + huge + "\"}]}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertSafeProblem(Answer.of(response));
        assertThat(response.body()).contains("sessions[0].volume", "must be a number, got xxxx", "…");
    }

    @Test
    void theHistoryPreviewRefusesSessionsMoreThanACenturyApart() throws Exception {
        HttpResponse<String> response = postJson(
                "/api/v1/history/preview",
                "{\"sessions\":[" + session("1900-01-02") + "," + session("2026-01-01") + "]}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertSafeProblem(Answer.of(response));
        assertThat(response.body()).contains("\"field\":\"sessions[1].date\"", "within 100 years");

        HttpResponse<String> onset = postJson(
                "/api/v1/history/preview",
                "{\"painOnset\":\"2026-01-01\",\"sessions\":[" + session("1900-01-02") + "]}");
        assertThat(onset.statusCode()).isEqualTo(400);
        assertThat(onset.body()).contains("\"field\":\"painOnset\"");
    }

    @Test
    void severalHostileRequestsAtOnceLeaveTheServerHealthy() throws Exception {
        List<Callable<Integer>> attacks = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            attacks.add(() -> postJson(
                            "/api/v1/history/preview",
                            "{\"sessions\":[" + session("2026-01-01") + "," + session("+12026-01-01") + "]}")
                    .statusCode());
            attacks.add(() -> raw(
                            "POST /api/v1/history/preview HTTP/1.1\r\nHost: localhost\r\n"
                                    + "Content-Type: application/json\r\nContent-Length: 95000000\r\n"
                                    + "Connection: close\r\n\r\n",
                            new byte[0],
                            true)
                    .status());
        }
        ExecutorService pool = Executors.newFixedThreadPool(attacks.size());
        try {
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(attacks, 60, TimeUnit.SECONDS)) {
                statuses.add(status.get());
            }
            assertThat(statuses).containsOnly(400, 413).contains(400, 413);
        } finally {
            pool.shutdownNow();
        }

        HttpResponse<String> health = http.send(
                HttpRequest.newBuilder(uri("/actuator/health")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        HttpResponse<String> normal = postJson(
                "/api/v1/history/preview",
                "{\"sessions\":[" + session("2026-01-01") + "," + session("2026-01-08") + "]}");
        assertThat(normal.statusCode()).isEqualTo(200);
        assertThat(normal.body()).contains("\"weeks\"");
    }

    // --- passwords over bcrypt's 72 bytes

    @Test
    void aPasswordOver72BytesIsRefusedNamingTheFieldOnTheApi() throws Exception {
        assertThat(LONG_PASSWORD.length()).isLessThan(72);
        HttpResponse<String> response = postJson(
                "/api/v1/accounts",
                "{\"email\":\"" + email() + "\",\"password\":\"" + LONG_PASSWORD + "\",\"displayName\":\"L\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertSafeProblem(Answer.of(response));
        assertThat(response.body()).contains("\"field\":\"password\"", "too long");

        String email = registered();
        HttpResponse<String> token = postJson(
                "/api/v1/tokens", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "x".repeat(80) + "\"}");
        assertThat(token.statusCode()).isEqualTo(401); // simply wrong, never a 500
        assertSafeProblem(Answer.of(token));
    }

    @Test
    void aPasswordOver72BytesIsRefusedOnTheForms() throws Exception {
        Browser visitor = new Browser();
        HttpResponse<String> register = visitor.postForm(
                "/register", "register", Map.of("email", email(), "displayName", "Long", "password", LONG_PASSWORD));
        assertThat(register.statusCode()).isEqualTo(200);
        assertThat(register.body()).contains("Password is too long");

        String email = registered();
        HttpResponse<String> login = new Browser()
                .postForm("/login", "login", Map.of("email", email, "password", PASSWORD + "x".repeat(80)));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));

        Browser signedIn = new Browser();
        HttpResponse<String> in = signedIn.postForm("/login", "login", Map.of("email", email, "password", PASSWORD));
        assertThat(in.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        HttpResponse<String> change = signedIn.postForm(
                "/account/password", "account", Map.of("currentPassword", PASSWORD, "newPassword", LONG_PASSWORD));
        assertThat(change.statusCode()).isEqualTo(200);
        assertThat(change.body()).contains("New password is too long");
    }

    // --- the NUL character

    @Test
    void aNulCharacterInJsonTextIsA400NamingTheField() throws Exception {
        HttpResponse<String> account = postJson(
                "/api/v1/accounts",
                "{\"email\":\"" + email() + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"Nul\\u0000\"}");
        assertThat(account.statusCode()).isEqualTo(400);
        assertSafeProblem(Answer.of(account));
        assertThat(account.body()).contains("\"field\":\"displayName\"", "NUL");

        String token = token(registered());
        HttpResponse<String> session = http.send(
                HttpRequest.newBuilder(uri("/api/v1/sessions"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"date\":\"2026-01-05\",\"activity\":\"RUN\","
                                + "\"volume\":5,\"painDuring\":1,\"painAfter\":1,\"surface\":\"trail\\u0000\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(session.statusCode()).isEqualTo(400);
        assertSafeProblem(Answer.of(session));
        assertThat(session.body()).contains("\"field\":\"surface\"");
    }

    @Test
    void aNulCharacterInAParameterIsA400NamingIt() throws Exception {
        String token = token(registered());
        HttpResponse<String> query = http.send(
                HttpRequest.newBuilder(uri("/api/v1/sessions?from=2026-01-01%00"))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(query.statusCode()).isEqualTo(400);
        assertSafeProblem(Answer.of(query));
        assertThat(query.body()).contains("\"field\":\"from\"");

        HttpResponse<String> form = new Browser()
                .postForm(
                        "/register",
                        "register",
                        Map.of("email", email(), "displayName", "Nul\u0000", "password", PASSWORD));
        assertThat(form.statusCode()).isEqualTo(400);
        assertSafePage(Answer.of(form));
        assertThat(form.body()).contains("Display name must not contain the NUL character");
    }

    // --- parameters without a name, odd addresses, cut-off uploads

    @Test
    void aParameterWithAnEmptyNameIsIgnored() throws Exception {
        String email = registered();
        String token = token(email);
        for (String query : new String[] {"?=x", "?&=1", "?from=2026-01-01&=x&to=2026-12-31"}) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(uri("/api/v1/sessions" + query))
                            .header("Authorization", "Bearer " + token)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(query).isEqualTo(200);
            assertThat(response.body()).as(query).isEqualTo("[]");
        }
        Browser visitor = new Browser();
        HttpResponse<String> login = visitor.postForm("/login", "login", Map.of("email", email, "password", PASSWORD));
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        HttpResponse<String> page = visitor.get("/account?=x&&=1");
        assertThat(page.statusCode()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0} is a short 400 problem")
    @ValueSource(
            strings = {
                "/api/v1/sessions/..%2f..%2fetc",
                "/api/v1/%2e%2e/account",
                "/api/v1/sessions%00",
                "/api//v1/sessions",
                "/api/v1/sessions;x=1",
                "/api/v1/sessions%zz",
                "/api/v1/sessions/%2fetc"
            })
    void anOddApiAddressIsAShort400Problem(String path) throws Exception {
        Answer answer = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", null, false);
        assertThat(answer.status()).isEqualTo(400);
        assertSafeProblem(answer);
    }

    @ParameterizedTest(name = "{0} is the friendly 400 page")
    @ValueSource(strings = {"/log/..%2f..%2fetc", "/log/%2e%2e/account", "/log%00", "//log", "/log;x=1", "/log%zz"})
    void anOddPageAddressIsTheFriendlyPage(String path) throws Exception {
        Answer answer = raw(
                "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n",
                null,
                false);
        assertThat(answer.status()).isEqualTo(400);
        assertSafePage(answer);
        assertThat(answer.body()).contains("Something in the request was not right");
    }

    @Test
    void aCutOffUploadIsA400ProblemOnTheApi() throws Exception {
        String token = token(registered());
        String start = "--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"run.gpx\"\r\n"
                + "Content-Type: application/gpx+xml\r\n\r\n<gpx version=\"1.1\">";
        HttpResponse<String> noClosingBoundary = http.send(
                HttpRequest.newBuilder(uri("/api/v1/imports"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "multipart/form-data; boundary=XX")
                        .POST(HttpRequest.BodyPublishers.ofString(start))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(noClosingBoundary.statusCode()).isEqualTo(400);
        assertSafeProblem(Answer.of(noClosingBoundary));
        assertThat(noClosingBoundary.body()).contains("\"field\":\"file\"");

        Answer shorter = raw(
                "POST /api/v1/imports HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token + "\r\n"
                        + "Content-Type: multipart/form-data; boundary=XX\r\nContent-Length: 100000\r\n"
                        + "Connection: close\r\n\r\n",
                start.getBytes(StandardCharsets.UTF_8),
                true);
        assertThat(shorter.status()).isEqualTo(400);
        assertSafeProblem(shorter);
    }

    @Test
    void aCutOffUploadGoesBackToTheImportFormWhichSaysSo() throws Exception {
        String email = registered();
        Browser visitor = new Browser();
        visitor.postForm("/login", "login", Map.of("email", email, "password", PASSWORD));
        String csrf = visitor.csrf("account");
        HttpResponse<String> response = visitor.send(HttpRequest.newBuilder(uri("/history/import"))
                .header("Content-Type", "multipart/form-data; boundary=XX")
                .header("X-CSRF-TOKEN", csrf)
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"run.gpx\"\r\n\r\n<gpx")));
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/history/import?unreadable");
        HttpResponse<String> page = visitor.get("/history/import?unreadable");
        assertThat(page.statusCode()).isEqualTo(200);
        assertSafePage(Answer.of(page), 60_000);
        assertThat(page.body()).contains("The upload did not arrive whole");
    }

    // --- helpers

    /** What came back: the status, the headers (names in lower case) and the body. */
    record Answer(int status, Map<String, String> headers, String body) {

        static Answer of(HttpResponse<String> response) {
            Map<String, String> headers = new LinkedHashMap<>();
            response.headers()
                    .map()
                    .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
            return new Answer(response.statusCode(), headers, response.body());
        }
    }

    private static void assertSafeProblem(Answer answer) {
        assertThat(answer.headers().get("content-type")).startsWith("application/problem+json");
        assertSafe(answer, 1_500);
    }

    private static void assertSafePage(Answer answer) {
        assertSafePage(answer, 8_000);
    }

    private static void assertSafePage(Answer answer, int maxChars) {
        assertThat(answer.headers().get("content-type")).startsWith("text/html");
        assertSafe(answer, maxChars);
    }

    private static void assertSafe(Answer answer, int maxChars) {
        assertThat(answer.status()).isNotEqualTo(500);
        assertThat(answer.body()).hasSizeLessThan(maxChars).doesNotContain("java.", "Exception", "org.", "Tomcat");
        assertThat(answer.headers().get("content-security-policy"))
                .contains("default-src 'self'", "frame-ancestors 'none'");
        assertThat(answer.headers().get("x-content-type-options")).isEqualTo("nosniff");
        assertThat(answer.headers().get("x-frame-options")).isEqualTo("DENY");
        assertThat(answer.headers().get("referrer-policy")).isEqualTo("strict-origin-when-cross-origin");
    }

    /**
     * Sends {@code head} and {@code body} as they are, then (with {@code halfClose}) says the request
     * is over although a declared length may promise more, and reads the answer to its end.
     */
    private Answer raw(String head, byte[] body, boolean halfClose) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            if (halfClose) {
                socket.shutdownOutput();
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                received.write(buffer, 0, n);
            }
            String text = received.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(
                        lines[i].substring(0, colon).toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
            return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4));
        }
    }

    private static String session(String date) {
        return "{\"date\":\"" + date + "\",\"activity\":\"RUN\",\"volume\":5}";
    }

    private static String email() {
        return "hostile-" + UUID.randomUUID() + "@example.org";
    }

    private String registered() throws IOException, InterruptedException {
        String email = email();
        HttpResponse<String> response = postJson(
                "/api/v1/accounts",
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"Hostile\"}");
        assertThat(response.statusCode()).isEqualTo(201);
        return email;
    }

    private String token(String email) throws IOException, InterruptedException {
        HttpResponse<String> response =
                postJson("/api/v1/tokens", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    }

    private HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** A browser-like client: cookies kept, CSRF tokens read from the pages. */
    private final class Browser {

        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(uri(path))
                    .header("Accept", "text/html")
                    .GET());
        }

        String csrf(String page) throws IOException, InterruptedException {
            return get("/" + page).body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        }

        /** Posts the fields as the form on {@code page} would, with its CSRF token (and a field without a name). */
        HttpResponse<String> postForm(String path, String page, Map<String, String> fields)
                throws IOException, InterruptedException {
            StringBuilder form = new StringBuilder("=ignored&_csrf=" + csrf(page));
            fields.forEach((name, value) ->
                    form.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
            return send(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "text/html")
                    .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
        }

        HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
