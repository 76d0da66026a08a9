package dev.reload.system.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.reload.system.web.ProblemResponses;

/**
 * Signs an API request in from its {@code Authorization: Bearer} token. A request without the header
 * goes on anonymously (public endpoints still work); one with a bad token is refused at once. A
 * request already signed in by an earlier filter of its chain ({@link ScrapeTokenFilter}) is left as it is.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final BearerTokenAuthenticator tokens;
    private final ProblemResponses problems;

    BearerTokenFilter(BearerTokenAuthenticator tokens, ProblemResponses problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null
                || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || SecurityContextHolder.getContext().getAuthentication() != null) {
            // no token, or one already recognised (the scrape token, ScrapeTokenFilter)
            chain.doFilter(request, response);
            return;
        }
        var account = tokens.authenticate(header.substring(BEARER.length()).strip());
        if (account.isEmpty()) {
            problems.write(
                    response,
                    HttpStatus.UNAUTHORIZED,
                    "This API token is unknown or has been revoked.",
                    request.getRequestURI());
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                account.get(), null, account.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
