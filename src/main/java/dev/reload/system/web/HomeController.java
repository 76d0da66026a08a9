package dev.reload.system.web;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The front door: a short introduction for visitors; signed-in people go on to their day. */
@Controller
class HomeController {

    static final String VIEW = "index";
    static final String TODAY = "/today";

    @GetMapping("/")
    String home(Principal principal, HttpServletRequest request) {
        if (principal != null) {
            String query = request.getQueryString();
            return "redirect:" + TODAY + (query == null ? "" : "?" + query);
        }
        return VIEW;
    }
}
