package dev.reload.system.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses a login form post with 429 while its account or its address has too many recent failures. */
final class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    private static final RequestMatcher LOGIN_POST =
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !LOGIN_POST.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!throttle.allows(request.getParameter("email"), request.getRemoteAddr())) {
            response.setHeader(
                    HttpHeaders.RETRY_AFTER, Long.toString(throttle.retryAfter().toSeconds()));
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
            return;
        }
        chain.doFilter(request, response);
    }
}
