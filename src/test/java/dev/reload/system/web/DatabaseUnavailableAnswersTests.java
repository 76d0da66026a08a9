package dev.reload.system.web;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.multipart.MultipartException;

import dev.reload.history.ImportService;
import dev.reload.log.WholeLogService;
import dev.reload.support.WebSliceTest;

import static dev.reload.support.WebSlice.ME;
import static dev.reload.support.WebSlice.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A database that cannot be reached is a 503 with {@code Retry-After} and plain words, never a 500:
 * from a controller of the API (problem+json), and from the error page, where the container sends a
 * failure of a page or of a filter (Spring Session reading the page session, a bearer token). A
 * full disk for uploads in transit is a 507. Faults themselves: docs/operations.md, "Faults".
 */
@WebSliceTest
class DatabaseUnavailableAnswersTests {

    private static final SQLTransientConnectionException POOL_TIMED_OUT = new SQLTransientConnectionException(
            "reload - Connection is not available, request timed out after 2000ms.");

    @Autowired
    MockMvc mvc;

    @Autowired
    WholeLogService log;

    @Autowired
    ImportService imports;

    @Test
    void anApiCallWhoseDatabaseIsAwayIsA503ProblemWithRetryAfter() throws Exception {
        given(log.page(eq(ME), any(), any(), any()))
                .willThrow(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", POOL_TIMED_OUT));

        mvc.perform(get("/api/v1/log").with(signedIn()))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(503))
                .andExpect(jsonPath("$.detail").value(DatabaseUnavailable.DETAIL))
                .andExpect(content().string(allOf(not(containsString("Exception")), not(containsString("JDBC")))));
    }

    @Test
    void aTransactionThatCannotBeginIsA503Too() throws Exception {
        given(log.page(eq(ME), any(), any(), any()))
                .willThrow(new CannotCreateTransactionException("Could not open JDBC Connection", POOL_TIMED_OUT));

        mvc.perform(get("/api/v1/log").with(signedIn()))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"));
    }

    @Test
    void anyOtherFailureStaysA500() throws Exception {
        given(log.page(eq(ME), any(), any(), any())).willThrow(new DataIntegrityViolationException("a constraint"));

        mvc.perform(get("/api/v1/log").with(signedIn()))
                .andExpect(status().isInternalServerError())
                .andExpect(header().doesNotExist("Retry-After"));
    }

    @Test
    void aPageOrFilterThatCouldNotReachTheDatabaseGetsThe503Page() throws Exception {
        // what Tomcat hands the error page when Spring Session could not read the page session
        mvc.perform(get("/error")
                        .accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/today")
                        .requestAttr(
                                RequestDispatcher.ERROR_EXCEPTION,
                                new DataAccessResourceFailureException("Unable to acquire JDBC Connection")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(content().string(containsString("Reload cannot answer just now")))
                .andExpect(content().string(containsString("Its database is not reachable at the moment")))
                .andExpect(content().string(not(containsString("DataAccess"))));
    }

    @Test
    void aBearerTokenThatCouldNotBeCheckedIsA503Problem() throws Exception {
        mvc.perform(get("/error")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/advice")
                        .requestAttr(
                                RequestDispatcher.ERROR_EXCEPTION,
                                new IllegalStateException("wrapped", new SQLException("closed", "08006"))))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(DatabaseUnavailable.DETAIL));
    }

    @Test
    void anotherFailureOnTheErrorPageStaysA500() throws Exception {
        mvc.perform(get("/error")
                        .accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/today")
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("a bug")))
                .andExpect(status().isInternalServerError())
                .andExpect(header().doesNotExist("Retry-After"))
                .andExpect(content().string(containsString("Something went wrong on our side")));
    }

    @Test
    void whatCountsAsTheDatabaseBeingAway() {
        assertThat(DatabaseUnavailable.causedBy(new CannotGetJdbcConnectionException("x", POOL_TIMED_OUT)))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(POOL_TIMED_OUT)))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("terminating connection", "57P01")))
                .as("PostgreSQL shutting down")
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("the database system is starting up", "57P03")))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("duplicate key", "23505")))
                .isFalse();
        assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException("x")))
                .isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("x"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(null)).isFalse();
    }

    @Test
    void anUploadThatFindsTheDiskForUploadsFullIsA507Problem() throws Exception {
        given(imports.start(eq(ME), eq("export.zip"), any(InputStream.class)))
                .willThrow(new MultipartException(
                        "Failed to parse multipart servlet request",
                        new IOException("Processing of multipart/form-data request failed. No space left on device")));

        mvc.perform(multipart("/api/v1/imports")
                        .file(new MockMultipartFile("file", "export.zip", "application/zip", new byte[] {1, 2}))
                        .with(signedIn()))
                .andExpect(status().isInsufficientStorage())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("no disk space left to receive this upload")))
                .andExpect(content().string(not(containsString("No space left on device"))));
    }

    @Test
    void aFormUploadThatFoundTheDiskFullWhileTomcatReadItForAFilterGetsThe507Page() throws Exception {
        mvc.perform(get("/error")
                        .accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 400)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/history/import")
                        .requestAttr(
                                RequestDispatcher.ERROR_EXCEPTION,
                                new IllegalStateException(new IOException("No space left on device"))))
                .andExpect(status().isInsufficientStorage())
                .andExpect(content().string(containsString("No room for the upload")))
                .andExpect(content().string(not(containsString("No space left on device"))));
    }

    @Test
    void aPageUploadThatFindsTheDiskFullGoesBackToTheImportPageWhichSaysSo() throws Exception {
        given(imports.start(eq(ME), eq("export.zip"), any(InputStream.class)))
                .willThrow(new MultipartException("Failed to parse", new IOException("No space left on device")));

        mvc.perform(multipart("/history/import")
                        .file(new MockMultipartFile("file", "export.zip", "application/zip", new byte[] {1, 2}))
                        .with(signedIn())
                        .with(csrf()))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/history/import?noSpace"));
        mvc.perform(get("/history/import").param("noSpace", "").with(signedIn()))
                .andExpect(content().string(containsString("no disk space left to receive uploads")));
    }
}
