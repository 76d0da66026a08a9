package dev.reload.log.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.reload.account.AccountPrincipal;
import dev.reload.knee.PainScore;
import dev.reload.log.SessionService;

/**
 * "How did this feel?": the pain during and after of an imported session, added in one tap from
 * the Today page. Another account's session answers as not found.
 */
@Controller
class SessionPainController {

    private final SessionService sessions;

    SessionPainController(SessionService sessions) {
        this.sessions = sessions;
    }

    @PostMapping("/log/sessions/{id}/pain")
    String rate(
            @AuthenticationPrincipal AccountPrincipal me,
            @PathVariable long id,
            @RequestParam(required = false) Integer painDuring,
            @RequestParam(required = false) Integer painAfter) {
        if (painDuring == null
                || painAfter == null
                || !PainScore.isValid(painDuring)
                || !PainScore.isValid(painAfter)) {
            sessions.find(me.accountId(), id); // not found first, for another account's session
            return "redirect:/today?rateError";
        }
        sessions.ratePain(me.accountId(), id, painDuring, painAfter);
        return "redirect:/today?rated";
    }
}
