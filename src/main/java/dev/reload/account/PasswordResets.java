package dev.reload.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.reload.system.security.FailureCounts;
import dev.reload.system.web.InvalidFieldException;

/**
 * "Forgot your password?": a link by email that sets a new one. The link holds 32 random bytes,
 * stored only as a SHA-256; it works once and for an hour, and asking again spends the links
 * before. Whether or not the email has an account, the asker is told the same thing and waits
 * as long (the mail goes out in the background). Requests are counted per email and per client
 * address, and refused past the limit either way. A reset ends every session and token of the
 * account: whoever knew the old password is out.
 */
@Service
public class PasswordResets {

    /** How long a link works. */
    public static final Duration VALID_FOR = Duration.ofHours(1);

    private static final String PREFIX = "rst_";

    private final AccountRepository accounts;
    private final PasswordResetRepository resets;
    private final AccountService accountService;
    private final AccountAccess access;
    private final PasswordResetMail mail;
    private final Clock clock;
    private final FailureCounts requests;

    PasswordResets(
            AccountRepository accounts,
            PasswordResetRepository resets,
            AccountService accountService,
            AccountAccess access,
            PasswordResetMail mail,
            Clock clock,
            @Value("${reload.security.reset-requests-allowed:5}") int requestsAllowed,
            @Value("${reload.security.reset-request-window:1h}") Duration window) {
        this.accounts = accounts;
        this.resets = resets;
        this.accountService = accountService;
        this.access = access;
        this.mail = mail;
        this.clock = clock;
        this.requests = new FailureCounts(requestsAllowed, window, 200_000);
    }

    /**
     * What the asker learns: refused for now, or sent, the same whether or not the account
     * exists; with mail off in the dev profile, the link too (else null).
     */
    public record Asked(boolean tooMany, String developmentLink) {

        static final Asked TOO_MANY = new Asked(true, null);
        static final Asked SENT = new Asked(false, null);
    }

    /**
     * Sends a reset link to the account with this email, if there is one. Counts the request
     * against the email and the address first, so a refusal says nothing about the account either.
     */
    @Transactional
    public Asked ask(String email, String clientAddress) {
        String normalized = AccountService.normalizeEmail(email);
        String emailKey = "email:" + normalized;
        String addressKey = "address:" + clientAddress;
        if (!requests.allows(emailKey) || !requests.allows(addressKey)) {
            return Asked.TOO_MANY;
        }
        requests.record(emailKey);
        requests.record(addressKey);
        String token = LinkTokens.newToken(PREFIX);
        Optional<Account> account = accounts.findByEmail(normalized);
        if (account.isEmpty()) {
            return Asked.SENT;
        }
        Account found = account.get();
        Instant now = clock.instant();
        resets.spendOpen(found.id(), now);
        resets.save(new PasswordReset(null, found.id(), LinkTokens.hash(token), now, now.plus(VALID_FOR), null));
        return mail.send(found.email(), found.displayName(), token)
                .map(link -> new Asked(false, link))
                .orElse(Asked.SENT);
    }

    /** Whether this link can still set a password, for the page that asks for the new one. */
    public boolean usable(String token) {
        return find(token).isPresent();
    }

    /**
     * Sets the new password of the link's account, spends the link (and any other), and ends
     * every session and token of the account.
     *
     * @throws InvalidFieldException naming {@code token} when the link is unknown, used or expired,
     *     or {@code newPassword} when the password policy refuses it
     */
    @Transactional
    public void reset(String token, String newPassword) {
        PasswordReset reset = find(token)
                .orElseThrow(() -> new InvalidFieldException(
                        "token",
                        "is not a reset link that still works: links work once, for an hour; ask for a new one"));
        Account account = accounts.findById(reset.accountId()).orElseThrow();
        accountService.setPassword(account.accountId(), newPassword);
        Instant now = clock.instant();
        resets.save(reset.usedAt(now));
        resets.spendOpen(account.id(), now);
        access.endOtherSignIns(account.accountId(), null);
    }

    private Optional<PasswordReset> find(String token) {
        if (!LinkTokens.wellFormed(token, PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return resets.findByTokenHash(LinkTokens.hash(token)).filter(reset -> reset.usableAt(now));
    }
}
