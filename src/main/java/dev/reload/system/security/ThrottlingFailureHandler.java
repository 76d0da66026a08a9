package dev.reload.system.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/** Counts a wrong password on the login form, then shows the form again with its error. */
final class ThrottlingFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    private final LoginThrottle throttle;

    ThrottlingFailureHandler(LoginThrottle throttle) {
        super("/login?error");
        this.throttle = throttle;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, ServletException {
        if (exception instanceof BadCredentialsException) {
            throttle.recordFailure(request.getParameter("email"), request.getRemoteAddr());
        }
        super.onAuthenticationFailure(request, response, exception);
    }
}
