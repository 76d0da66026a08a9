package dev.reload.account.web;

import java.time.ZoneId;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.reload.account.AccountAccess;
import dev.reload.account.AccountPrincipal;
import dev.reload.account.AccountService;
import dev.reload.account.AccountService.AccountView;
import dev.reload.account.AccountService.Registration;
import dev.reload.account.ApiTokenService;
import dev.reload.account.DistanceUnit;
import dev.reload.account.Registrations;
import dev.reload.account.Registrations.Started;
import dev.reload.account.Role;
import dev.reload.account.TimeZones;
import dev.reload.account.TwoStepService;
import dev.reload.system.security.LoginThrottle;
import dev.reload.system.web.FormErrors;
import dev.reload.system.web.InvalidFieldException;

@Controller
class AccountPagesController {

    static final String REGISTER_VIEW = "account/register";
    static final String LOGIN_VIEW = "account/login";
    static final String SETTINGS_VIEW = "account/settings";
    static final String REGISTER_SENT_VIEW = "account/register-sent";
    static final String REGISTER_CONFIRM_VIEW = "account/register-confirm";
    static final String REGISTER_EXPIRED_VIEW = "account/register-expired";

    private final AccountService accounts;
    private final Registrations registrations;
    private final ApiTokenService tokens;
    private final TwoStepService twoStep;
    private final AccountAccess access;
    private final LoginThrottle throttle;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    AccountPagesController(
            AccountService accounts,
            Registrations registrations,
            ApiTokenService tokens,
            TwoStepService twoStep,
            AccountAccess access,
            LoginThrottle throttle) {
        this.access = access;
        this.throttle = throttle;
        this.accounts = accounts;
        this.registrations = registrations;
        this.tokens = tokens;
        this.twoStep = twoStep;
    }

    @GetMapping("/login")
    String login() {
        return LOGIN_VIEW;
    }

    @GetMapping("/register")
    String registerForm(@ModelAttribute("form") RegistrationForm form, Model model) {
        model.addAttribute("closed", !registrations.open());
        return REGISTER_VIEW;
    }

