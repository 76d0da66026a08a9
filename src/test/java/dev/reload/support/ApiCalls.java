package dev.reload.support;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

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

    public static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString();
    }
}
