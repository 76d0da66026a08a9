package dev.reload.system.web;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The front door: a short introduction for visitors; signed-in people go on to their day, clinicians to their patients. */
@Controller
class HomeController {

    static final String VIEW = "index";
    static final String TODAY = "/today";
    /** Clinicians have no plan of their own: they start from their patient list. */
    static final String CLINIC = "/clinic";

    private static final String CLINICIAN = "ROLE_CLINICIAN";

    @GetMapping("/")
    String home(Principal principal, HttpServletRequest request) {
        if (principal instanceof Authentication signedIn
                && signedIn.getAuthorities().stream().anyMatch(a -> CLINICIAN.equals(a.getAuthority()))) {
            return "redirect:" + CLINIC;
        }
        if (principal != null) {
            String query = request.getQueryString();
            return "redirect:" + TODAY + (query == null ? "" : "?" + query);
        }
        return VIEW;
    }
}
