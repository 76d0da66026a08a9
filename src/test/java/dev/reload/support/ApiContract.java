package dev.reload.support;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.mockmvc.MockMvcRequest;
import com.atlassian.oai.validator.mockmvc.MockMvcResponse;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The API's contract in the tests: every MockMvc exchange under {@code /api/} of an
 * {@link ApplicationTest} or a {@link WebSliceTest} is validated, request and answer, against the
 * OpenAPI document that the same application generates at {@value #DOCUMENT} (decision 0009). A
 * field, status or content type that the document does not describe fails the test.
 *
 * <p>A test that sends a malformed request on purpose (bad JSON, a wrong type, a missing field, a
 * value out of range, no token) says so with {@link #malformedOnPurpose()}: then only its answer is
 * validated. Tests with a real HTTP client validate their exchanges with
 * {@link #check(HttpRequest, String, HttpResponse)}.
 */
public final class ApiContract {

    /** Where the application serves its OpenAPI document. */
    public static final String DOCUMENT = "/v3/api-docs";

    /** Where the tests leave the document they validated against. */
    static final String COPY = "target/openapi.json";

    private static final String MALFORMED = ApiContract.class.getName() + ".malformedOnPurpose";

    private final WebApplicationContext context;
    private volatile OpenApiInteractionValidator validator;

    ApiContract(WebApplicationContext context) {
        this.context = context;
    }

    /** The contract of an application started by the test itself (outside the test contexts). */
    public static ApiContract of(WebApplicationContext context) {
        return new ApiContract(context);
    }

    /**
     * Marks a request as malformed on purpose: its answer is still validated against the
     * document, the request itself is not.
     */
    public static RequestPostProcessor malformedOnPurpose() {
        return request -> {
            request.setAttribute(MALFORMED, Boolean.TRUE);
            return request;
        };
    }

    /** Validates a MockMvc exchange under {@code /api/}; other paths pass untouched. */
    public void check(MvcResult result) {
        MockHttpServletRequest request = result.getRequest();
        if (!request.getRequestURI().startsWith("/api/")) {
            return;
        }
        Request sent = signedInBySlice(request) ? withToken(MockMvcRequest.of(request)) : MockMvcRequest.of(request);
        Response answer = MockMvcResponse.of(result.getResponse());
        assertValid(sent, answer, Boolean.TRUE.equals(request.getAttribute(MALFORMED)));
    }

    /** Validates an exchange of a real HTTP client with the server (request body as sent, or null). */
    public void check(HttpRequest request, String requestBody, HttpResponse<String> response) {
        check(request, requestBody, response, false);
    }

    /** As {@link #check(HttpRequest, String, HttpResponse)} for a request malformed on purpose. */
    public void checkAnswer(HttpRequest request, HttpResponse<String> response) {
        check(request, null, response, true);
    }

    private void check(HttpRequest request, String requestBody, HttpResponse<String> response, boolean malformed) {
        URI uri = request.uri();
        SimpleRequest.Builder sent = new SimpleRequest.Builder(request.method(), uri.getRawPath());
        request.headers().map().forEach(sent::withHeader);
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                sent.withQueryParam(
                        java.net.URLDecoder.decode(name, java.nio.charset.StandardCharsets.UTF_8),
                        java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        if (requestBody != null) {
            sent.withBody(requestBody);
        }
        SimpleResponse.Builder answer = new SimpleResponse.Builder(response.statusCode());
        response.headers().map().forEach(answer::withHeader);
        if (response.body() != null && !response.body().isEmpty()) {
            answer.withBody(response.body());
        }
        assertValid(sent.build(), answer.build(), malformed);
    }

    private void assertValid(Request request, Response response, boolean malformed) {
        ValidationReport report = malformed
                ? validator().validateResponse(request.getPath(), request.getMethod(), response)
                : validator().validate(request, response);
        if (report.hasErrors()) {
            StringBuilder message = new StringBuilder()
                    .append(request.getMethod())
                    .append(' ')
                    .append(request.getPath())
                    .append(" → ")
                    .append(response.getStatus())
                    .append(" breaks the OpenAPI document")
                    .append(malformed ? " (request malformed on purpose: answer checked only)" : "")
                    .append(':');
            report.getMessages().stream()
                    .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                    .forEach(m -> message.append("\n  - ")
                            .append(m.getKey())
                            .append(": ")
                            .append(m.getMessage()));
            message.append("\n  answer: ").append(body(response));
            throw new AssertionError(message.toString());
        }
    }

    private static String body(Response response) {
        try {
            return response.getResponseBody().isPresent()
                    ? response.getResponseBody().get().toString(java.nio.charset.StandardCharsets.UTF_8)
                    : "(none)";
        } catch (java.io.IOException e) {
            return "(unreadable)";
        }
    }

    private OpenApiInteractionValidator validator() {
        OpenApiInteractionValidator loaded = validator;
        if (loaded == null) {
            synchronized (this) {
                if (validator == null) {
                    String document = document();
                    keepForReading(document);
                    validator = OpenApiInteractionValidator.createForInlineApiSpecification(
                                    NullableReferences.inline(document))
                            .build();
                }
                loaded = validator;
            }
        }
        return loaded;
    }

    /** Leaves the document the tests validate against in {@value #COPY}, to read when one fails. */
    private static void keepForReading(String document) {
        try {
            java.nio.file.Path copy = java.nio.file.Path.of(COPY);
            java.nio.file.Files.createDirectories(copy.getParent());
            java.nio.file.Files.writeString(copy, document);
        } catch (java.io.IOException e) {
            // only a convenience: validation goes on without the copy
        }
    }

    /** The document as the application generates it (no security filters on the way). */
    public String document() {
        try {
            return MockMvcBuilders.webAppContextSetup(context)
                    .build()
                    .perform(get(DOCUMENT))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
        } catch (Exception e) {
            throw new IllegalStateException("could not read " + DOCUMENT, e);
        }
    }

    /**
     * A slice test signs in with a security context of its own (no token): the request then
     * carries what the document's bearer requirement stands for.
     */
    private static boolean signedInBySlice(MockHttpServletRequest request) {
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return false;
        }
        for (String name : Collections.list(request.getAttributeNames())) {
            if (request.getAttribute(name) instanceof SecurityContext security
                    && security.getAuthentication() != null
                    && security.getAuthentication().isAuthenticated()) {
                return true;
            }
        }
        return false;
    }

    private static Request withToken(Request request) {
        Map<String, Collection<String>> headers = new LinkedHashMap<>(request.getHeaders());
        headers.put(HttpHeaders.AUTHORIZATION, List.of("Bearer signed-in-by-the-test"));
        return new Request() {
            @Override
            public String getPath() {
                return request.getPath();
            }

            @Override
            public Method getMethod() {
                return request.getMethod();
            }

            @Override
            public Optional<String> getBody() {
                return request.getBody();
            }

            @Override
            public Optional<com.atlassian.oai.validator.model.Body> getRequestBody() {
                return request.getRequestBody();
            }

            @Override
            public Collection<String> getQueryParameters() {
                return request.getQueryParameters();
            }

            @Override
            public Collection<String> getQueryParameterValues(String name) {
                return request.getQueryParameterValues(name);
            }

            @Override
            public Map<String, Collection<String>> getHeaders() {
                return headers;
            }

            @Override
            public Collection<String> getHeaderValues(String name) {
                return HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name)
                        ? headers.get(HttpHeaders.AUTHORIZATION)
                        : request.getHeaderValues(name);
            }
        };
    }

    /** Registers the contract in a test context and hooks it into the auto-configured MockMvc. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Validation {

        @Bean
        ApiContract apiContract(WebApplicationContext context) {
            return new ApiContract(context);
        }

        @Bean
        MockMvcBuilderCustomizer validateApiCalls(ApiContract contract) {
            return builder -> builder.alwaysExpect(contract::check);
        }
    }
}
