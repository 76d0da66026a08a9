package dev.reload.account;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.reload.support.ApplicationTest;
import dev.reload.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * With registrations confirmed by email but no mail server and no dev profile, nobody can be sent
 * a link: the page says registration is closed and why, and neither the form nor the API makes
 * anything (decision 0027).
 */
@ApplicationTest
@TestPropertySource(properties = "reload.registration.confirm-email=true")
class RegistrationClosedIntegrationTests {

    @Autowired
    private MockMvc mvc;

    @Test
    void theRegisterPageSaysRegistrationIsClosedAndShowsNoForm() throws Exception {
        String page = new Visitor(mvc).perform(get("/register")).getResponse().getContentAsString();
        assertThat(page).contains("Registration is closed on this server").doesNotContain("action=\"/register\"");
    }

    @Test
    void aPostedFormIsRefusedWith503AndMakesNoAccount() throws Exception {
        Visitor visitor = new Visitor(mvc);
        MvcResult result = visitor.perform(post("/register")
                .with(csrf())
                .param("email", "closed-" + java.util.UUID.randomUUID() + "@example.org")
                .param("displayName", "Uma")
                .param("password", "amber-tundra-whistle"));
        assertThat(result.getResponse().getStatus()).isEqualTo(503);
        assertThat(result.getResponse().getContentAsString()).contains("no mail server is set up");
        assertThat(visitor.perform(get("/account")).getResponse().getStatus()).isEqualTo(302);
    }

    @Test
    void theApiAnswers503ProblemSayingWhy() throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/accounts")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"closed-api@example.org\",\"password\":\"amber-tundra-whistle\","
                                + "\"displayName\":\"Uma\"}"))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(503);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat((String) JsonPath.read(result.getResponse().getContentAsString(), "$.detail"))
                .contains("confirms email addresses by mail");
    }
}
