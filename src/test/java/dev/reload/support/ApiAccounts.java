package dev.reload.support;

import java.time.Clock;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.reload.account.TwoStepEnrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** New accounts for API tests: registered through the API, with a bearer token of their own. */
public final class ApiAccounts {

    public static final String PASSWORD = "amber-tundra-whistle";

    private ApiAccounts() {}

    /** Registers a fresh patient and answers a bearer token for it. */
    public static String newToken(MockMvc mvc) throws Exception {
        String email = "api-" + UUID.randomUUID() + "@example.org";
        MvcResult registered = mvc.perform(post("/api/v1/accounts")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD
                                + "\",\"displayName\":\"Tester\"}"))
                .andReturn();
        assertThat(registered.getResponse().getStatus()).isEqualTo(201);
        MvcResult token = mvc.perform(post("/api/v1/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .with(ApiCalls.fromAnAddressOfItsOwn())
                        .content("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}"))
                .andReturn();
        assertThat(token.getResponse().getStatus()).isEqualTo(200);
        return JsonPath.read(token.getResponse().getContentAsString(), "$.token");
    }

    /** A clinician registered on the pages and enrolled in two-step sign-in there, still signed in. */
    public record Clinician(Visitor visitor, String email, TwoStepEnrolment.Enrolled enrolled) {

        /** A bearer token for the clinician, with a fresh two-step code. */
        public String token(MockMvc mvc, Clock clock) throws Exception {
            return ApiAccounts.token(mvc, email, TwoStepEnrolment.code(enrolled.secret(), clock, 1));
        }
    }

    /** Registers a clinician whose email starts with {@code prefix}, enrolled in two-step sign-in. */
    public static Clinician clinician(MockMvc mvc, String prefix, String name, Clock clock) throws Exception {
        Visitor visitor = new Visitor(mvc);
        String email = prefix + "-" + UUID.randomUUID() + "@example.org";
        visitor.perform(post("/register")
                .with(csrf())
                .param("email", email)
                .param("displayName", name)
                .param("password", PASSWORD)
                .param("clinician", "true"));
        TwoStepEnrolment.Enrolled enrolled = TwoStepEnrolment.enrol(visitor, email, clock);
        assertThat(visitor.perform(get("/")).getResponse().getRedirectedUrl()).isEqualTo("/clinic");
        return new Clinician(visitor, email, enrolled);
    }

    /** A bearer token for the account with this email and {@link #PASSWORD}; {@code code} is its two-step code or null. */
    public static String token(MockMvc mvc, String email, String code) throws Exception {
        MvcResult token = new Visitor(mvc)
                .perform(post("/api/v1/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\""
                                + (code == null ? "" : ",\"code\":\"" + code + "\"") + "}"));
        assertThat(token.getResponse().getStatus())
                .as(token.getResponse().getContentAsString())
                .isEqualTo(200);
        return JsonPath.read(token.getResponse().getContentAsString(), "$.token");
    }
}
