package dev.reload.system;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.reload.importing.gpx.GpxFiles;
import dev.reload.support.ApiAccounts;
import dev.reload.support.FailingEndpoints;
import dev.reload.support.Logs;
import dev.reload.support.StandaloneApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged application's logs (decision 0025): one JSON object a line, the request id of the
 * request that logged it, and no health data. A person registers, logs a session and a check-in with
 * notes, imports a file and an unreadable one, meets a failure and deletes the account, every value
 * recognisable; none of them may be in the output, and the lines logged on their requests carry
 * their id. Its own application at the production's log levels.
 */
@ExtendWith(OutputCaptureExtension.class)
class StructuredLogsIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String canary = "Canary" + UUID.randomUUID().toString().substring(0, 8);
    private final String requestId = "ops-" + UUID.randomUUID();

    private StandaloneApplication app;

    @Test
    void everyLineIsJsonWithTheRequestIdAndNoneHoldsWhatThePersonEntered(CapturedOutput output) throws Exception {
        String email = canary.toLowerCase() + "@example.org";
        try (StandaloneApplication started = StandaloneApplication.start(
                new Class<?>[] {FailingEndpoints.Api.class},
                "logging.structured.format.console=ecs",
                "logging.level.root=INFO",
                "logging.level.dev.reload=INFO")) {
            app = started;
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            send("POST", "/api/v1/accounts", null, """
                    {"email":"%s","password":"%s","displayName":"%s Name"}""".formatted(email, ApiAccounts.PASSWORD, canary), 201);
            String token = JsonPath.read(
                    send("POST", "/api/v1/tokens", null, """
                            {"email":"%s","password":"%s"}""".formatted(email, ApiAccounts.PASSWORD), 200)
                            .body(),
                    "$.token");
            send("POST", "/api/v1/plans", token, """
                    {"condition":"PATELLOFEMORAL_PAIN","targetActivity":"RUN","unit":"KM","startDate":"%s",
                     "weeklyGoal":30,"sessionsPerWeek":3,"progressionPercent":10,"tolerableDose":3.0}""".formatted(today.minusDays(14)), 201);
            send("POST", "/api/v1/sessions", token, """
                    {"date":"%s","activity":"RUN","volume":3.0,"rpe":4,"painDuring":7,"painAfter":6,
                     "notes":"%s session notes"}""".formatted(today.minusDays(1), canary), 201);
            send("POST", "/api/v1/checkins", token, """
                    {"date":"%s","morningPain":6,"morningStiffness":2,"sleepHours":6.5,"stress":4,
                     "notes":"%s check-in notes"}""".formatted(today, canary), 201);
            send("POST", "/api/v1/sessions", token, "{\"notes\":\"" + canary + " malformed", 400);
            send("GET", "/api/v1/advice?asOf=" + today, token, null, 200);
            awaitFinished(token, upload(token, canary + "-run.gpx", gpxNamed(canary)));
            awaitFinished(token, upload(token, canary + "-broken.tcx", (canary + " is not XML").getBytes()));
            send("GET", "/api/v1/test/failing", token, null, 500);
            send("DELETE", "/api/v1/account", token, "{\"password\":\"" + ApiAccounts.PASSWORD + "\"}", 204);
        } finally {
            Logs.backToTheTestsPlainText();
        }

        List<JsonNode> lines = new ArrayList<>();
        for (String line : output.getOut().split("\\R")) {
            if (line.startsWith("{")) {
                lines.add(JSON.readTree(line));
            }
        }
        assertThat(lines).as("JSON log lines").hasSizeGreaterThan(5);
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.has("@timestamp")).isTrue();
            assertThat(line.path("log").path("level").asString()).isNotBlank();
            assertThat(line.path("service").path("name").asString()).isEqualTo("reload");
        });
        assertThat(output.getOut())
                .as("what the person entered, uploaded or was told")
                .doesNotContainIgnoringCase(canary)
                .doesNotContain(email, FailingEndpoints.SECRET);

        JsonNode deletion = logged(lines, "deleted by its owner");
        assertThat(deletion.path("requestId").asString()).isEqualTo(requestId);
        JsonNode failure = logged(lines, "Unexpected error on");
        assertThat(failure.path("requestId").asString()).isEqualTo(requestId);
        assertThat(failure.path("error").path("type").asString()).isEqualTo(IllegalStateException.class.getName());
        assertThat(failure.path("error").path("stack_trace").asString())
                .startsWith(IllegalStateException.class.getName())
                .contains("at dev.reload.support.FailingEndpoints$Api.fail");
        assertThat(failure.path("error").has("message")).isFalse();
    }

    private static JsonNode logged(List<JsonNode> lines, String message) {
        return lines.stream()
                .filter(line -> line.path("message").asString().contains(message))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line logged '" + message + "'"));
    }

    private HttpResponse<String> send(String method, String path, String token, String json, int status)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.uri(path))
                .header("X-Request-Id", requestId)
                .method(
                        method,
                        json == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as(method + " " + path + ": " + response.body())
                .isEqualTo(status);
        assertThat(response.headers().firstValue("X-Request-Id")).hasValue(requestId);
        return response;
    }

    private long upload(String token, String name, byte[] content) throws Exception {
        String boundary = "b" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(app.uri("/api/v1/imports"))
                        .header("X-Request-Id", requestId)
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return ((Number) JsonPath.read(response.body(), "$.id")).longValue();
    }

    private void awaitFinished(String token, long id) throws Exception {
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until) {
            String status = JsonPath.read(
                    send("GET", "/api/v1/imports/" + id, token, null, 200).body(), "$.status");
            if (status.equals("DONE") || status.equals("FAILED")) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("import " + id + " did not finish");
    }

    /** A run with a name of its own in the file (GPX's {@code <name>}), two days ago. */
    private static byte[] gpxNamed(String name) {
        String gpx = new String(GpxFiles.runAt(Instant.now().minusSeconds(2 * 86_400)), StandardCharsets.UTF_8);
        return gpx.replace("<trk>", "<trk><name>" + name + " trail</name>").getBytes(StandardCharsets.UTF_8);
    }
}
