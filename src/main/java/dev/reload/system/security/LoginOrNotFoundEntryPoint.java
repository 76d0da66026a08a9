package dev.reload.system.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

/**
 * A signed-out visitor who asks for a page that needs an account is sent to the login form;
 * one who asks for a page that does not exist gets the friendly 404, not a login form.
 */
final class LoginOrNotFoundEntryPoint implements AuthenticationEntryPoint {

    private final AuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
    private final ObjectProvider<HandlerMapping> handlerMappings;

    LoginOrNotFoundEntryPoint(ObjectProvider<HandlerMapping> handlerMappings) {
        this.handlerMappings = handlerMappings;
    }

    @Override
    public void commence(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException authException)
            throws IOException, ServletException {
        if (hasPage(request)) {
            login.commence(request, response, authException);
        } else {
            response.sendError(HttpStatus.NOT_FOUND.value());
        }
    }

    /** Whether a controller or an endpoint answers this path; static files are public and never get here. */
    private boolean hasPage(HttpServletRequest request) {
        return handlerMappings.orderedStream().anyMatch(mapping -> answers(mapping, request));
    }

    private static boolean answers(HandlerMapping mapping, HttpServletRequest request) {
        try {
            HandlerExecutionChain chain = mapping.getHandler(request);
            return chain != null && !(chain.getHandler() instanceof ResourceHttpRequestHandler);
        } catch (Exception pathKnownButRequestNot) { // e.g. the wrong method for an existing page
            return true;
        }
    }
}
