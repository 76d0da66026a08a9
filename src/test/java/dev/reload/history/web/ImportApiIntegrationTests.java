package dev.reload.history.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.reload.support.ApiAccounts;
import dev.reload.support.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/** POST /api/v1/imports and GET /api/v1/imports/{id} (api.md, "Imports"), end to end through the background job. */
@ApplicationTest
class ImportApiIntegrationTests {

    static final String FIT = "/importing/fit/";

    @Autowired
    private MockMvc mvc;

    private String token;

    @BeforeEach
    void account() throws Exception {
        token = ApiAccounts.newToken(mvc);
    }

    @Test
    void importsAFitFileInTheBackgroundAndListsItAsASessionNamedAfterTheFile() throws Exception {
        String id = upload(token, "garmin-fenix-5-run.fit", resource(FIT + "garmin-fenix-5-run.fit"));
        String done = awaitFinished(token, id);
        assertThat((String) JsonPath.read(done, "$.status")).isEqualTo("DONE");
        assertThat((Integer) JsonPath.read(done, "$.total")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(done, "$.processed")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(done, "$.imported")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(done, "$.duplicates")).isEqualTo(0);
        assertThat((List<?>) JsonPath.read(done, "$.failed")).isEmpty();

        String sessions = body(mvc.perform(get("/api/v1/sessions?from=2000-01-01&to=2100-01-01")
                        .header("Authorization", "Bearer " + token))
                .andReturn());
        assertThat((List<?>) JsonPath.read(sessions, "$")).hasSize(1);
        assertThat((String) JsonPath.read(sessions, "$[0].source")).isEqualTo("garmin-fenix-5-run.fit");
        assertThat((String) JsonPath.read(sessions, "$[0].activity")).isEqualTo("RUN");
        assertThat((Object) JsonPath.read(sessions, "$[0].painDuring")).isNull();
        assertThat(((Number) JsonPath.read(sessions, "$[0].distanceKm")).doubleValue())
                .isPositive();
        assertThat(((Number) JsonPath.read(sessions, "$[0].durationSec")).intValue())
                .isPositive();
    }

    @Test
    void countsTheSameActivityAgainAsADuplicateAlsoFromAnotherFormat() throws Exception {
        byte[] fit = resource(FIT + "garmin-fenix-5-run.fit");
        awaitFinished(token, upload(token, "garmin-fenix-5-run.fit", fit));
        String again = awaitFinished(token, upload(token, "garmin-fenix-5-run.fit", fit));
        assertThat((Integer) JsonPath.read(again, "$.imported")).isEqualTo(0);
        assertThat((Integer) JsonPath.read(again, "$.duplicates")).isEqualTo(1);
        String gzipped = awaitFinished(token, upload(token, "run-copy.fit.gz", gzip(fit)));
        assertThat((Integer) JsonPath.read(gzipped, "$.imported")).isEqualTo(0);
        assertThat((Integer) JsonPath.read(gzipped, "$.duplicates")).isEqualTo(1);

        String sessions = body(mvc.perform(get("/api/v1/sessions?from=2000-01-01&to=2100-01-01")
                        .header("Authorization", "Bearer " + token))
                .andReturn());
        assertThat((List<?>) JsonPath.read(sessions, "$")).hasSize(1);
    }

