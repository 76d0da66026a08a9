package dev.reload.account;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import dev.reload.support.ApplicationTest;

import static dev.reload.support.ApiContract.malformedOnPurpose;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApplicationTest
class AccountApiIntegrationTests {

    private static final String PASSWORD = "amber-tundra-whistle";

    @Autowired
    private MockMvc mvc;

    @Test
    void registersAPatientAndAnswers201WithoutThePassword() throws Exception {
        String email = uniqueEmail();
        register("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"Mia\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.email").value(email))
                .andExpect(jsonPath("$.displayName").value("Mia"))
                .andExpect(jsonPath("$.role").value("PATIENT"))
                .andExpect(jsonPath("$.password").doesNotExist())
                .andExpect(jsonPath("$.passwordHash").doesNotExist());
    }

    @Test
    void registersInTheTimeZoneGivenAndInUtcWithoutOne() throws Exception {
        register("{\"email\":\"" + uniqueEmail() + "\",\"password\":\"" + PASSWORD
                        + "\",\"displayName\":\"Mia\",\"timeZone\":\"Australia/Sydney\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.timeZone").value("Australia/Sydney"));
        register("{\"email\":\"" + uniqueEmail() + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"Mia\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.timeZone").value("UTC"));
    }

    @Test
    void refusesAnUnknownTimeZoneNamingIt() throws Exception {
        register("{\"email\":\"" + uniqueEmail() + "\",\"password\":\"" + PASSWORD
                        + "\",\"displayName\":\"Mia\",\"timeZone\":\"Mars/Olympus_Mons\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("timeZone"))
                .andExpect(jsonPath("$.errors[0].message").value(startsWith("is not a time zone this app knows")));
    }

    @Test
    void theAccountShowsAndChangesItsTimeZone() throws Exception {
        String token = "Bearer " + tokenFor(uniqueEmail());
        mvc.perform(get("/api/v1/account").header("Authorization", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.timeZone").value("UTC"));

        mvc.perform(patch("/api/v1/account")
                        .header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"timeZone\":\"Pacific/Auckland\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.timeZone").value("Pacific/Auckland"));
        mvc.perform(get("/api/v1/account").header("Authorization", token))
                .andExpect(jsonPath("$.timeZone").value("Pacific/Auckland"));

        for (String refused : new String[] {"{\"timeZone\":\"+13:00\"}", "{}"}) {
            mvc.perform(patch("/api/v1/account")
                            .with(malformedOnPurpose())
                            .header("Authorization", token)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(refused))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("timeZone"));
        }
        mvc.perform(get("/api/v1/account").header("Authorization", token))
                .andExpect(jsonPath("$.timeZone").value("Pacific/Auckland"));
    }

    @Test
    void registersAClinicianWhenAsked() throws Exception {
        register("{\"email\":\"" + uniqueEmail() + "\",\"password\":\"" + PASSWORD
                        + "\",\"displayName\":\"Dr Ode\",\"role\":\"CLINICIAN\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.role").value("CLINICIAN"));
    }

    @Test
    void refusesToRegisterAnAdministrator() throws Exception {
        register("{\"email\":\"" + uniqueEmail() + "\",\"password\":\"" + PASSWORD
                        + "\",\"displayName\":\"Eve\",\"role\":\"ADMIN\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("role")));
    }

    @Test
    void refusesAPasswordShorterThanTwelveCharacters() throws Exception {
        register("{\"email\":\"" + uniqueEmail() + "\",\"password\":\"elevenchars\",\"displayName\":\"Mia\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[0].field").value("password"))
                .andExpect(jsonPath("$.errors[0].message").value(startsWith("must be at least 12")));
    }

    @Test
    void refusesACommonPasswordEvenWhenLongEnough() throws Exception {
        register("{\"email\":\"" + uniqueEmail() + "\",\"password\":\"password1234\",\"displayName\":\"Mia\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"))
                .andExpect(jsonPath("$.errors[0].message").value(startsWith("is too common")));
    }

    @Test
    void refusesASecondAccountForTheSameEmailWhateverItsCase() throws Exception {
        String email = uniqueEmail();
        register("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"Mia\"}")
                .andExpect(status().isCreated());
        register("{\"email\":\"" + email.toUpperCase() + "\",\"password\":\"" + PASSWORD
                        + "\",\"displayName\":\"Mia\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("email"));
    }

    @Test
    void namesEveryMissingOrMalformedField() throws Exception {
        registerMalformed("{\"email\":\"not-an-email\",\"extra\":true}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("email")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("password")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("displayName")));
    }

    @Test
    void namesAFieldOfTheWrongType() throws Exception {
        registerMalformed("{\"email\":\"" + uniqueEmail() + "\",\"password\":\"" + PASSWORD
                        + "\",\"displayName\":\"Mia\"," + "\"role\":\"KING\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("role"))
                .andExpect(jsonPath("$.errors[0].message").value(startsWith("must be one of PATIENT")));
    }

    @Test
    void answersMalformedJsonWithAProblem() throws Exception {
        registerMalformed("{\"email\": ")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("body"));
    }

    @Test
    void exchangesCredentialsForATokenThatOpensTheApiUntilRevoked() throws Exception {
        String email = uniqueEmail();
        register("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"Mia\"}");
        String body = mvc.perform(post("/api/v1/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.token").value(startsWith("rl_")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String token = JsonPath.read(body, "$.token");
        int id = JsonPath.read(body, "$.id");

        mvc.perform(get("/api/v1/account").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(email));

        mvc.perform(delete("/api/v1/tokens/" + id).header("Authorization", "Bearer " + token))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/account").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void answers401WithoutATokenAnd401ForAnUnknownOne() throws Exception {
        mvc.perform(get("/api/v1/account").with(malformedOnPurpose()))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/account").header("Authorization", "Bearer rl_made-up"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void answers404ForAnotherAccountsToken() throws Exception {
        String first = tokenFor(uniqueEmail());
        String secondEmail = uniqueEmail();
        String second = tokenFor(secondEmail);
        String tokens = mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + second))
                .andReturn()
                .getResponse()
                .getContentAsString();
        int secondsTokenId = JsonPath.read(tokens, "$[0].id");

        mvc.perform(delete("/api/v1/tokens/" + secondsTokenId).header("Authorization", "Bearer " + first))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/account").header("Authorization", "Bearer " + second))
                .andExpect(status().isOk());
    }

    @Test
    void answers401ForAWrongPasswordAnd429ForTheSixthWithinFiveMinutes() throws Exception {
        String email = uniqueEmail();
        register("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"Mia\"}");
        for (int attempt = 1; attempt <= 5; attempt++) {
            tokenRequest(email, "not-the-password", "10.0.0." + attempt).andExpect(status().isUnauthorized());
        }
        tokenRequest(email, "not-the-password", "10.0.0.6")
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        // Once blocked, even the right password waits: guessing cannot continue.
        tokenRequest(email, PASSWORD, "10.0.0.7").andExpect(status().isTooManyRequests());
    }

    @Test
    void limitsWrongPasswordsPerClientAddressAcrossAccounts() throws Exception {
        String address = "192.0.2." + (int) (Math.random() * 200 + 1);
        for (int attempt = 1; attempt <= 5; attempt++) {
            tokenRequest(uniqueEmail(), "not-the-password", address).andExpect(status().isUnauthorized());
        }
        tokenRequest(uniqueEmail(), "not-the-password", address).andExpect(status().isTooManyRequests());
    }

    /** Registers with a body that breaks the API's schema on purpose (only the answer is validated). */
    private ResultActions registerMalformed(String json) throws Exception {
        return mvc.perform(post("/api/v1/accounts")
                .with(malformedOnPurpose())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private ResultActions register(String json) throws Exception {
        return mvc.perform(
                post("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions tokenRequest(String email, String password, String address) throws Exception {
        return mvc.perform(post("/api/v1/tokens")
                .contentType(MediaType.APPLICATION_JSON)
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })
                .content("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"));
    }

    private String tokenFor(String email) throws Exception {
        register("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"Mia\"}");
        String body = tokenRequest(email, PASSWORD, "198.51.100.1")
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.token");
    }

    static String uniqueEmail() {
        return "p-" + UUID.randomUUID() + "@example.org";
    }
}
