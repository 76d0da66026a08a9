package dev.reload.system.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.TransactionSystemException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The error dispatch of a request that failed for want of the database is answered before Spring
 * Session and Spring Security (which would ask the same database for the page session): a 503 page,
 * or problem+json for the API, with Retry-After; any other error goes on to the error page.
 */
class DatabaseUnavailableErrorFilterTests {

    private final DatabaseUnavailableErrorFilter filter = new DatabaseUnavailableErrorFilter(
            new ProblemResponses(JsonMapper.builder().build()), messages());

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        return messages;
    }

    private static MockHttpServletRequest errorDispatch(String path, Throwable failure) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setDispatcherType(DispatcherType.ERROR);
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, path);
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, failure);
        request.addHeader("Accept", "text/html");
        return request;
    }

    @Test
    void aPageWhoseSessionCouldNotBeReadGetsThe503PageWithoutGoingFurther() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(
                errorDispatch("/today", new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection")),
                response,
                chain);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getHeader("Content-Security-Policy")).isNotNull();
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(response.getContentAsString())
                .contains("<title>Reload cannot answer just now – Reload</title>")
                .contains("Its database is not reachable at the moment")
                .doesNotContain("JDBC", "Exception");
        assertThat(chain.getRequest()).as("the error page is not asked").isNull();
    }

    @Test
    void theApiGetsA503Problem() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(
                errorDispatch("/api/v1/advice", new TransactionSystemException("JDBC rollback failed")),
                response,
                new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString())
                .contains("\"status\":503")
                .contains("cannot answer just now")
                .doesNotContain("rollback");
    }

    @Test
    void anyOtherErrorGoesOnToTheErrorPage() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(errorDispatch("/today", new IllegalStateException("a bug")), response, chain);

        assertThat(chain.getRequest()).isNotNull();
        assertThat(response.getHeader("Retry-After")).isNull();
    }

    @Test
    void requestsThatAreNotErrorDispatchesPassUntouched() throws Exception {
        MockHttpServletRequest request = errorDispatch("/today", new CannotGetJdbcConnectionException("x"));
        request.setDispatcherType(DispatcherType.REQUEST);
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isNotNull();
    }
}
