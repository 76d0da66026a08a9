package dev.reload.system.logging;

import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id, first of all filters: the caller's (or its proxy's) {@code X-Request-Id}
 * when it is 1 to 64 letters, digits, dots, dashes or underscores, else a new random one. The id is
 * in the logging context ({@code requestId}) while the request runs, so every log line it causes
 * carries it, and it is sent back in the answer's {@code X-Request-Id}. The error page of a failed
 * request, rendered in a dispatch of its own, keeps the same id.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIdFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String LOG_KEY = "requestId";

    private static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** The caller's id when it is sane, else a new one. */
    static String idFor(String offered) {
        return offered != null && SANE.matcher(offered).matches() ? offered : newId();
    }

    /**
     * A random version-4 UUID drawn from the thread's own generator: a request id needs to be
     * unique, not unguessable, and {@link UUID#randomUUID()} takes every request through one
     * SecureRandom.
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = request.getAttribute(ATTRIBUTE) instanceof String known ? known : idFor(request.getHeader(HEADER));
        request.setAttribute(ATTRIBUTE, id);
        if (!response.isCommitted()) {
            response.setHeader(HEADER, id);
        }
        String outer = MDC.get(LOG_KEY);
        MDC.put(LOG_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            if (outer == null) {
                MDC.remove(LOG_KEY);
            } else {
                MDC.put(LOG_KEY, outer);
            }
        }
    }

    @Override
    protected void doFilterNestedErrorDispatch(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        doFilterInternal(request, response, chain);
    }
}
