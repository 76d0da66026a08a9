package dev.reload.account.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.reload.account.AccountPrincipal;
import dev.reload.account.AccountService;
import dev.reload.account.ApiTokenService;
import dev.reload.account.ApiTokenService.TokenView;
import dev.reload.account.TwoStepService;
import dev.reload.system.security.LoginThrottle;
import dev.reload.system.web.TooManyRequestsException;

@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "Accounts")
class TokenApiController {

    private final AccountService accounts;
    private final ApiTokenService tokens;
    private final LoginThrottle throttle;
    private final TwoStepService twoStep;

    TokenApiController(
            AccountService accounts, ApiTokenService tokens, LoginThrottle throttle, TwoStepService twoStep) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.throttle = throttle;
        this.twoStep = twoStep;
    }

    record Credentials(
            @NotBlank(message = "is required") String email,
            @NotBlank(message = "is required") String password,

            @Size(max = 80, message = "must be at most 80 characters")
            String name,

            @Schema(
                    description = "The 6-digit code of the account's authenticator app, or one of its recovery"
                            + " codes: required when the account has two-step sign-in on, ignored otherwise",
                    nullable = true,
                    example = "492039")
            @Size(max = 40, message = "must be at most 40 characters")
            String code) {}

    record TokenBody(String token, long id, String name) {}

    @PostMapping
    @Operation(
            summary = "Exchange email and password for an API token",
            description = "Send it as `Authorization: Bearer <token>`. Wrong credentials answer 401; "
                    + "an account with two-step sign-in on also sends `code` (401 naming `code` without it or "
                    + "with a wrong or used one); after 5 wrong passwords or codes in 5 minutes for an account "
                    + "or an address, 429.")
    @ApiResponse(responseCode = "200", description = "The token, shown this once")
    @ApiResponse(responseCode = "400", description = "A field is missing or too long; `errors` names it")
    @ApiResponse(
            responseCode = "401",
            description = "Wrong email or password; or two-step sign-in is on and `code` is missing, wrong or "
                    + "already used (`errors` names `code`)")
    @ApiResponse(
            responseCode = "403",
            description = "A clinician account without two-step sign-in: turn it on on the account page first")
    @ApiResponse(
            responseCode = "429",
            description = "Too many wrong passwords; the Retry-After header says when to try again")
    TokenBody create(@Valid @RequestBody Credentials credentials, HttpServletRequest request) {
        String address = request.getRemoteAddr();
        if (!throttle.allows(credentials.email(), address)) {
            throw new TooManyRequestsException(
                    "Too many wrong passwords. Wait a few minutes, then try again.", throttle.retryAfter());
        }
        AccountPrincipal account = accounts.authenticate(credentials.email(), credentials.password())
                .orElseGet(() -> {
                    throttle.recordFailure(credentials.email(), address);
                    throw new WrongCredentialsException();
                });
        if (twoStep.codeRequired(account)) {
            if (credentials.code() == null || credentials.code().isBlank()) {
                throw SecondStepException.codeMissing();
            }
            if (!twoStep.verify(account.accountId(), credentials.code())) {
                throttle.recordFailure(credentials.email(), address);
                throw SecondStepException.codeWrong();
            }
        } else if (twoStep.mustEnrol(account)) {
            throw SecondStepException.enrolmentMissing();
        }
        var issued = tokens.issue(account.accountId(), credentials.name());
        return new TokenBody(issued.token(), issued.view().id(), issued.view().name());
    }

    @GetMapping
    @Operation(summary = "The account's tokens (never the tokens themselves)")
    List<TokenView> list(@AuthenticationPrincipal AccountPrincipal me) {
        return tokens.list(me.accountId());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke a token")
    void revoke(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        tokens.revoke(me.accountId(), id);
    }
}
