package dev.reload.system;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.reload.importing.gpx.GpxFiles;
import dev.reload.support.ApiAccounts;
import dev.reload.support.FailingEndpoints;
import dev.reload.support.HttpApi;
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

    private final String canary = "Canary" + UUID.randomUUID().toString().substring(0, 8);
    private final String requestId = "ops-" + UUID.randomUUID();

    @Test
    void everyLineIsJsonWithTheRequestIdAndNoneHoldsWhatThePersonEntered(CapturedOutput output) throws Exception {
        String email = canary.toLowerCase() + "@example.org";
        try (StandaloneApplication started = StandaloneApplication.start(
                new Class<?>[] {FailingEndpoints.Api.class},
                "logging.structured.format.console=ecs",
                "logging.level.root=INFO",
                "logging.level.dev.reload=INFO")) {
            HttpApi api = new HttpApi(started, requestId);
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            api.register(email, canary + " Name");
            String token = api.token(email);
            api.send("POST", "/api/v1/plans", token, """
                    {"condition":"PATELLOFEMORAL_PAIN","targetActivity":"RUN","unit":"KM","startDate":"%s",
                     "weeklyGoal":30,"sessionsPerWeek":3,"progressionPercent":10,"tolerableDose":3.0}""".formatted(today.minusDays(14)), 201);
            api.send("POST", "/api/v1/sessions", token, """
                    {"date":"%s","activity":"RUN","volume":3.0,"rpe":4,"painDuring":7,"painAfter":6,
                     "notes":"%s session notes"}""".formatted(today.minusDays(1), canary), 201);
            api.send("POST", "/api/v1/checkins", token, """
                    {"date":"%s","morningPain":6,"morningStiffness":2,"sleepHours":6.5,"stress":4,
                     "notes":"%s check-in notes"}""".formatted(today, canary), 201);
            api.send("POST", "/api/v1/sessions", token, "{\"notes\":\"" + canary + " malformed", 400);
            api.send("GET", "/api/v1/advice?asOf=" + today, token, null, 200);
            api.awaitImport(token, api.upload(token, canary + "-run.gpx", gpxNamed(canary)));
            api.awaitImport(token, api.upload(token, canary + "-broken.tcx", (canary + " is not XML").getBytes()));
            api.send("GET", "/api/v1/test/failing", token, null, 500);
            api.send("DELETE", "/api/v1/account", token, "{\"password\":\"" + ApiAccounts.PASSWORD + "\"}", 204);
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

    /** A run with a name of its own in the file (GPX's {@code <name>}), two days ago. */
    private static byte[] gpxNamed(String name) {
        String gpx = new String(GpxFiles.runAt(Instant.now().minusSeconds(2 * 86_400)), StandardCharsets.UTF_8);
        return gpx.replace("<trk>", "<trk><name>" + name + " trail</name>").getBytes(StandardCharsets.UTF_8);
    }
}
