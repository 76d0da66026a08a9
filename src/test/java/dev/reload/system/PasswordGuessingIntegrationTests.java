package dev.reload.system;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dev.reload.support.ApiAccounts;
import dev.reload.support.ApiCalls;
import dev.reload.support.ApplicationTest;
import dev.reload.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A signed-in session or a token is not a licence to guess the password: wrong passwords on the
 * delete form, the API's delete and the password change count as at the login (5 in 5 minutes),
 * after which even the right one is refused with 429 and nothing is deleted or changed.
 */
@ApplicationTest
class PasswordGuessingIntegrationTests {

    private static final int ALLOWED = 5;

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void theDeleteFormStopsTakingPasswordsAfterFiveWrongOnes() throws Exception {
        Visitor visitor = new Visitor(mvc);
        String email = visitor.register("guess-delete", "Vic");
        for (int i = 0; i < ALLOWED; i++) {
            assertThat(deleteForm(visitor, "wrong-guess-" + i).getResponse().getStatus())
                    .isEqualTo(200);
        }
        MvcResult refused = deleteForm(visitor, ApiAccounts.PASSWORD);
        assertThat(refused.getResponse().getStatus()).isEqualTo(429);
        assertThat(refused.getResponse().getContentAsString()).contains("Too many wrong passwords");
        assertThat(exists(email)).isTrue();
    }

    @Test
    void theApiDeleteStopsTakingPasswordsAfterFiveWrongOnes() throws Exception {
        Visitor visitor = new Visitor(mvc);
        String email = visitor.register("guess-api", "Wen");
        String token = ApiAccounts.token(mvc, email, null);
        for (int i = 0; i < ALLOWED; i++) {
            assertThat(apiDelete(token, "wrong-guess-" + i).getResponse().getStatus())
                    .isEqualTo(400);
        }
        MvcResult refused = apiDelete(token, ApiAccounts.PASSWORD);
        assertThat(refused.getResponse().getStatus()).isEqualTo(429);
        assertThat(refused.getResponse().getHeader("Retry-After")).isNotBlank();
        assertThat(exists(email)).isTrue();
    }

    @Test
    void thePasswordChangeStopsTakingCurrentPasswordsAfterFiveWrongOnes() throws Exception {
        Visitor visitor = new Visitor(mvc);
        String email = visitor.register("guess-change", "Xan");
        String hash = hash(email);
        for (int i = 0; i < ALLOWED; i++) {
            assertThat(change(visitor, "wrong-guess-" + i).getResponse().getStatus())
                    .isEqualTo(200);
        }
        MvcResult refused = change(visitor, ApiAccounts.PASSWORD);
        assertThat(refused.getResponse().getStatus()).isEqualTo(429);
        assertThat(refused.getResponse().getContentAsString()).contains("Too many wrong passwords");
        assertThat(hash(email)).as("the password is unchanged").isEqualTo(hash);
    }

    private MvcResult deleteForm(Visitor visitor, String password) throws Exception {
        return visitor.perform(post("/account/delete").with(csrf()).param("password", password));
    }

    private final RequestPostProcessor ownAddress = ApiCalls.fromAnAddressOfItsOwn();

    private MvcResult apiDelete(String token, String password) throws Exception {
        return mvc.perform(delete("/api/v1/account")
                        .with(ownAddress)
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"password\":\"" + password + "\"}"))
                .andReturn();
    }

    private MvcResult change(Visitor visitor, String current) throws Exception {
        return visitor.perform(post("/account/password")
                .with(csrf())
                .param("currentPassword", current)
                .param("newPassword", "copper-meadow-signal"));
    }

    private boolean exists(String email) {
        return jdbc.sql("SELECT COUNT(*) FROM account WHERE email = :email")
                        .param("email", email)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    private String hash(String email) {
        return jdbc.sql("SELECT password_hash FROM account WHERE email = :email")
                .param("email", email)
                .query(String.class)
                .single();
    }
}
