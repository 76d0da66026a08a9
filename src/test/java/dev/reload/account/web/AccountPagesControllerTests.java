package dev.reload.account.web;

import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.reload.account.AccountService;
import dev.reload.support.Visitor;
import dev.reload.support.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The registration form as a visitor sees it: each refused answer next to its field with what was
 * typed kept, and no form post without its CSRF token. Signing up, logging in and out, and
 * passwords and tokens that are stored are {@code AccountPagesIntegrationTests}.
 */
@WebSliceTest
class AccountPagesControllerTests {

    private static final String PASSWORD = "amber-tundra-whistle";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private AccountService accounts;

    private Visitor visitor;

    @BeforeEach
    void newVisitor() {
        visitor = new Visitor(mvc);
        // what PasswordPolicy says of a short password (PasswordPolicyTests)
        given(accounts.passwordProblem("short", "kai-at-example.org"))
                .willReturn(Optional.of("must be at least 12 characters long"));
    }

    @Test
    void registrationShowsEachErrorNextToItsFieldAndKeepsWhatWasTyped() throws Exception {
        MvcResult refused = registerForm("kai-at-example.org", "", "short");
        String page = refused.getResponse().getContentAsString();
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(page)
                .contains(
                        "id=\"email-errors\"",
                        "id=\"displayName-errors\"",
                        "id=\"password-errors\"",
                        "Password must be at least 12 characters long.",
                        "value=\"kai-at-example.org\"",
                        "aria-invalid=\"true\"");
        assertThat(visitor.perform(get("/account")).getResponse().getRedirectedUrl())
                .isEqualTo("/login");
        then(accounts).should(never()).register(any());
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefused() throws Exception {
        MvcResult refused = visitor.perform(post("/register")
                .param("email", "pages-" + UUID.randomUUID() + "@example.org")
                .param("displayName", "Noor")
                .param("password", PASSWORD));
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        then(accounts).should(never()).register(any());
    }

    @Test
    void theLoginAndRegistrationFormsCarryTheirCsrfToken() throws Exception {
        for (String path : new String[] {"/login", "/register"}) {
            MvcResult form = visitor.perform(get(path));
            assertThat(form.getResponse().getStatus()).as(path).isEqualTo(200);
            assertThat(form.getResponse().getContentAsString())
                    .as(path)
                    .contains("name=\"_csrf\"", "name=\"email\"", "name=\"password\"");
        }
    }

    private MvcResult registerForm(String email, String name, String password) throws Exception {
        return visitor.perform(post("/register")
                .with(csrf())
                .param("email", email)
                .param("displayName", name)
                .param("password", password));
    }
}
