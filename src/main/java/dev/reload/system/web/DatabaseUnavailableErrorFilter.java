package dev.reload.system.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

import dev.reload.system.security.SecurityHeaders;

/**
 * The error dispatch of a request that failed because the database cannot be reached, answered
 * before Spring Session and Spring Security see it: 503 with {@code Retry-After}, problem+json under
 * {@code /api/} (or for a client that asks for JSON), else a short page. The error page of {@link
 * ErrorPagesController} would read the page session (the layout asks who is signed in) and save it
 * (its form's CSRF token), each a trip to the same database, two more timeouts and a 500 in the end.
 * Every other error dispatch goes on to the error page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10) // after RequestIdFilter, before Spring Session's filter
class DatabaseUnavailableErrorFilter extends OncePerRequestFilter {

    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>%1$s – Reload</title><link rel="stylesheet" href="/css/app.css"></head>
            <body><main><div class="narrow error-page"><p class="error-code">503</p><h1>%1$s</h1><p>%2$s</p>
            <p><a class="button" href="/">%3$s</a></p></div></main></body></html>
            """;

    private final ProblemResponses problems;
    private final MessageSource messages;

    DatabaseUnavailableErrorFilter(ProblemResponses problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getDispatcherType() != DispatcherType.ERROR;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        boolean serverError = !(status instanceof Integer code) || code >= 500;
        if (!serverError
                || !DatabaseUnavailable.causedBy((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
            chain.doFilter(request, response);
            return;
        }
        SecurityHeaders.addTo(response);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseUnavailable.RETRY_AFTER.toSeconds()));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if ((path != null && path.startsWith("/api/"))
                || (accept != null && !accept.contains("text/html") && accept.contains("json"))) {
            problems.write(
                    response,
                    HttpStatus.SERVICE_UNAVAILABLE,
                    DatabaseUnavailable.DETAIL,
                    path == null ? null : Echo.of(path));
            return;
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        byte[] page = PAGE.formatted(text("error.database.title"), text("error.database.message"), text("error.home"))
                .getBytes(StandardCharsets.UTF_8);
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }

    private String text(String key) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, null, Locale.ENGLISH));
    }
}