    @Test
    void listsEachUnreadableFileWithAReasonWhileTheRestOfAnArchiveImports() throws Exception {
        byte[] zip = zip(Map.of(
                "activities/run.fit", resource(FIT + "garmin-fenix-5-run.fit"),
                "activities/walk.fit.gz", gzip(resource(FIT + "garmin-fenix-5-walk.fit")),
                "activities/Settings.fit", resource(FIT + "Settings.fit"),
                "activities/activity-unexpected-eof.fit", resource(FIT + "activity-unexpected-eof.fit"),
                "activities/activity-settings-corruptheader.fit",
                        resource(FIT + "activity-settings-corruptheader.fit")));
        String done = awaitFinished(token, upload(token, "export.zip", zip));
        assertThat((String) JsonPath.read(done, "$.status")).isEqualTo("DONE");
        assertThat((Integer) JsonPath.read(done, "$.total")).isEqualTo(5);
        assertThat((Integer) JsonPath.read(done, "$.processed")).isEqualTo(5);
        assertThat((Integer) JsonPath.read(done, "$.imported")).isEqualTo(2);
        List<String> files = JsonPath.read(done, "$.failed[*].file");
        assertThat(files)
                .containsExactlyInAnyOrder(
                        "activities/Settings.fit",
                        "activities/activity-unexpected-eof.fit",
                        "activities/activity-settings-corruptheader.fit");
        List<String> reasons = JsonPath.read(done, "$.failed[*].reason");
        assertThat(reasons).allSatisfy(r -> assertThat(r).isNotBlank());
        assertThat(reasons).anySatisfy(r -> assertThat(r).contains("not an activity file"));

        String sessions = body(mvc.perform(get("/api/v1/sessions?from=2000-01-01&to=2100-01-01")
                        .header("Authorization", "Bearer " + token))
                .andReturn());
        List<String> sources = JsonPath.read(sessions, "$[*].source");
        assertThat(sources).containsExactlyInAnyOrder("activities/run.fit", "activities/walk.fit.gz");
    }

    @Test
    void aSingleFileThatIsNotAnActivityIsListedAsFailedWithItsReason() throws Exception {
        String done = awaitFinished(token, upload(token, "MonitoringFile.fit", resource(FIT + "MonitoringFile.fit")));
        assertThat((Integer) JsonPath.read(done, "$.imported")).isEqualTo(0);
        assertThat((String) JsonPath.read(done, "$.failed[0].file")).isEqualTo("MonitoringFile.fit");
        assertThat((String) JsonPath.read(done, "$.failed[0].reason")).isNotBlank();
    }

    @Test
    void anotherAccountsImportIsNotFound() throws Exception {
        String id = upload(token, "garmin-fenix-5-walk.fit", resource(FIT + "garmin-fenix-5-walk.fit"));
        String stranger = ApiAccounts.newToken(mvc);
        MvcResult result = mvc.perform(get("/api/v1/imports/" + id).header("Authorization", "Bearer " + stranger))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        awaitFinished(token, id);
    }

    @Test
    void refusesAFileOfAnotherKindNamingTheField() throws Exception {
        MvcResult result = mvc.perform(multipart("/api/v1/imports")
                        .file(new MockMultipartFile("file", "notes.txt", "text/plain", "hello".getBytes()))
                        .header("Authorization", "Bearer " + token))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat((String) JsonPath.read(body(result), "$.errors[0].field")).isEqualTo("file");
        MvcResult missing = mvc.perform(multipart("/api/v1/imports").header("Authorization", "Bearer " + token))
                .andReturn();
        assertThat(missing.getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void needsAToken() throws Exception {
        MvcResult result = mvc.perform(multipart("/api/v1/imports")
                        .file(new MockMultipartFile("file", "a.fit", "application/octet-stream", new byte[] {1})))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(401);
    }

    // --- helpers --------------------------------------------------------------------------------

    String upload(String bearer, String name, byte[] content) throws Exception {
        MvcResult result = mvc.perform(multipart("/api/v1/imports")
                        .file(new MockMultipartFile("file", name, MediaType.APPLICATION_OCTET_STREAM_VALUE, content))
                        .header("Authorization", "Bearer " + bearer))
                .andReturn();
        assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(202);
        return String.valueOf((Object) JsonPath.read(body(result), "$.id"));
    }

    String awaitFinished(String bearer, String id) throws Exception {
        long until = System.currentTimeMillis() + 60_000;
        while (true) {
            MvcResult result = mvc.perform(get("/api/v1/imports/" + id).header("Authorization", "Bearer " + bearer))
                    .andReturn();
            assertThat(result.getResponse().getStatus()).isEqualTo(200);
            String json = body(result);
            String status = JsonPath.read(json, "$.status");
            if (status.equals("DONE") || status.equals("FAILED")) {
                return json;
            }
            assertThat(System.currentTimeMillis())
                    .as("import %s still %s", id, status)
                    .isLessThan(until);
            Thread.sleep(50);
        }
    }

    static byte[] resource(String path) throws IOException {
        try (InputStream in = ImportApiIntegrationTests.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }

    static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        }
        return out.toByteArray();
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : new java.util.TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static String body(MvcResult result) throws IOException {
        return result.getResponse().getContentAsString();
    }
}
