package dev.reload.account.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.reload.account.AccountAccess;
import dev.reload.account.AccountPrincipal;
import dev.reload.account.TwoStepService;
import dev.reload.system.security.LoginThrottle;
import dev.reload.system.security.SecondStep;
import dev.reload.system.web.InvalidFieldException;

/**
 * Two-step sign-in (decision 0020): the code page between the password and the app, enrolment
 * (QR code, first code, recovery codes), new recovery codes and turning it off. Wrong codes are
 * counted by the {@link LoginThrottle} as wrong passwords are.
 */
@Controller
class TwoStepPagesController {

    static final String CODE_VIEW = "account/login-code";
    static final String ENROL_VIEW = "account/two-step-enrol";
    private static final String SETTINGS_SECTION = "redirect:/account#two-step";

    private final TwoStepService twoStep;
    private final LoginThrottle throttle;
    private final AccountAccess access;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final RequestCache requests = new CookieRequestCache();

    TwoStepPagesController(TwoStepService twoStep, LoginThrottle throttle, AccountAccess access) {
        this.twoStep = twoStep;
        this.access = access;
        this.throttle = throttle;
    }

    @GetMapping(SecondStep.CODE_PAGE)
    String codeForm(Authentication authentication) {
        return SecondStep.isPending(authentication) ? CODE_VIEW : "redirect:/";
    }

    @PostMapping(SecondStep.CODE_PAGE)
    String code(
            Authentication authentication,
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (!SecondStep.isPending(authentication) || !(authentication.getPrincipal() instanceof AccountPrincipal me)) {
            return "redirect:/";
        }
        String address = request.getRemoteAddr();
        if (!throttle.allows(me.email(), address)) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("codeError", "twoStep.code.throttled");
            return CODE_VIEW;
        }
        if (!twoStep.verify(me.accountId(), code)) {
            throttle.recordFailure(me.email(), address);
            model.addAttribute("codeError", "twoStep.code.wrong");
            return CODE_VIEW;
        }
        signInWithCode(authentication, me, request, response);
        SavedRequest saved = requests.getRequest(request, response);
        requests.removeRequest(request, response);
        return "redirect:" + (saved == null ? "/" : saved.getRedirectUrl());
    }

    @GetMapping(SecondStep.ENROL_PAGE)
    String enrolForm(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        return twoStep.enrolment(me.accountId())
                .map(enrolment -> {
                    model.addAttribute("enrolment", enrolment);
                    model.addAttribute("mustEnrol", twoStep.mustEnrol(me));
                    return ENROL_VIEW;
                })
                .orElse(SETTINGS_SECTION);
    }

    @PostMapping(SecondStep.ENROL_PAGE)
    String confirm(
            Authentication authentication,
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        try {
            List<String> codes = twoStep.confirm(me.accountId(), code);
            // the first code counts as the second step of this sign-in, so a clinician may go on
            // a sign-in from before, without the second step, must not stay in (the session is
            // still stored under the id it had before this sign-in renews it)
            access.endOtherSignIns(me.accountId(), request.getSession().getId());
            signInWithCode(authentication, me, request, response);
            redirect.addFlashAttribute("recoveryCodes", codes);
            redirect.addFlashAttribute("notice", "twoStep.turnedOn");
            return SETTINGS_SECTION;
        } catch (InvalidFieldException e) {
            model.addAttribute("codeError", "twoStep.enrol.wrong");
            return enrolForm(me, model);
        }
    }

    @PostMapping(SecondStep.ENROL_PAGE + "/recovery-codes")
    String newRecoveryCodes(
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(defaultValue = "") String password,
            RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("recoveryCodes", twoStep.newRecoveryCodes(me.accountId(), password));
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute("twoStepError", "twoStep.password.wrong");
        }
        return SETTINGS_SECTION;
    }

    @PostMapping(SecondStep.ENROL_PAGE + "/off")
    String turnOff(
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(defaultValue = "") String password,
            RedirectAttributes redirect) {
        if (!twoStep.status(me.accountId()).mayTurnOff()) {
            redirect.addFlashAttribute("twoStepError", "twoStep.off.clinician");
            return SETTINGS_SECTION;
        }
        try {
            twoStep.turnOff(me.accountId(), password);
            redirect.addFlashAttribute("notice", "twoStep.turnedOff");
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute("twoStepError", "twoStep.password.wrong");
        }
        return SETTINGS_SECTION;
    }

    /** The same session, its id changed, signed in with the account's roles and the code factor. */
    private void signInWithCode(
            Authentication before, AccountPrincipal me, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SecondStep.withCode(before, me));
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        contexts.saveContext(context, request, response);
    }
}
