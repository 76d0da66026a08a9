package dev.reload.history.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
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

import dev.reload.importing.fit.FitFiles;
import dev.reload.importing.gpx.GpxFiles;
import dev.reload.support.ApiAccounts;
import dev.reload.support.ApplicationTest;

import static dev.reload.support.ApiContract.malformedOnPurpose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;

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

        String sessions = body(mvc.perform(get("/api/v1/sessions?from=2000-01-01&to=2027-12-31")
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

        String sessions = body(mvc.perform(get("/api/v1/sessions?from=2000-01-01&to=2027-12-31")
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

        String sessions = body(mvc.perform(get("/api/v1/sessions?from=2000-01-01&to=2027-12-31")
                        .header("Authorization", "Bearer " + token))
                .andReturn());
        List<String> sources = JsonPath.read(sessions, "$[*].source");
        assertThat(sources).containsExactlyInAnyOrder("activities/run.fit", "activities/walk.fit.gz");
    }

    @Test
    void anArchiveEntryWithANulCharacterInItsNameIsListedAsFailedWithoutIt() throws Exception {
        byte[] zip = zip(Map.of(
                "activities/run\u0000.fit", resource(FIT + "garmin-fenix-5-run.fit"),
                "activities/walk.fit", resource(FIT + "garmin-fenix-5-walk.fit")));
        String done = awaitFinished(token, upload(token, "export.zip", zip));
        assertThat((String) JsonPath.read(done, "$.status")).as(done).isEqualTo("DONE");
        assertThat((Integer) JsonPath.read(done, "$.imported")).as(done).isEqualTo(1);
        assertThat((List<String>) JsonPath.read(done, "$.failed[*].file")).containsExactly("activities/run.fit");
        assertThat((List<String>) JsonPath.read(done, "$.failed[*].reason"))
                .singleElement()
                .satisfies(reason -> assertThat(reason).startsWith("refused"));
    }

    @Test
    void theWholeLogListsWhatEachImportBroughtInByItsId() throws Exception {
        String archive = awaitFinished(
                token,
                upload(
                        token,
                        "export.zip",
                        zip(Map.of(
                                "activities/run.fit", resource(FIT + "garmin-fenix-5-run.fit"),
                                "activities/walk.fit.gz", gzip(resource(FIT + "garmin-fenix-5-walk.fit"))))));
        String archiveId = String.valueOf((Object) JsonPath.read(archive, "$.id"));
        String bike = awaitFinished(token, upload(token, "ride.fit", resource(FIT + "garmin-fenix-5-bike.fit")));
        String bikeId = String.valueOf((Object) JsonPath.read(bike, "$.id"));
        assertThat((Integer) JsonPath.read(bike, "$.imported")).isEqualTo(1);

        String fromArchive =
                body(mvc.perform(get("/api/v1/log?importId=" + archiveId).header("Authorization", "Bearer " + token))
                        .andReturn());
        List<String> sources = JsonPath.read(fromArchive, "$.days[*].entries[*].session.source");
        assertThat(sources).containsExactlyInAnyOrder("activities/run.fit", "activities/walk.fit.gz");
        List<String> kinds = JsonPath.read(fromArchive, "$.days[*].entries[*].kind");
        assertThat(kinds).containsOnly("SESSION");

        String fromBike = body(mvc.perform(get("/api/v1/log?source=IMPORTED&importId=" + bikeId)
                        .header("Authorization", "Bearer " + token))
                .andReturn());
        assertThat((List<String>) JsonPath.read(fromBike, "$.days[*].entries[*].session.source"))
                .containsExactly("ride.fit");
        assertThat((List<String>) JsonPath.read(fromBike, "$.days[*].entries[*].session.activity"))
                .containsExactly("CYCLE");
        assertThat((Object) JsonPath.read(fromBike, "$.older")).isNull();
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
                        .file(new MockMultipartFile("file", "a.fit", "application/octet-stream", new byte[] {1}))
                        .with(malformedOnPurpose()))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void aGpxRunAtHalfPastElevenUtcIsTheNextDaysRunForABerlinAccount() throws Exception {
        livesIn(token, "Europe/Berlin");
        awaitFinished(token, upload(token, "late.gpx", GpxFiles.runAt(Instant.parse("2026-03-10T23:30:00Z"))));

        assertThat(sessionDates(token)).containsExactly("2026-03-11");
    }

    @Test
    void aSevenOClockRunInSydneyIsThatDaysRunWhetherTheFileOrTheAccountSaysWhereItWas() throws Exception {
        Instant sevenInSydney = Instant.parse("2026-03-10T20:00:00Z");
        livesIn(token, "Australia/Sydney");
        awaitFinished(token, upload(token, "sydney.fit", FitFiles.runAt(sevenInSydney)));
        assertThat(sessionDates(token)).containsExactly("2026-03-11");

        // a traveller: the account still in UTC, the watch's local time says Sydney
        String traveller = ApiAccounts.newToken(mvc);
        awaitFinished(traveller, upload(traveller, "travel.fit", FitFiles.runAt(sevenInSydney, Duration.ofHours(11))));
        assertThat(sessionDates(traveller)).containsExactly("2026-03-11");
    }

    @Test
    void aFitFileOfADeviceWithoutClockIsRefusedAloneAndDatedByItsRowInAStravaExport() throws Exception {
        byte[] undated = FitFiles.runOfADeviceWithoutClock(3_600);
        String alone = awaitFinished(token, upload(token, "watch.fit", undated));
        assertThat((Integer) JsonPath.read(alone, "$.imported")).isEqualTo(0);
        assertThat((String) JsonPath.read(alone, "$.failed[0].file")).isEqualTo("watch.fit");
        assertThat((String) JsonPath.read(alone, "$.failed[0].reason"))
                .isEqualTo("the file has no real date: the device had not set its clock."
                        + " Import it inside your Strava export instead");

        livesIn(token, "Australia/Sydney");
        byte[] export = zip(Map.of(
                "activities.csv",
                ("Activity ID,Activity Date,Activity Name,Activity Type,Filename\n"
                                + "7,\"Mar 10, 2026, 8:00:00 PM\",Sunrise run,Run,activities/7.fit\n")
                        .getBytes(StandardCharsets.UTF_8),
                "activities/7.fit",
                undated));
        String inExport = awaitFinished(token, upload(token, "export.zip", export));
        assertThat((Integer) JsonPath.read(inExport, "$.imported")).isEqualTo(1);
        assertThat((List<?>) JsonPath.read(inExport, "$.failed")).isEmpty();
        assertThat(sessionDates(token)).containsExactly("2026-03-11");
    }

    @Test
    void aFileDatedBefore1900OrYearsAheadIsListedAsFailedNamingItsDate() throws Exception {
        String ancient = awaitFinished(token, upload(token, "ancient.gpx", GpxFiles.runAt("0001-01-01T10:00:00Z")));
        assertThat((Integer) JsonPath.read(ancient, "$.imported")).isEqualTo(0);
        assertThat((String) JsonPath.read(ancient, "$.failed[0].file")).isEqualTo("ancient.gpx");
        assertThat((String) JsonPath.read(ancient, "$.failed[0].reason"))
                .startsWith("its date, 1 January 1, cannot be right: activities dated from 1 January 1900 to ");

        String ahead = awaitFinished(token, upload(token, "ahead.gpx", GpxFiles.runAt("2999-06-01T10:00:00Z")));
        assertThat((String) JsonPath.read(ahead, "$.failed[0].reason")).startsWith("its date, 1 June 2999,");
        assertThat(sessionDates(token)).isEmpty();
    }

    // --- helpers --------------------------------------------------------------------------------

    private void livesIn(String bearer, String zone) throws Exception {
        MvcResult changed = mvc.perform(patch("/api/v1/account")
                        .header("Authorization", "Bearer " + bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"timeZone\":\"" + zone + "\"}"))
                .andReturn();
        assertThat(changed.getResponse().getStatus()).as(body(changed)).isEqualTo(200);
    }

    private List<String> sessionDates(String bearer) throws Exception {
        return JsonPath.read(
                body(mvc.perform(get("/api/v1/sessions?from=1900-01-01&to=2027-12-31")
                                .header("Authorization", "Bearer " + bearer))
                        .andReturn()),
                "$[*].date");
    }

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
