package dev.reload.log.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.reload.account.AccountPrincipal;
import dev.reload.log.LogService;

/**
 * "How did this feel?": the pain during and after of an imported session, added in one tap from
 * the Today page. Another account's session answers as not found.
 */
@Controller
class SessionPainController {

    private final LogService log;

    SessionPainController(LogService log) {
        this.log = log;
    }

    @PostMapping("/log/sessions/{id}/pain")
    String rate(
            @AuthenticationPrincipal AccountPrincipal me,
            @PathVariable long id,
            @RequestParam(required = false) Integer painDuring,
            @RequestParam(required = false) Integer painAfter) {
        if (painDuring == null
                || painAfter == null
                || painDuring < 0
                || painDuring > 10
                || painAfter < 0
                || painAfter > 10) {
            log.session(me.accountId(), id); // not found first, for another account's session
            return "redirect:/today?rateError";
        }
        log.ratePain(me.accountId(), id, painDuring, painAfter);
        return "redirect:/today?rated";
    }
}
