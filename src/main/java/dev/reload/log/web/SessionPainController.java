package dev.reload.log.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.reload.account.AccountPrincipal;
import dev.reload.log.SessionService;
import dev.reload.system.web.FormErrors;
import dev.reload.system.web.InvalidFieldException;
import dev.reload.system.web.InvalidFieldException.FieldProblem;

/**
 * "How did this feel?" on the Today page: the pain scores a session lacks, added in a tap or two —
 * the pain during and after of an imported session, or the pain after of one logged without it.
 * Either way Today comes back (with htmx, its main part is swapped in place, so the light and the
 * next session show the new scores at once); a refusal comes back on the session's item, naming
 * the field ("Pain after must be 0–10."). Another account's session answers as not found.
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
            @RequestParam(required = false) Integer painAfter,
            RedirectAttributes redirect) {
        try {
            sessions.ratePain(me.accountId(), id, painDuring, painAfter);
        } catch (InvalidFieldException refused) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldProblem problem : refused.problems()) {
                errors.putIfAbsent(problem.field(), FormErrors.sentence(problem.field(), problem.message()));
            }
            redirect.addFlashAttribute("rateError", id);
            redirect.addFlashAttribute("rateErrors", errors);
            return "redirect:/today?rateError#pain-" + id;
        }
        return "redirect:/today?rated";
    }
}
