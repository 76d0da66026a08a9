package dev.reload.system.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a sign-in that still owes its second step on one page, whatever address is asked for:
 * a pending sign-in on the code page, a clinician without two-step on the enrolment page.
 * Sign-out, the error pages and the static files stay reachable.
 */
final class TwoStepGateFilter extends OncePerRequestFilter {

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();
    private static final RequestMatcher ALWAYS = new OrRequestMatcher(List.of(
            PATHS.matcher("/logout"),
            PATHS.matcher("/error"),
            PATHS.matcher("/error/**"),
            PATHS.matcher("/css/**"),
            PATHS.matcher("/js/**"),
            PATHS.matcher("/img/**"),
            PATHS.matcher("/icons/**"),
            PATHS.matcher("/webjars/**"),
            PATHS.matcher("/favicon.ico"),
            PATHS.matcher("/favicon.svg")));
    private static final RequestMatcher CODE_PAGE = PATHS.matcher(SecondStep.CODE_PAGE);
    private static final RequestMatcher ENROL_PAGES =
            new OrRequestMatcher(PATHS.matcher(SecondStep.ENROL_PAGE), PATHS.matcher(SecondStep.ENROL_PAGE + "/**"));

    private final SecondStep secondStep;

    TwoStepGateFilter(SecondStep secondStep) {
        this.secondStep = secondStep;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String page = heldOn(authentication);
        if (page == null
                || ALWAYS.matches(request)
                || (page.equals(SecondStep.CODE_PAGE) ? CODE_PAGE : ENROL_PAGES).matches(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.sendRedirect(request.getContextPath() + page);
    }

    /** The page this sign-in is held on, or null when it is free to go anywhere. */
    private String heldOn(Authentication authentication) {
        if (SecondStep.isPending(authentication)) {
            return SecondStep.CODE_PAGE;
        }
        if (authentication != null
                && authentication.getPrincipal() instanceof UserDetails user
                && !SecondStep.hasCode(authentication)
                && secondStep.mustEnrol(user)) {
            return SecondStep.ENROL_PAGE;
        }
        return null;
    }
}
