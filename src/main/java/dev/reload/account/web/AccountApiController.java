package dev.reload.account.web;

import java.net.URI;
import java.time.Duration;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.reload.account.AccountPrincipal;
import dev.reload.account.AccountService;
import dev.reload.account.AccountService.AccountView;
import dev.reload.account.AccountService.Registration;
import dev.reload.account.Registrations;
import dev.reload.account.Registrations.Started;
import dev.reload.account.Role;
import dev.reload.system.web.NotFoundException;
import dev.reload.system.web.TooManyRequestsException;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Accounts")
class AccountApiController {

    private final AccountService accounts;
    private final Registrations registrations;

    AccountApiController(AccountService accounts, Registrations registrations) {
        this.accounts = accounts;
        this.registrations = registrations;
    }

    record NewAccount(
            @NotBlank(message = "is required") @Email(message = "must be an email address") @Size(max = 254)
            String email,

            @NotNull(message = "is required") String password,

            @NotBlank(message = "is required") @Size(max = 80, message = "must be at most 80 characters")
            String displayName,

            Role role,

            @Schema(description = "IANA time zone, e.g. Europe/Berlin; UTC when left out", example = "Europe/Berlin")
            String timeZone) {}

    record AccountChanges(
            @NotNull(message = "is required")
            @Schema(description = "IANA time zone, e.g. Australia/Sydney", example = "Australia/Sydney")
            String timeZone) {}

    record AccountBody(long id, String email, String displayName, Role role, String timeZone) {

        static AccountBody of(AccountView view) {
            return new AccountBody(
                    view.id().value(),
                    view.email(),
                    view.displayName(),
                    view.role(),
                    view.timeZone().getId());
        }
    }

    /** The answer to a registration that waits for its mailed link. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RegistrationSent(
            String email,

            @Schema(description = "CHECK_EMAIL: open the link mailed to the address within a day")
            String status,

            @Schema(description = "Only with mail off in the dev profile: the link that would have been mailed")
            String developmentLink) {}

    record Confirmation(
            @NotBlank(message = "is required")
            @Schema(description = "The token of the mailed link (its token= parameter)")
            String token) {}

    @PostMapping("/accounts")
    @Operation(
            summary = "Register an account",
            description = "Password: at least 12 characters and not a commonly used one. Role: PATIENT (default) or"
                    + " CLINICIAN. Time zone: where the person lives (their \"today\" and the dates of imported"
                    + " activities follow it), UTC when left out. Where registrations are confirmed by email (the"
                    + " default), the answer is {\"email\", \"status\": \"CHECK_EMAIL\"} whether or not the address"
                    + " already has an account: a new address is mailed a link whose token POST"
                    + " /api/v1/accounts/confirmations takes; an address in use is mailed a note to its owner."
                    + " Where they are not, the answer is the account, made at once.")
    @ApiResponse(responseCode = "201", description = "Check your email; or the account, made at once")
    @ApiResponse(responseCode = "429", description = "Too many registrations for this email or from this address")
    @ApiResponse(responseCode = "503", description = "Registration is closed: no mail server to confirm addresses")
    ResponseEntity<Object> register(@Valid @RequestBody NewAccount body, HttpServletRequest request) {
        Started started = registrations.start(
                new Registration(body.email(), body.displayName(), body.password(), body.role(), body.timeZone()),
                request.getRemoteAddr());
        if (started instanceof Started.Made made) {
            return ResponseEntity.created(URI.create("/api/v1/account")).body(AccountBody.of(made.account()));
        }
        if (started instanceof Started.Sent sent) {
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(new RegistrationSent(body.email().strip(), "CHECK_EMAIL", sent.developmentLink()));
        }
        throw new TooManyRequestsException(
                "Too many registrations for this email or from this address. Wait a while, then try again.",
                Duration.ofMinutes(10));
    }

    @PostMapping("/accounts/confirmations")
    @Operation(
            summary = "Make the account of a registration link",
            description = "The token of the link mailed on registering; it works once, for a day.")
    @ApiResponse(responseCode = "201", description = "The account, made")
    @ApiResponse(responseCode = "400", description = "The token is unknown, used or expired")
    ResponseEntity<AccountBody> confirm(@Valid @RequestBody Confirmation body) {
        AccountView made = registrations.confirm(body.token());
        return ResponseEntity.created(URI.create("/api/v1/account")).body(AccountBody.of(made));
    }

    @GetMapping("/account")
    @Operation(summary = "The account of the token")
    @ApiResponse(responseCode = "200", description = "The account")
    @ApiResponse(responseCode = "404", description = "The account has been deleted")
    AccountBody me(@AuthenticationPrincipal AccountPrincipal me) {
        return accounts.find(me.accountId())
                .map(AccountBody::of)
                .orElseThrow(() -> new NotFoundException("account", me.accountId()));
    }

    @PatchMapping("/account")
    @Operation(
            summary = "Change the account's settings",
            description = "Time zone: where the person lives; \"today\" follows it from now on."
                    + " Sessions already stored keep their dates.")
    @ApiResponse(responseCode = "200", description = "The account, changed")
    @ApiResponse(responseCode = "404", description = "The account has been deleted")
    AccountBody change(@AuthenticationPrincipal AccountPrincipal me, @Valid @RequestBody AccountChanges body) {
        accounts.setTimeZone(me.accountId(), body.timeZone());
        return me(me);
    }
}
