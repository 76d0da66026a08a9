package dev.reload.report.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.reload.report.ReportDocument;
import dev.reload.report.ReportService;
import dev.reload.support.WebSlice;
import dev.reload.support.WebSliceTest;

import static dev.reload.support.ApiContract.malformedOnPurpose;
import static dev.reload.support.WebSlice.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The report's two doors: the API for a token and the website for a session, one PDF download. */
@WebSliceTest
class ReportControllersTests {

    private static final byte[] PDF = "%PDF-1.7 the report".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ReportService reports;

    @Test
    void theApiSendsTheReportAsAPdfToSaveUnderTheDayItWasMade() throws Exception {
        when(reports.document(WebSlice.ME, "http://localhost")).thenReturn(new ReportDocument(WebSlice.TODAY, PDF));

        MvcResult answer =
                mvc.perform(get("/api/v1/report.pdf").with(signedIn())).andReturn();

        assertThat(answer.getResponse().getStatus()).isEqualTo(200);
        assertThat(answer.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(answer.getResponse().getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"reload-report-2026-03-11.pdf\"");
        assertThat(answer.getResponse().getHeader("Cache-Control")).isEqualTo("no-store, private");
        assertThat(answer.getResponse().getContentAsByteArray()).isEqualTo(PDF);
    }

    @Test
    void theWebsiteSendsTheSameFileOnTheSession() throws Exception {
        when(reports.document(WebSlice.ME, "http://localhost")).thenReturn(new ReportDocument(WebSlice.TODAY, PDF));

        MvcResult answer = mvc.perform(get("/report.pdf").with(signedIn())).andReturn();

        assertThat(answer.getResponse().getStatus()).isEqualTo(200);
        assertThat(answer.getResponse().getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"reload-report-2026-03-11.pdf\"");
        assertThat(answer.getResponse().getContentAsByteArray()).isEqualTo(PDF);
    }

    @Test
    void nobodySignedInGetsNoReport() throws Exception {
        MvcResult api = mvc.perform(get("/api/v1/report.pdf").with(malformedOnPurpose()))
                .andReturn();
        MvcResult site = mvc.perform(get("/report.pdf")).andReturn();

        assertThat(api.getResponse().getStatus()).isEqualTo(401);
        assertThat(api.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(site.getResponse().getStatus()).isEqualTo(302);
        assertThat(site.getResponse().getRedirectedUrl()).endsWith("/login");
        verifyNoInteractions(reports);
    }
}
