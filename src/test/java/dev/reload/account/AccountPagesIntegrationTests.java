package dev.reload.account;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.reload.support.ApplicationTest;
import dev.reload.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@ApplicationTest
class AccountPagesIntegrationTests {

    private static final String PASSWORD = "amber-tundra-whistle";

    @Autowired
    private MockMvc mvc;

    private Visitor visitor;

    @BeforeEach
    void newVisitor() {
        visitor = new Visitor(mvc);
    }

    @Test
    void registrationSignsTheNewPersonInAndGreetsThem() throws Exception {
        MvcResult registered = registerForm(AccountApiIntegrationTests.uniqueEmail(), "Noor", PASSWORD);
        assertThat(registered.getResponse().getRedirectedUrl()).isEqualTo("/today?welcome");

        MvcResult home = visitor.perform(get("/today"));
        assertThat(home.getResponse().getStatus()).isEqualTo(200);
        assertThat(home.getResponse().getContentAsString()).contains("Hello, Noor", "You have no plan yet");
    }

    @Test
    void logsInWithANewSessionIdAndLogsOut() throws Exception {
        String email = AccountApiIntegrationTests.uniqueEmail();
        new Visitor(mvc)
                .perform(post("/register")
                        .with(csrf())
                        .param("email", email)
                        .param("displayName", "Noor")
                        .param("password", PASSWORD));

        visitor.perform(get("/login"));
        String before = visitor.sessionId();
        MvcResult login = visitor.perform(
                post("/login").with(csrf()).param("email", email).param("password", PASSWORD));
        assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(visitor.sessionId())
                .as("session fixation protection")
                .isNotNull()
                .isNotEqualTo(before);
        assertThat(visitor.perform(get("/account")).getResponse().getStatus()).isEqualTo(200);

        MvcResult logout = visitor.perform(post("/logout").with(csrf()));
        assertThat(logout.getResponse().getRedirectedUrl()).isEqualTo("/login?loggedOut");
        assertThat(visitor.perform(get("/account")).getResponse().getRedirectedUrl())
                .isEqualTo("/login");
    }

    @Test
    void aWrongPasswordShowsTheFormAgainAndTheSixthWithinFiveMinutesAnswers429() throws Exception {
        String email = AccountApiIntegrationTests.uniqueEmail();
        registerForm(email, "Noor", PASSWORD);
        Visitor stranger = new Visitor(mvc);
        for (int attempt = 1; attempt <= 5; attempt++) {
            MvcResult wrong = stranger.perform(
                    post("/login").with(csrf()).param("email", email).param("password", "wrong-password-here"));
            assertThat(wrong.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        }
        MvcResult sixth = stranger.perform(
                post("/login").with(csrf()).param("email", email).param("password", "wrong-password-here"));
        assertThat(sixth.getResponse().getStatus()).isEqualTo(429);
        assertThat(sixth.getResponse().getHeader("Retry-After")).isNotBlank();
    }

    @Test
    void changesThePasswordOnlyWithTheCurrentOne() throws Exception {
        String email = AccountApiIntegrationTests.uniqueEmail();
        registerForm(email, "Noor", PASSWORD);

        MvcResult refused = visitor.perform(post("/account/password")
                .with(csrf())
                .param("currentPassword", "not-my-password")
                .param("newPassword", "violet-canyon-meadow"));
        assertThat(refused.getResponse().getContentAsString()).contains("id=\"currentPassword-errors\"");

        MvcResult changed = visitor.perform(post("/account/password")
                .with(csrf())
                .param("currentPassword", PASSWORD)
                .param("newPassword", "violet-canyon-meadow"));
        assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/account");

        Visitor later = new Visitor(mvc);
        MvcResult oldPassword =
                later.perform(post("/login").with(csrf()).param("email", email).param("password", PASSWORD));
        assertThat(oldPassword.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        MvcResult newPassword = later.perform(
                post("/login").with(csrf()).param("email", email).param("password", "violet-canyon-meadow"));
        assertThat(newPassword.getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void createsATokenShownOnceAndRevokesIt() throws Exception {
        registerForm(AccountApiIntegrationTests.uniqueEmail(), "Noor", PASSWORD);
        MvcResult created = visitor.perform(post("/account/tokens").with(csrf()).param("name", "watch"));
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/account#tokens");
        var issued = (ApiTokenService.IssuedToken) created.getFlashMap().get("newToken");
        assertThat(issued.token()).startsWith("rl_");
        assertThat(mvc.perform(get("/api/v1/account").header("Authorization", "Bearer " + issued.token()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);

        assertThat(visitor.perform(get("/account")).getResponse().getContentAsString())
                .as("shown once, right after it was made")
                .contains(issued.token());
        assertThat(visitor.perform(get("/account")).getResponse().getContentAsString())
                .contains("watch", "Revoke")
                .doesNotContain(issued.token());
        visitor.perform(
                post("/account/tokens/" + issued.view().id() + "/revoke").with(csrf()));
        assertThat(mvc.perform(get("/api/v1/account").header("Authorization", "Bearer " + issued.token()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
    }

    @Test
    void anotherPersonsTokenCannotBeRevoked() throws Exception {
        registerForm(AccountApiIntegrationTests.uniqueEmail(), "Noor", PASSWORD);
        var issued = (ApiTokenService.IssuedToken)
                visitor.perform(post("/account/tokens").with(csrf()).param("name", "mine"))
                        .getFlashMap()
                        .get("newToken");

        Visitor other = new Visitor(mvc);
        other.perform(post("/register")
                .with(csrf())
                .param("email", AccountApiIntegrationTests.uniqueEmail())
                .param("displayName", "Ola")
                .param("password", PASSWORD));
        MvcResult attempt = other.perform(
                post("/account/tokens/" + issued.view().id() + "/revoke").with(csrf()));
        assertThat(attempt.getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/api/v1/account").header("Authorization", "Bearer " + issued.token()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void registersInTheBrowsersTimeZoneAndMovesToAnother() throws Exception {
        MvcResult registered = visitor.perform(post("/register")
                .with(csrf())
                .param("email", AccountApiIntegrationTests.uniqueEmail())
                .param("displayName", "Noor")
                .param("password", PASSWORD)
                .param("timeZone", "Australia/Sydney"));
        assertThat(registered.getResponse().getRedirectedUrl()).isEqualTo("/today?welcome");
        assertThat(visitor.perform(get("/account")).getResponse().getContentAsString())
                .contains("<dd>Australia/Sydney</dd>");

        MvcResult moved =
                visitor.perform(post("/account/time-zone").with(csrf()).param("timeZone", "America/Toronto"));
        assertThat(moved.getResponse().getRedirectedUrl()).isEqualTo("/account#time-zone");
        assertThat(visitor.perform(get("/account")).getResponse().getContentAsString())
                .contains("<dd>America/Toronto</dd>");
    }

    private MvcResult registerForm(String email, String name, String password) throws Exception {
        return visitor.perform(post("/register")
                .with(csrf())
                .param("email", email)
                .param("displayName", name)
                .param("password", password));
    }
}
