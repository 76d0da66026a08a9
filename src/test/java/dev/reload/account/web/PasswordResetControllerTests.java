package dev.reload.account.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.reload.account.PasswordResets;
import dev.reload.account.PasswordResets.Asked;
import dev.reload.support.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The reset pages' words: the login page leads to them; a link is shown only when the service hands one back (mail off, dev profile). */
@WebSliceTest
class PasswordResetControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PasswordResets resets;

    @Test
    void theLoginPageLeadsToTheForgotPage() throws Exception {
        Document login = page(mvc.perform(get("/login")).andReturn());
        assertThat(login.select("a[href=/password/forgot]").text()).isEqualTo("Forgot your password?");

        Document forgot = page(mvc.perform(get("/password/forgot")).andReturn());
        assertThat(forgot.select("h1").text()).isEqualTo("Forgot your password?");
        assertThat(forgot.select("label[for=email]").text()).isEqualTo("Email");
        assertThat(forgot.title()).endsWith("– Reload");
    }

    @Test
    void theSentPageShowsALinkOnlyWhenTheServiceHandsOneBack() throws Exception {
        given(resets.ask(anyString(), anyString())).willReturn(new Asked(false, null));
        Document sent = page(mvc.perform(post("/password/forgot").with(csrf()).param("email", "ines@example.org"))
                .andReturn());
        assertThat(sent.select("h1").text()).isEqualTo("Check your email");
        assertThat(sent.text()).contains("If an account uses ines@example.org");
        assertThat(sent.select("[data-testid=development-link]")).isEmpty();

        given(resets.ask(anyString(), anyString()))
                .willReturn(new Asked(false, "http://localhost/password/reset?token=rst_abc"));
        Document development =
                page(mvc.perform(post("/password/forgot").with(csrf()).param("email", "ines@example.org"))
                        .andReturn());
        assertThat(development.select("[data-testid=development-link] a").attr("href"))
                .isEqualTo("http://localhost/password/reset?token=rst_abc");
    }

    @Test
    void aLinkThatNoLongerWorksSaysSoAndOffersANewOne() throws Exception {
        given(resets.usable(anyString())).willReturn(false);
        MvcResult result =
                mvc.perform(get("/password/reset").param("token", "rst_old")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        Document page = page(result);
        assertThat(page.select("h1").text()).isEqualTo("This link no longer works");
        assertThat(page.select("a.button[href=/password/forgot]")).hasSize(1);
    }

    private static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
