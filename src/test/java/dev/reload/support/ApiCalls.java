package dev.reload.support;

import java.util.concurrent.atomic.AtomicInteger;

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

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    /**
     * Sends the request from a client address of its own, so that what a limit counts per address
     * (wrong passwords, registrations) is this test's alone, not that of every test on 127.0.0.1.
     */
    public static RequestPostProcessor fromAnAddressOfItsOwn() {
        int n = ADDRESSES.getAndIncrement();
        // 198.19.0.0/16 (benchmarking addresses, RFC 2544), one after the other: no two calls of a test
        // run share one, where 254 random ones did often enough that a test found another's limit
        String address = "198.19." + (n / 254 % 256) + "." + (n % 254 + 1);
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    public static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString();
    }
}
