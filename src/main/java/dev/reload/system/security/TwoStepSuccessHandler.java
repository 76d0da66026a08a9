package dev.reload.system.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.CookieRequestCache;

/**
 * After a right password: an account with two-step on is held at the code page with a pending
 * sign-in ({@link SecondStep#pending}); any other goes where it was going, or home. The page it
 * was going to stays saved for after the code.
 */
final class TwoStepSuccessHandler implements AuthenticationSuccessHandler {

    private final SecondStep secondStep;
    private final SavedRequestAwareAuthenticationSuccessHandler signedIn =
            new SavedRequestAwareAuthenticationSuccessHandler();
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    TwoStepSuccessHandler(SecondStep secondStep) {
        this.secondStep = secondStep;
        signedIn.setDefaultTargetUrl("/");
        signedIn.setRequestCache(new CookieRequestCache());
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        if (authentication.getPrincipal() instanceof UserDetails user && secondStep.codeRequired(user)) {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(SecondStep.pending(authentication));
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
            response.sendRedirect(request.getContextPath() + SecondStep.CODE_PAGE);
            return;
        }
        signedIn.onAuthenticationSuccess(request, response, authentication);
    }
}
