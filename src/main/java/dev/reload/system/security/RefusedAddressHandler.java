package dev.reload.system.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

import dev.reload.system.web.Echo;
import dev.reload.system.web.ProblemResponses;

/**
 * Answers an address that Spring Security's firewall refuses ({@code %2e%2e}, {@code //},
 * {@code ;}, encoded slashes, …) with a 400: problem+json under {@code /api/}, the friendly error
 * page elsewhere, with the security headers (the filter chains that add them never ran).
 */
@Component
class RefusedAddressHandler implements RequestRejectedHandler {

    static final String DETAIL =
            "This address cannot be used: it holds characters or path segments this server does not accept.";

    private final ProblemResponses problems;

    RefusedAddressHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException refused)
            throws IOException {
        SecurityHeaders.addTo(response);
        String path = request.getRequestURI();
        if (path != null && path.startsWith("/api/")) {
            problems.write(response, HttpStatus.BAD_REQUEST, DETAIL, Echo.of(path));
        } else {
            response.sendError(HttpStatus.BAD_REQUEST.value());
        }
    }
}
