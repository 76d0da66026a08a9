package dev.reload.account.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import dev.reload.account.Role;
import dev.reload.system.web.NotFoundException;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Accounts")
class AccountApiController {

    private final AccountService accounts;

    AccountApiController(AccountService accounts) {
        this.accounts = accounts;
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

    @PostMapping("/accounts")
    @Operation(
            summary = "Register an account",
            description =
                    "Password: at least 12 characters and not a commonly used one. Role: PATIENT (default) or CLINICIAN."
                            + " Time zone: where the person lives (their \"today\" and the dates of imported"
                            + " activities follow it), UTC when left out.")
    @ApiResponse(responseCode = "201", description = "The account, registered")
    ResponseEntity<AccountBody> register(@Valid @RequestBody NewAccount body) {
        AccountView created = accounts.register(
                new Registration(body.email(), body.displayName(), body.password(), body.role(), body.timeZone()));
        return ResponseEntity.created(URI.create("/api/v1/account")).body(AccountBody.of(created));
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
