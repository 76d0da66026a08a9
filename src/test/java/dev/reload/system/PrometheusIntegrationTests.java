package dev.reload.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

import dev.reload.importing.gpx.GpxFiles;
import dev.reload.support.Administrators;
import dev.reload.support.ApiAccounts;
import dev.reload.support.ApiCalls;
import dev.reload.support.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * {@code /actuator/prometheus} (decision 0025): the scraper reads it with the scrape token, an
 * administrator with an API token, nobody else; after a request, an advice computed for a stored plan
 * and for the preview, and an import, each has its series, and no series names an account.
 */
@ApplicationTest
class PrometheusIntegrationTests {

    /** The scrape token of the tests' configuration (src/test/resources/config/application.properties). */
    private static final String SCRAPE_TOKEN = "test-scrape-token-0123456789abcdefghij";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private Clock clock;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Autowired
    private Environment environment;

    @Test
    void theScraperReadsTheMetricsWithItsTokenInPrometheusTextFormat() throws Exception {
        MvcResult scrape = mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + SCRAPE_TOKEN))
                .andReturn();
        assertThat(scrape.getResponse().getStatus()).isEqualTo(200);
        assertThat(scrape.getResponse().getContentType()).startsWith("text/plain");
        assertThat(scrape.getResponse().getContentAsString())
                .contains("# TYPE jvm_memory_used_bytes gauge", "application=\"reload\"")
                .contains("hikaricp_connections_active", "jdbc_connections_active", "process_cpu_usage")
                .contains("tomcat_sessions_active_current_sessions", "logback_events_total", "system_cpu_count");
    }

    @Test
    void everyRouteCanHaveItsRequestSeries() {
        long routes = mappings.getHandlerMethods().keySet().stream()
                .mapToLong(info -> info.getPatternValues().size())
                .sum();
        int allowed = environment.getRequiredProperty("management.metrics.web.server.max-uri-tags", Integer.class);
        assertThat(allowed)
                .as("uri tags allowed for http.server.requests, beside the routes, their static files and"
                        + " Boot's NOT_FOUND, REDIRECTION, UNKNOWN and root")
                .isGreaterThan((int) routes + 50);
    }

    @Test
    void anAdministratorReadsThemWithAnApiToken() throws Exception {
        Administrators admin = Administrators.newOne(mvc, jdbc);
        MvcResult scrape = mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + admin.token()))
                .andReturn();
        assertThat(scrape.getResponse().getStatus()).isEqualTo(200);
        assertThat(scrape.getResponse().getContentAsString()).contains("jvm_memory_used_bytes");
    }

    @Test
    void nobodyElseReadsThem() throws Exception {
        MvcResult stranger = mvc.perform(get("/actuator/prometheus")).andReturn();
        assertThat(stranger.getResponse().getStatus()).isEqualTo(401);
        assertThat(stranger.getResponse().getContentType()).startsWith("application/problem+json");

        MvcResult guess = mvc.perform(
                        get("/actuator/prometheus").header("Authorization", "Bearer " + SCRAPE_TOKEN + "x"))
                .andReturn();
        assertThat(guess.getResponse().getStatus()).isEqualTo(401);

        String patient = ApiAccounts.newToken(mvc);
        MvcResult refused = mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + patient))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        for (MvcResult answer : new MvcResult[] {stranger, guess, refused}) {
            assertThat(answer.getResponse().getContentAsString()).doesNotContain("jvm_");
        }
    }

    @Test
    void aRequestAnAdviceComputationAndAnImportEachHaveTheirSeries() throws Exception {
        String before = scrape();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        String email = "metrics-" + System.nanoTime() + "@example.org";
        String token = patient(email);
        ApiCalls.send(mvc, token, post("/api/v1/plans"), """
                {"condition":"PATELLOFEMORAL_PAIN","targetActivity":"RUN","unit":"KM","startDate":"%s",
                 "weeklyGoal":30,"sessionsPerWeek":3,"progressionPercent":10,"tolerableDose":3.0}""".formatted(today.minusDays(14)), 201);
        ApiCalls.send(mvc, token, get("/api/v1/advice?asOf=" + today), null, 200);
        MvcResult preview = mvc.perform(post("/api/v1/advice/preview")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(previewRequest()))
                .andReturn();
        assertThat(preview.getResponse().getStatus()).isEqualTo(200);
        long importId = upload(token);
        awaitFinished(token, importId);

        String after = scrape();
        assertThat(count(after, "reload_advice_computations_seconds_count", "source=\"stored\""))
                .isGreaterThan(count(before, "reload_advice_computations_seconds_count", "source=\"stored\""));
        assertThat(count(after, "reload_advice_computations_seconds_count", "source=\"preview\""))
                .isGreaterThan(count(before, "reload_advice_computations_seconds_count", "source=\"preview\""));
        assertThat(count(after, "reload_imports_seconds_count", "outcome=\"done\"", "kind=\"file\""))
                .isGreaterThan(count(before, "reload_imports_seconds_count", "outcome=\"done\"", "kind=\"file\""));
        assertThat(count(after, "reload_imports_size_files_sum", "outcome=\"done\""))
                .isGreaterThanOrEqualTo(count(before, "reload_imports_size_files_sum", "outcome=\"done\"") + 1);
        assertThat(count(after, "reload_imports_items_total", "result=\"imported\""))
                .isGreaterThan(count(before, "reload_imports_items_total", "result=\"imported\""));
        assertThat(count(
                        after,
                        "http_server_requests_seconds_count",
                        "uri=\"/api/v1/advice/preview\"",
                        "method=\"POST\"",
                        "status=\"200\""))
                .isGreaterThan(count(
                        before,
                        "http_server_requests_seconds_count",
                        "uri=\"/api/v1/advice/preview\"",
                        "method=\"POST\"",
                        "status=\"200\""));
        assertThat(count(after, "http_server_requests_seconds_count", "uri=\"/api/v1/imports/{id}\""))
                .as("the id is not in the label, the route is")
                .isPositive();
        assertThat(after).doesNotContain(email, "account_id", "/api/v1/imports/" + importId);
    }

    private String scrape() throws Exception {
        MvcResult scrape = mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + SCRAPE_TOKEN))
                .andReturn();
        assertThat(scrape.getResponse().getStatus()).isEqualTo(200);
        return scrape.getResponse().getContentAsString();
    }

    /** The sum of the series of {@code name} whose labels hold every one of {@code labels}; 0 when there is none. */
    private static double count(String scrape, String name, String... labels) {
        Pattern line = Pattern.compile("^" + Pattern.quote(name) + "\\{(.*)} (\\S+)$", Pattern.MULTILINE);
        Matcher m = line.matcher(scrape);
        double sum = 0;
        while (m.find()) {
            String found = m.group(1);
            if (Arrays.stream(labels).allMatch(found::contains)) {
                sum += Double.parseDouble(m.group(2));
            }
        }
        return sum;
    }

    private String patient(String email) throws Exception {
        mvc.perform(post("/api/v1/accounts")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + email + "\",\"password\":\"" + ApiAccounts.PASSWORD
                        + "\",\"displayName\":\"Mia\"}"));
        MvcResult token = mvc.perform(post("/api/v1/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"password\":\"" + ApiAccounts.PASSWORD + "\"}"))
                .andReturn();
        assertThat(token.getResponse().getStatus()).isEqualTo(200);
        return JsonPath.read(token.getResponse().getContentAsString(), "$.token");
    }

    private static String previewRequest() throws Exception {
        String example =
                Files.readString(Path.of("src/test/resources/advice/examples/backoff-without-green-week.json"));
        return JsonMapper.builder().build().readTree(example).get("request").toString();
    }

    private long upload(String token) throws Exception {
        MvcResult upload = mvc.perform(multipart("/api/v1/imports")
                        .file(new MockMultipartFile(
                                "file",
                                "run.gpx",
                                MediaType.APPLICATION_OCTET_STREAM_VALUE,
                                GpxFiles.runAt(clock.instant().minusSeconds(86_400 * 2))))
                        .header("Authorization", "Bearer " + token))
                .andReturn();
        assertThat(upload.getResponse().getStatus()).isEqualTo(202);
        return ((Number) JsonPath.read(upload.getResponse().getContentAsString(), "$.id")).longValue();
    }

    private void awaitFinished(String token, long id) throws Exception {
        long until = System.currentTimeMillis() + 30_000;
        String status = "";
        while (System.currentTimeMillis() < until) {
            status = JsonPath.read(
                    ApiCalls.body(ApiCalls.send(mvc, token, get("/api/v1/imports/" + id), null, 200)), "$.status");
            if (status.equals("DONE") || status.equals("FAILED")) {
                break;
            }
            Thread.sleep(50);
        }
        assertThat(status).isEqualTo("DONE");
    }
}
