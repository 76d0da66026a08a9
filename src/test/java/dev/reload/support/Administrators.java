package dev.reload.support;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** A new administrator for tests of what only administrators see: signed in in a browser, and with an API token. */
public record Administrators(Visitor browser, String token) {

    /** Registers an account, makes it an administrator in the database, and signs it in both ways. */
    public static Administrators newOne(MockMvc mvc, JdbcClient jdbc) throws Exception {
        Visitor browser = new Visitor(mvc);
        String email = browser.register("admin", "Ada");
        jdbc.sql("UPDATE account SET role = 'ADMIN' WHERE email = :email")
                .param("email", email)
                .update();
        browser.perform(post("/login").with(csrf()).param("email", email).param("password", ApiAccounts.PASSWORD));
        assertThat(browser.perform(get("/admin/accounts")).getResponse().getStatus())
                .isEqualTo(200);
        MvcResult token = new Visitor(mvc)
                .perform(post("/api/v1/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"password\":\"" + ApiAccounts.PASSWORD + "\"}"));
        assertThat(token.getResponse().getStatus()).isEqualTo(200);
        return new Administrators(browser, JsonPath.read(token.getResponse().getContentAsString(), "$.token"));
    }
}
