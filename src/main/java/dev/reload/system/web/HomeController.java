package dev.reload.system.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The front door: a short introduction for visitors, the person's own start page once signed in. */
@Controller
class HomeController {

    static final String VIEW = "index";

    @GetMapping("/")
    String home() {
        return VIEW;
    }
}
