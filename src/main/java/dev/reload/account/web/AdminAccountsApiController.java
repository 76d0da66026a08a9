package dev.reload.account.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.reload.account.AccountId;
import dev.reload.account.AccountPrincipal;
import dev.reload.account.AccountRoles;
import dev.reload.account.AccountRoles.AccountSummary;
import dev.reload.account.Role;

/** Administrators find accounts and change their role (ROLE_ADMIN only; no health data here). */
@RestController
@RequestMapping("/api/v1/admin/accounts")
@Tag(name = "Administration")
class AdminAccountsApiController {

    private final AccountRoles roles;

    AdminAccountsApiController(AccountRoles roles) {
        this.roles = roles;
    }

    record ManagedAccount(long accountId, String email, String displayName, Role role, Instant createdAt) {

        static ManagedAccount of(AccountSummary account) {
            return new ManagedAccount(
                    account.id().value(), account.email(), account.displayName(), account.role(), account.createdAt());
        }
    }

    record ManagedAccounts(List<ManagedAccount> accounts, boolean more) {}

    record NewRole(
            @Schema(description = "PATIENT, CLINICIAN, EDITOR or ADMIN") @NotNull(message = "is required")
            Role role) {}

    @GetMapping
    @Operation(
            summary = "Accounts whose email contains the given text, by email (at most 50; more says there are others)",
            description = "For administrators. Lists who has an account and their role, never health data.")
    @ApiResponse(responseCode = "200", description = "The accounts found")
    @ApiResponse(responseCode = "400", description = "The email text is too long")
    @ApiResponse(responseCode = "401", description = "No valid token")
    @ApiResponse(responseCode = "403", description = "The account is not an administrator")
    ManagedAccounts find(
            @Parameter(description = "Part of an email; empty: every account")
                    @RequestParam(defaultValue = "")
                    @Size(max = 254, message = "must be at most 254 characters")
                    String email) {
        AccountRoles.Found found = roles.find(email);
        return new ManagedAccounts(
                found.accounts().stream().map(ManagedAccount::of).toList(), found.more());
    }

    @PutMapping("/{accountId}/role")
    @Operation(
            summary = "Give an account another role",
            description = "Ends the account's page sessions so that its next request signs in with the new role. "
                    + "An administrator's own role is changed by another administrator.")
    @ApiResponse(responseCode = "200", description = "The account with its new role")
    @ApiResponse(responseCode = "400", description = "No role, an unknown role, or one's own account")
    @ApiResponse(responseCode = "401", description = "No valid token")
    @ApiResponse(responseCode = "403", description = "The account is not an administrator")
    @ApiResponse(responseCode = "404", description = "No such account")
    ManagedAccount change(
            @AuthenticationPrincipal AccountPrincipal me,
            @PathVariable long accountId,
            @Valid @RequestBody NewRole change) {
        return ManagedAccount.of(roles.change(me.accountId(), new AccountId(accountId), change.role()));
    }
}
