package dev.reload.system.loadtest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import dev.reload.support.ApiAccounts;
import dev.reload.support.ApplicationTest;
import dev.reload.system.security.LoginThrottle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The load test's bare endpoint under the {@code loadtest} profile: one account row by id for
 * anyone, through the same filters as every page, and throttles that a load test from one address
 * does not trip. {@link RowControllerAbsentIntegrationTests} shows it is not there without the profile.
 */
@ApplicationTest
@ActiveProfiles(RowController.PROFILE)
class RowControllerIntegrationTests {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private LoginThrottle throttle;

    @Test
    void answersOneAccountsIdAndNameWithoutASignIn() throws Exception {
        ApiAccounts.newToken(mvc);
        long id = jdbc.sql("SELECT MAX(id) FROM account").query(Long.class).single();
        String name = jdbc.sql("SELECT display_name FROM account WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();

        mvc.perform(get("/loadtest/row").param("id", Long.toString(id)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.displayName").value(name))
                // the servlet filters and the security chain of every page ran
                .andExpect(header().exists("X-Request-Id"))
                .andExpect(header().exists("Content-Security-Policy"));
    }

    @Test
    void answers404ForAnIdWithoutAnAccount() throws Exception {
        long none = jdbc.sql("SELECT MAX(id) FROM account")
                        .query(Long.class)
                        .optional()
                        .orElse(0L)
                + 1000;

        mvc.perform(get("/loadtest/row").param("id", Long.toString(none))).andExpect(status().isNotFound());
    }

    @Test
    void wrongPasswordsFromOneAddressAreNotRefusedAfterFive() {
        for (int i = 0; i < 50; i++) {
            throttle.recordFailure("load-00001@generated.reload.example", "127.0.0.1");
        }

        assertThat(throttle.allows("load-00001@generated.reload.example", "127.0.0.1"))
                .isTrue();
    }
}
