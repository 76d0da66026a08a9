package dev.reload.account;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.reload.support.ApiAccounts;
import dev.reload.support.ApplicationTest;
import dev.reload.support.Visitor;

import static dev.reload.support.ApiCalls.body;
import static dev.reload.support.ApiCalls.send;
import static dev.reload.support.ApiContract.malformedOnPurpose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * An administrator finds accounts and changes their role, by page and by API; nobody else can; a
 * new role ends the account's sessions; the configured administrators get their role at start.
 */
@ApplicationTest
class AdminRolesIntegrationTests {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private AccountRepository accounts;

    @Autowired
    private AccountSessions sessions;

    @Test
    void anAdministratorFindsAnAccountByPartOfItsEmailAndMakesItAnEditor() throws Exception {
        String admin = adminToken();
        Visitor person = new Visitor(mvc);
        String email = person.register("future-editor", "Ines");
        long id = accounts.findByEmail(email).orElseThrow().id();

        String found =
                body(send(mvc, admin, get("/api/v1/admin/accounts").param("email", email.substring(0, 30)), null, 200));
        assertThat(JsonPath.<Integer>read(found, "$.accounts.length()")).isEqualTo(1);
        assertThat(JsonPath.<String>read(found, "$.accounts[0].email")).isEqualTo(email);
        assertThat(JsonPath.<String>read(found, "$.accounts[0].role")).isEqualTo("PATIENT");
        assertThat(found).doesNotContain("password");

        String changed =
                body(send(mvc, admin, put("/api/v1/admin/accounts/" + id + "/role"), "{\"role\":\"EDITOR\"}", 200));
        assertThat(JsonPath.<String>read(changed, "$.role")).isEqualTo("EDITOR");
        assertThat(accounts.findById(id).orElseThrow().role()).isEqualTo(Role.EDITOR);
    }

    @Test
    void aNewRoleEndsTheAccountsSessionsSoItSignsInAgainWithIt() throws Exception {
        Visitor person = new Visitor(mvc);
        String email = person.register("signed-in", "Ines");
        assertThat(person.perform(get("/today")).getResponse().getStatus()).isEqualTo(200);

        long id = accounts.findByEmail(email).orElseThrow().id();
        send(mvc, adminToken(), put("/api/v1/admin/accounts/" + id + "/role"), "{\"role\":\"CLINICIAN\"}", 200);

        MvcResult after = person.perform(get("/today"));
        assertThat(after.getResponse().getStatus()).isEqualTo(302);
        assertThat(after.getResponse().getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void refusesOnesOwnRoleAnUnknownRoleAndAnUnknownAccountNamingWhatIsWrong() throws Exception {
        String admin = adminToken();
        long me = JsonPath.<Integer>read(body(send(mvc, admin, get("/api/v1/account"), null, 200)), "$.id")
                .longValue();

        String own =
                body(send(mvc, admin, put("/api/v1/admin/accounts/" + me + "/role"), "{\"role\":\"PATIENT\"}", 400));
        assertThat(own).contains("\"field\":\"role\"", "another administrator");
        String unknown = body(send(
                mvc,
                admin,
                put("/api/v1/admin/accounts/" + me + "/role").with(malformedOnPurpose()),
                "{\"role\":\"WIZARD\"}",
                400));
        assertThat(unknown).contains("role");
        send(mvc, admin, put("/api/v1/admin/accounts/" + me + "/role").with(malformedOnPurpose()), "{}", 400);
        send(mvc, admin, put("/api/v1/admin/accounts/999999999/role"), "{\"role\":\"EDITOR\"}", 404);
    }

    @Test
    void nobodyButAnAdministratorReachesThem() throws Exception {
        String patient = ApiAccounts.newToken(mvc);
        send(mvc, patient, get("/api/v1/admin/accounts"), null, 403);
        send(mvc, patient, put("/api/v1/admin/accounts/1/role"), "{\"role\":\"ADMIN\"}", 403);
        assertThat(mvc.perform(get("/api/v1/admin/accounts"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);

        Visitor person = new Visitor(mvc);
        person.register("curious", "Ola");
        assertThat(person.perform(get("/admin/accounts")).getResponse().getStatus())
                .isEqualTo(403);
        assertThat(person.perform(get("/account")).getResponse().getContentAsString())
                .doesNotContain("/admin/accounts");
    }

    @Test
    void theAdministratorsPageListsAccountsAndChangesARole() throws Exception {
        Visitor admin = new Visitor(mvc);
        String adminEmail = admin.register("page-admin", "Ada");
        promote(adminEmail);
        admin.perform(post("/login").with(csrf()).param("email", adminEmail).param("password", ApiAccounts.PASSWORD));
        assertThat(admin.perform(get("/account")).getResponse().getContentAsString())
                .contains("/admin/accounts");

        String email = new Visitor(mvc).register("page-target", "Ines");
        long id = accounts.findByEmail(email).orElseThrow().id();
        String page = admin.perform(get("/admin/accounts").param("email", email))
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(
                        "<title>Accounts and roles – Reload</title>",
                        email,
                        "Role of " + email,
                        "never their health data");

        MvcResult changed = admin.perform(post("/admin/accounts/" + id + "/role")
                .with(csrf())
                .param("role", "EDITOR")
                .param("email", email));
        assertThat(changed.getResponse().getRedirectedUrl()).startsWith("/admin/accounts?email=");
        assertThat(admin.perform(get(java.net.URI.create(changed.getResponse().getRedirectedUrl())))
                        .getResponse()
                        .getContentAsString())
                .contains(email + " is now: Editor.");
        assertThat(accounts.findById(id).orElseThrow().role()).isEqualTo(Role.EDITOR);
    }

    @Test
    void theConfiguredAdministratorsGetTheirRoleAtStart() throws Exception {
        String email = new Visitor(mvc).register("configured", "Ada");
        new AccountRoles(accounts, sessions, " " + email.toUpperCase() + " ,nobody-here@example.org")
                .promoteConfiguredAdmins();
        assertThat(accounts.findByEmail(email).orElseThrow().role()).isEqualTo(Role.ADMIN);
    }

    /** A fresh account made an administrator, with a token. */
    private String adminToken() throws Exception {
        String token = ApiAccounts.newToken(mvc);
        String email = JsonPath.read(body(send(mvc, token, get("/api/v1/account"), null, 200)), "$.email");
        promote(email);
        return token;
    }

    private void promote(String email) {
        accounts.save(accounts.findByEmail(email).orElseThrow().withRole(Role.ADMIN));
    }
}