    @PostMapping("/register")
    String register(
            @Valid @ModelAttribute("form") RegistrationForm form,
            BindingResult result,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (!registrations.open()) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            model.addAttribute("closed", true);
            return REGISTER_VIEW;
        }
        if (!result.hasFieldErrors("password")) {
            accounts.passwordProblem(form.getPassword(), form.getEmail())
                    .ifPresent(problem -> result.rejectValue("password", "weak", "Password " + problem + "."));
        }
        if (result.hasErrors()) {
            return REGISTER_VIEW;
        }
        Role role = form.isClinician() ? Role.CLINICIAN : Role.PATIENT;
        // a browser that names no zone, or one this app does not know, leaves the account in UTC
        String timeZone = TimeZones.parse(form.getTimeZone()).map(ZoneId::getId).orElse(null);
        Started started;
        try {
            started = registrations.start(
                    new Registration(form.getEmail(), form.getDisplayName(), form.getPassword(), role, timeZone),
                    request.getRemoteAddr());
        } catch (InvalidFieldException e) {
            FormErrors.reject(result, e);
            return REGISTER_VIEW;
        }
        if (started instanceof Started.Made made) {
            signIn(made.account().email(), request, response);
            return "redirect:/today?welcome";
        }
        if (started instanceof Started.Sent sent) {
            model.addAttribute("email", form.getEmail().strip());
            model.addAttribute("developmentLink", sent.developmentLink());
            return REGISTER_SENT_VIEW;
        }
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, "600");
        model.addAttribute("tooMany", true);
        return REGISTER_VIEW;
    }

    @GetMapping("/register/confirm")
    String confirmForm(@RequestParam(defaultValue = "") String token, HttpServletResponse response, Model model) {
        response.setHeader("Referrer-Policy", "no-referrer");
        return registrations
                .waiting(token)
                .map(waiting -> {
                    model.addAttribute("waiting", waiting);
                    model.addAttribute("token", token);
                    return REGISTER_CONFIRM_VIEW;
                })
                .orElseGet(() -> {
                    response.setStatus(HttpStatus.NOT_FOUND.value());
                    return REGISTER_EXPIRED_VIEW;
                });
    }

    @PostMapping("/register/confirm")
    String confirm(
            @RequestParam(defaultValue = "") String token, HttpServletRequest request, HttpServletResponse response) {
        try {
            AccountView made = registrations.confirm(token);
            signIn(made.email(), request, response);
            return "redirect:/today?welcome";
        } catch (InvalidFieldException e) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return REGISTER_EXPIRED_VIEW;
        }
    }

    @GetMapping("/account")
    String settings(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordForm());
        }
        model.addAttribute("account", accounts.find(me.accountId()).orElseThrow());
        model.addAttribute("timeZones", TimeZones.ids());
        model.addAttribute("tokens", tokens.list(me.accountId()));
        model.addAttribute("twoStep", twoStep.status(me.accountId()));
        return SETTINGS_VIEW;
    }

    @PostMapping("/account/time-zone")
    String changeTimeZone(
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(defaultValue = "") String timeZone,
            Model model,
            RedirectAttributes redirect) {
        try {
            ZoneId zone = accounts.setTimeZone(me.accountId(), timeZone);
            redirect.addFlashAttribute("timeZoneChanged", zone.getId());
            return "redirect:/account#time-zone";
        } catch (InvalidFieldException e) {
            model.addAttribute("timeZoneError", true);
            return settings(me, model);
        }
    }

    @PostMapping("/account/password")
    String changePassword(
            @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult result,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors() && !throttle.allows(me.email(), request.getRemoteAddr())) {
            // wrong current passwords count as at the login: a borrowed session cannot guess it
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(
                    HttpHeaders.RETRY_AFTER, Long.toString(throttle.retryAfter().toSeconds()));
            result.rejectValue(
                    "currentPassword", "tooMany", "Too many wrong passwords. Wait a few minutes, then try again.");
        }
        if (!result.hasErrors()) {
            try {
                accounts.changePassword(me.accountId(), form.getCurrentPassword(), form.getNewPassword());
                // everyone else who was in is out; this sign-in stays, under a new session id
                access.endOtherSignIns(me.accountId(), request.getSession().getId());
                request.changeSessionId();
                redirect.addFlashAttribute("notice", "account.password.changed");
                return "redirect:/account";
            } catch (InvalidFieldException e) {
                if (e.problems().stream().anyMatch(p -> p.field().equals("currentPassword"))) {
                    throttle.recordFailure(me.email(), request.getRemoteAddr());
                }
                FormErrors.reject(result, e);
            }
        }
        return settings(me, model);
    }

    @PostMapping("/account/units")
    String changeUnits(
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam DistanceUnit distanceUnit,
            RedirectAttributes redirect) {
        accounts.setDistanceUnit(me.accountId(), distanceUnit);
        redirect.addFlashAttribute("notice", "account.units.changed");
        return "redirect:/account";
    }

    @PostMapping("/account/tokens")
    String createToken(
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(defaultValue = "") String name,
            RedirectAttributes redirect) {
        String label = name.length() > 80 ? name.substring(0, 80) : name;
        redirect.addFlashAttribute("newToken", tokens.issue(me.accountId(), label));
        return "redirect:/account#tokens";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(
            @AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(me.accountId(), id);
        redirect.addFlashAttribute("notice", "account.tokens.revoked");
        return "redirect:/account#tokens";
    }

    /** Signs a newly registered person in, in a fresh session (no fixation). */
    private void signIn(String email, HttpServletRequest request, HttpServletResponse response) {
        var principal = accounts.loadUserByUsername(email);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        contexts.saveContext(context, request, response);
    }
}
