package dev.reload.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.reload.account.PasswordResets;
import dev.reload.account.PasswordResets.Asked;
import dev.reload.system.web.FormErrors;
import dev.reload.system.web.InvalidFieldException;

/**
 * "Forgot your password?": {@code /password/forgot} asks for the email and always answers the
 * same page (a link is on its way if the address has an account); {@code /password/reset?token=}
 * sets the new password, once, within the hour, then sends the person to log in.
 */
@Controller
class PasswordResetController {

    static final String FORGOT_VIEW = "account/forgot";
    static final String SENT_VIEW = "account/forgot-sent";
    static final String RESET_VIEW = "account/reset";
    static final String EXPIRED_VIEW = "account/reset-expired";

    private final PasswordResets resets;

    PasswordResetController(PasswordResets resets) {
        this.resets = resets;
    }

    @GetMapping("/password/forgot")
    String forgot() {
        return FORGOT_VIEW;
    }

    @PostMapping("/password/forgot")
    String ask(
            @RequestParam(defaultValue = "") String email,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        String given = email.strip();
        if (given.isEmpty() || given.length() > 254 || !given.contains("@")) {
            model.addAttribute("email", given);
            model.addAttribute("emailError", true);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return FORGOT_VIEW;
        }
        Asked asked = resets.ask(given, request.getRemoteAddr());
        if (asked.tooMany()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, "600");
            model.addAttribute("email", given);
            model.addAttribute("tooMany", true);
            return FORGOT_VIEW;
        }
        model.addAttribute("email", given);
        model.addAttribute("developmentLink", asked.developmentLink());
        return SENT_VIEW;
    }

    @GetMapping("/password/reset")
    String resetForm(@RequestParam(defaultValue = "") String token, HttpServletResponse response, Model model) {
        response.setHeader("Referrer-Policy", "no-referrer");
        if (!resets.usable(token)) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return EXPIRED_VIEW;
        }
        ResetForm form = new ResetForm();
        form.setToken(token);
        model.addAttribute("resetForm", form);
        return RESET_VIEW;
    }

    @PostMapping("/password/reset")
    String reset(
            @Valid @ModelAttribute("resetForm") ResetForm form, BindingResult result, HttpServletResponse response) {
        response.setHeader("Referrer-Policy", "no-referrer");
        if (!resets.usable(form.getToken())) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return EXPIRED_VIEW;
        }
        if (!result.hasErrors()) {
            try {
                resets.reset(form.getToken(), form.getNewPassword());
                return "redirect:/login?reset";
            } catch (InvalidFieldException e) {
                FormErrors.reject(result, e);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return RESET_VIEW;
    }
}
