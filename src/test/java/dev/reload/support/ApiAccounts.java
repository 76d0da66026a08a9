package dev.reload.support;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
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
        String address = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
        MvcResult token = mvc.perform(post("/api/v1/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        })
                        .content("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}"))
                .andReturn();
        assertThat(token.getResponse().getStatus()).isEqualTo(200);
        return JsonPath.read(token.getResponse().getContentAsString(), "$.token");
    }
}
