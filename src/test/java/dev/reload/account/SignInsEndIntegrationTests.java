package dev.reload.account;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.reload.support.ApiAccounts;
import dev.reload.support.ApplicationTest;
import dev.reload.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A new password shuts everyone else out: signed in on two devices, a change on one ends the
 * other's session and revokes every API token, while the device that changed it stays in. And an
 * anonymous visitor who only reads pages gets no session at all.
 */
@ApplicationTest
class SignInsEndIntegrationTests {

    private static final String NEW_PASSWORD = "copper-meadow-signal";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private Clock clock;

    @LocalServerPort
    private int port;

    @Test
    void aNewPasswordEndsEveryOtherSessionAndRevokesEveryTokenButKeepsThisOne() throws Exception {
        Visitor laptop = new Visitor(mvc);
        String email = laptop.register("two-devices", "Ines");
        Visitor phone = new Visitor(mvc);
        logIn(phone, email, ApiAccounts.PASSWORD);
        assertThat(phone.perform(get("/today")).getResponse().getStatus()).isEqualTo(200);
        String token = token(email, ApiAccounts.PASSWORD);
        assertThat(api(token).getResponse().getStatus()).isEqualTo(200);
        String before = laptop.sessionId();

        MvcResult changed = laptop.perform(post("/account/password")
                .with(csrf())
                .param("currentPassword", ApiAccounts.PASSWORD)
                .param("newPassword", NEW_PASSWORD));
        assertThat(changed.getResponse().getRedirectedUrl()).endsWith("/account");

        MvcResult account = laptop.perform(get("/account"));
        assertThat(account.getResponse().getStatus()).as("this device stays in").isEqualTo(200);
        assertThat(account.getResponse().getContentAsString())
                .contains("Everywhere else you were signed in is now signed out");
        assertThat(laptop.sessionId()).as("under a new session id").isNotEqualTo(before);

        MvcResult other = phone.perform(get("/today"));
        assertThat(other.getResponse().getStatus()).isEqualTo(302);
        assertThat(other.getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(api(token).getResponse().getStatus()).as("the old token").isEqualTo(401);

        assertThat(api(token(email, NEW_PASSWORD)).getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(post("/api/v1/tokens")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"email\":\"" + email + "\",\"password\":\"" + ApiAccounts.PASSWORD + "\"}"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("the old password")
                .isEqualTo(401);
    }

    @Test
    void turningOnTwoStepSignInEndsTheSignInsMadeWithoutIt() throws Exception {
        Visitor laptop = new Visitor(mvc);
        String email = laptop.register("second-factor", "Ines");
        Visitor phone = new Visitor(mvc);
        logIn(phone, email, ApiAccounts.PASSWORD);
        String token = token(email, ApiAccounts.PASSWORD);

        TwoStepEnrolment.enrol(laptop, email, clock);

        assertThat(laptop.perform(get("/account")).getResponse().getStatus()).isEqualTo(200);
        assertThat(phone.perform(get("/today")).getResponse().getRedirectedUrl())
                .endsWith("/login");
        assertThat(api(token).getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void aVisitorWhoOnlyReadsPagesGetsNoSessionAndAProtectedPageIsResumedAfterLogIn() throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        for (String path :
                List.of("/", "/library", "/library/conditions/patellofemoral-pain", "/exercises", "/today")) {
            HttpResponse<Void> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(response.headers().allValues("Set-Cookie"))
                    .as(path)
                    .noneMatch(cookie -> cookie.startsWith("RELOAD_SESSION="));
        }

        Visitor visitor = new Visitor(mvc);
        String email = visitor.register("resumes", "Ines");
        visitor.perform(post("/logout").with(csrf()));
        assertThat(visitor.perform(get("/progress")).getResponse().getRedirectedUrl())
                .endsWith("/login");
        MvcResult in = logIn(visitor, email, ApiAccounts.PASSWORD);
        assertThat(in.getResponse().getRedirectedUrl())
                .as("back where they were going")
                .endsWith("/progress");
    }

    private MvcResult logIn(Visitor visitor, String email, String password) throws Exception {
        visitor.perform(get("/login"));
        return visitor.perform(post("/login").with(csrf()).param("email", email).param("password", password));
    }

    private String token(String email, String password) throws Exception {
        MvcResult token = mvc.perform(post("/api/v1/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .with(request -> {
                            request.setRemoteAddr("203.0.113.77");
                            return request;
                        })
                        .content("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"))
                .andReturn();
        assertThat(token.getResponse().getStatus()).isEqualTo(200);
        return JsonPath.read(token.getResponse().getContentAsString(), "$.token");
    }

    private MvcResult api(String token) throws Exception {
        return mvc.perform(get("/api/v1/account").header("Authorization", "Bearer " + token))
                .andReturn();
    }
}
