package dev.reload.privacy.web;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.reload.privacy.AccountDeletion;
import dev.reload.privacy.DataExport;
import dev.reload.support.WebSliceTest;
import dev.reload.system.web.InvalidFieldException;
import dev.reload.system.web.TooManyRequestsException;

import static dev.reload.support.ApiContract.malformedOnPurpose;
import static dev.reload.support.WebSlice.ME;
import static dev.reload.support.WebSlice.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What the export and the deletion show: the download's name and type, the delete page's warning
 * and its refused password next to the field, the redirect to the deleted page, and the API's 400
 * naming {@code password}. That rows really go is {@code YourDataContract}.
 */
@WebSliceTest
class PrivacyPagesControllerTests {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private DataExport export;

    @Autowired
    private AccountDeletion deletion;

    @Test
    void theExportIsAZipNamedForThePersonsDay() throws Exception {
        given(export.zip(ME)).willReturn(new byte[] {'P', 'K', 3, 4});
        for (String path : new String[] {"/account/export", "/api/v1/export"}) {
            MvcResult answer = mvc.perform(get(path).with(signedIn())).andReturn();
            assertThat(answer.getResponse().getStatus()).as(path).isEqualTo(200);
            assertThat(answer.getResponse().getContentType()).isEqualTo("application/zip");
            assertThat(answer.getResponse().getHeader("Content-Disposition"))
                    .isEqualTo("attachment; filename=\"reload-export-2026-03-11.zip\"");
            assertThat(answer.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
        }
    }

    @Test
    void theDeletePageSaysWhatGoesAndOffersTheExportFirst() throws Exception {
        String page = mvc.perform(get("/account/delete").with(signedIn()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(
                        "Delete your account – Reload",
                        "It cannot be undone.",
                        "href=\"/account/export\" download",
                        "autocomplete=\"current-password\"",
                        "Delete my account and all my data");
    }

    @Test
    void aWrongPasswordComesBackNextToItsFieldAndNothingIsSignedOut() throws Exception {
        willThrow(new InvalidFieldException("password", "is wrong: nothing was deleted"))
                .given(deletion)
                .delete(eq(ME), eq("not-it"), any());
        MvcResult refused = mvc.perform(
                        post("/account/delete").with(signedIn()).with(csrf()).param("password", "not-it"))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(refused.getResponse().getContentAsString())
                .contains("id=\"password-errors\"", "Password is wrong: nothing was deleted.", "aria-invalid=\"true\"")
                .doesNotContain("value=\"not-it\"");
    }

    @Test
    void aDeletionSignsOutAndShowsTheDeletedPage() throws Exception {
        MvcResult deleted = mvc.perform(
                        post("/account/delete").with(signedIn()).with(csrf()).param("password", "the-right-one"))
                .andReturn();
        then(deletion).should().delete(eq(ME), eq("the-right-one"), any());
        assertThat(deleted.getResponse().getRedirectedUrl()).isEqualTo("/account/deleted");

        String page =
                mvc.perform(get("/account/deleted")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Your account is deleted – Reload", "you can register with it");
    }

    @Test
    void theApiRefusesADeletionWithoutAPasswordNamingIt() throws Exception {
        MvcResult refused = mvc.perform(delete("/api/v1/account")
                        .with(signedIn())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}")
                        .with(malformedOnPurpose()))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(refused.getResponse().getContentAsString()).contains("\"password\"");
        then(deletion).should(never()).delete(any(), any(), any());

        MvcResult done = mvc.perform(delete("/api/v1/account")
                        .with(signedIn())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"password\":\"the-right-one\"}"))
                .andReturn();
        assertThat(done.getResponse().getStatus()).isEqualTo(204);
        then(deletion).should().delete(eq(ME), eq("the-right-one"), any());
    }

    @Test
    void tooManyWrongPasswordsAnswer429NextToTheFieldAndOnTheApi() throws Exception {
        willThrow(new TooManyRequestsException("Too many wrong passwords. Wait.", Duration.ofMinutes(1)))
                .given(deletion)
                .delete(eq(ME), any(), any());
        MvcResult page = mvc.perform(
                        post("/account/delete").with(signedIn()).with(csrf()).param("password", "guess"))
                .andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(429);
        assertThat(page.getResponse().getHeader("Retry-After")).isEqualTo("60");
        assertThat(page.getResponse().getContentAsString())
                .contains("id=\"password-errors\"", "Too many wrong passwords. Wait.")
                .doesNotContain("value=\"guess\"");

        MvcResult api = mvc.perform(delete("/api/v1/account")
                        .with(signedIn())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"password\":\"guess\"}"))
                .andReturn();
        assertThat(api.getResponse().getStatus()).isEqualTo(429);
        assertThat(api.getResponse().getHeader("Retry-After")).isEqualTo("60");
    }
}
