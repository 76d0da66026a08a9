package dev.reload.support;

import java.util.concurrent.ThreadLocalRandom;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;

/** API calls of a test with a bearer token, each checked for the status it must answer. */
public final class ApiCalls {

    private ApiCalls() {}

    /** Sends {@code request} as {@code token}'s (with {@code json} as its body unless null) and checks its status. */
    public static MvcResult send(
            MockMvc mvc, String token, MockHttpServletRequestBuilder request, String json, int status)
            throws Exception {
        request.header("Authorization", "Bearer " + token);
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus())
                .as(result.getRequest().getRequestURI() + " "
                        + result.getResponse().getContentAsString())
                .isEqualTo(status);
        return result;
    }

    /**
     * Sends the request from a client address of its own, so that what a limit counts per address
     * (wrong passwords, registrations) is this test's alone, not that of every test on 127.0.0.1.
     */
    public static RequestPostProcessor fromAnAddressOfItsOwn() {
        // one of 16 million, so that an address a test has locked out (five wrong passwords) is not drawn again
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String address = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    public static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString();
    }
}
