package dev.reload.history.web;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.reload.account.AccountService;
import dev.reload.account.DistanceUnit;
import dev.reload.history.HistoryService;
import dev.reload.history.ImportProgress;
import dev.reload.history.ImportService;
import dev.reload.history.ImportStatus;
import dev.reload.importing.ImportFailure;
import dev.reload.knee.Activity;
import dev.reload.knee.VolumeUnit;
import dev.reload.log.SessionService;
import dev.reload.log.SessionView;
import dev.reload.support.WebSliceTest;
import dev.reload.system.web.InvalidFieldException;

import static dev.reload.support.WebSlice.ME;
import static dev.reload.support.WebSlice.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * The import page and "What went wrong" as they are shown: the upload form, a refused upload, what
 * an import brought in (linked to the log), an import that brought nothing said plainly, and the
 * page before there is a pain onset. Imports that run and the analysis of a real log are
 * {@code HistoryPagesIntegrationTests}.
 */
@WebSliceTest
class HistoryPagesControllerTests {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ImportService imports;

    @Autowired
    private HistoryService history;

    @Autowired
    private SessionService sessions;

    @Autowired
    private AccountService accounts;

    @Test
    void theImportPageHasAnUploadForm() throws Exception {
        assertThat(page("/history/import"))
                .contains("enctype=\"multipart/form-data\"")
                .contains("name=\"file\"")
                .contains("name=\"_csrf\"");
    }

    @Test
    void refusesAnotherKindOfFileOnThePage() throws Exception {
        // what ImportService says of a file it does not read (ImportApiIntegrationTests)
        given(imports.start(eq(ME), eq("notes.txt"), any(InputStream.class)))
                .willThrow(new InvalidFieldException("file", "must be a .fit, .gpx, .tcx (or .gz of one) or a .zip"));

        MvcResult refused = mvc.perform(multipart("/history/import")
                        .file(new MockMultipartFile("file", "notes.txt", "text/plain", "hi".getBytes()))
                        .with(signedIn())
                        .with(csrf()))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(refused.getResponse().getContentAsString())
                .contains("role=\"alert\"")
                .contains(".zip");
    }

    @Test
    void anUploadWithoutAFileAsksForOne() throws Exception {
        MvcResult refused = mvc.perform(
                        multipart("/history/import").with(signedIn()).with(csrf()))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(refused.getResponse().getContentAsString()).contains("Choose a file to import.");
        then(imports).should(never()).start(any(), any(), any());
    }

    @Test
    void anUploadOverTheLimitIsSaidInWords() throws Exception {
        // where UploadLimitAdvice sends a page upload over the limit: /history/import?tooLarge
        MvcResult page = mvc.perform(
                        get("/history/import").param("tooLarge", "").with(signedIn()))
                .andReturn();
        assertThat(page.getResponse().getContentAsString())
                .contains("role=\"alert\"")
                .contains("The file is larger than the upload limit");
    }

    @Test
    void withoutAPainOnsetWhatWentWrongAsksForIt() throws Exception {
        given(history.whatWentWrong(ME)).willReturn(Optional.empty());

        assertThat(page("/history")).contains("href=\"/plan\"");
    }

    @Test
    void aFinishedImportListsWhatItBroughtInLinkedToTheLog() throws Exception {
        given(imports.progress(ME, 9)).willReturn(new ImportProgress(9, ImportStatus.DONE, 60, 60, 58, 1, List.of()));
        given(accounts.distanceUnit(ME)).willReturn(DistanceUnit.MILES);
        given(sessions.importedBy(ME, 9, HistoryPagesController.LISTED_SESSIONS))
                .willReturn(List.of(
                        imported(70, LocalDate.of(2024, 7, 13), Activity.RUN, "16.093", 3725),
                        imported(71, LocalDate.of(2024, 7, 12), Activity.SWIM, null, 1800)));

        String html = page("/history/import?id=9");

        assertThat(html)
                .contains(">Done<")
                .contains("What it brought in")
                .contains("The newest 2 of the 58 activities it brought in are listed here")
                .contains("href=\"/log/sessions/70/edit\">Sat 13 Jul 2024<")
                .contains("10.0 mi")
                .contains("1 h 2 min")
                .contains("href=\"/log/sessions/71/edit\">Fri 12 Jul 2024<")
                .contains("30 min")
                .contains("href=\"/log/all?importId=9\"")
                .doesNotContain("2024-07-13");
    }

    @Test
    void anImportThatBroughtNothingSaysSoAndWhyInsteadOfDone() throws Exception {
        given(imports.progress(ME, 9))
                .willReturn(new ImportProgress(
                        9,
                        ImportStatus.DONE,
                        1,
                        1,
                        0,
                        0,
                        List.of(new ImportFailure("Settings.fit", "not an activity file: it holds no activity"))));

        String html = page("/history/import?id=9");

        assertThat(html)
                .contains("Nothing was imported")
                .doesNotContain(">Done<")
                .contains("No activity in this upload could be read, so nothing was stored.")
                .contains("Settings.fit")
                .doesNotContain("What it brought in");
        then(sessions)
                .should(never())
                .importedBy(any(), org.mockito.ArgumentMatchers.anyLong(), org.mockito.ArgumentMatchers.anyInt());
    }

    @Test
    void anImportOfActivitiesAlreadyInTheLogSaysSo() throws Exception {
        given(imports.progress(ME, 9)).willReturn(new ImportProgress(9, ImportStatus.DONE, 3, 3, 0, 3, List.of()));

        assertThat(page("/history/import/9/progress"))
                .contains("Nothing was imported")
                .contains("Every activity in this upload is already in your log");
    }

    private static SessionView imported(long id, LocalDate date, Activity activity, String km, int seconds) {
        BigDecimal distance = km == null ? null : new BigDecimal(km);
        return new SessionView(
                id,
                date,
                activity,
                distance == null ? BigDecimal.valueOf(seconds / 60) : distance,
                distance == null ? VolumeUnit.MINUTES : VolumeUnit.KM,
                seconds,
                distance,
                null,
                null,
                null,
                "export.zip: activities/" + id + ".fit",
                null,
                null,
                null,
                null);
    }

    private String page(String path) throws Exception {
        MvcResult result = mvc.perform(get(path).with(signedIn())).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }
}
