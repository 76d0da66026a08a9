package dev.reload.account.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
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

            Role role) {}

    record AccountBody(long id, String email, String displayName, Role role) {

        static AccountBody of(AccountView view) {
            return new AccountBody(view.id().value(), view.email(), view.displayName(), view.role());
        }
    }

    @PostMapping("/accounts")
    @Operation(
            summary = "Register an account",
            description =
                    "Password: at least 12 characters and not a commonly used one. Role: PATIENT (default) or CLINICIAN.")
    ResponseEntity<AccountBody> register(@Valid @RequestBody NewAccount body) {
        AccountView created =
                accounts.register(new Registration(body.email(), body.displayName(), body.password(), body.role()));
        return ResponseEntity.created(URI.create("/api/v1/account")).body(AccountBody.of(created));
    }

    @GetMapping("/account")
    @Operation(summary = "The account of the token")
    AccountBody me(@AuthenticationPrincipal AccountPrincipal me) {
        return accounts.find(me.accountId())
                .map(AccountBody::of)
                .orElseThrow(() -> new NotFoundException("account", me.accountId()));
    }
}
