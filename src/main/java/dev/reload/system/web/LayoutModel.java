package dev.reload.system.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import dev.reload.system.security.DisplayNamed;
import dev.reload.system.security.SecondStep;

/** What the shared layout needs on every page: who is signed in, if anyone. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    @ModelAttribute("signedInAs")
    String signedInAs() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return authentication.getPrincipal() instanceof DisplayNamed named
                ? named.displayName()
                : authentication.getName();
    }

    /** Whether the signed-in account is a clinician's: their menu leads to their patients, not to a plan. */
    @ModelAttribute("signedInClinician")
    boolean signedInClinician() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && !(authentication instanceof AnonymousAuthenticationToken)
                && authentication.getAuthorities().stream().anyMatch(a -> "ROLE_CLINICIAN".equals(a.getAuthority()));
    }

    /** Whether the sign-in waits for its second step: then the menu offers only to log out. */
    @ModelAttribute("signInUnfinished")
    boolean signInUnfinished() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream().anyMatch(a -> SecondStep.PENDING.equals(a.getAuthority()));
    }
}
