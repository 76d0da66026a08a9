package dev.reload.support;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/** One API exchange of a test, with a bearer token, checked for its status (the answer is quoted when it differs). */
public final class ApiExchanges {

    private ApiExchanges() {}

    /** Sends {@code request} with the token (and {@code json} as the body when not null) and expects {@code status}. */
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

    /** The answer's body as text. */
    public static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString();
    }
}
