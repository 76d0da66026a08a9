package dev.reload.history.web;

import java.io.InputStream;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.reload.history.HistoryService;
import dev.reload.history.ImportService;
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
 * The import page and "What went wrong" as they are shown: the upload form, a refused upload, and
 * the page before there is a pain onset. Imports that run and the analysis of a real log are
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

    private String page(String path) throws Exception {
        MvcResult result = mvc.perform(get(path).with(signedIn())).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }
}
