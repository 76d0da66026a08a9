package dev.reload.privacy.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import dev.reload.account.AccountPrincipal;
import dev.reload.account.PersonalClock;
import dev.reload.privacy.AccountDeletion;
import dev.reload.privacy.DataExport;
import dev.reload.system.web.FormErrors;
import dev.reload.system.web.InvalidFieldException;
import dev.reload.system.web.TooManyRequestsException;

/**
 * The account page's "Your data": the export as a download, and the page that deletes the account
 * with its password, signs the person out and says the account is gone.
 */
@Controller
class PrivacyPagesController {

    static final String DELETE_VIEW = "privacy/delete";
    static final String DELETED_VIEW = "privacy/deleted";

    private final DataExport export;
    private final AccountDeletion deletion;
    private final PersonalClock clock;

    PrivacyPagesController(DataExport export, AccountDeletion deletion, PersonalClock clock) {
        this.export = export;
        this.deletion = deletion;
        this.clock = clock;
    }

    @GetMapping("/account/export")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal AccountPrincipal me) {
        return ExportDownloads.of(export.zip(me.accountId()), clock.today(me.accountId()));
    }

    @GetMapping("/account/delete")
    String confirm(@ModelAttribute("form") DeletionForm form) {
        return DELETE_VIEW;
    }

    @PostMapping("/account/delete")
    String delete(
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("form") DeletionForm form,
            BindingResult result,
            Authentication authentication,
            HttpServletRequest request,
            HttpServletResponse response) {
        try {
            deletion.delete(me.accountId(), form.getPassword(), request.getRemoteAddr());
        } catch (InvalidFieldException e) {
            form.setPassword("");
            FormErrors.reject(result, e);
            return DELETE_VIEW;
        } catch (TooManyRequestsException e) {
            form.setPassword("");
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(
                    HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfter().toSeconds()));
            result.rejectValue("password", "tooMany", e.getMessage());
            return DELETE_VIEW;
        }
        // the sessions are gone from the database; this one ends in the browser too
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        return "redirect:/account/deleted";
    }

    @GetMapping("/account/deleted")
    String deleted() {
        return DELETED_VIEW;
    }
}
