package dev.reload.account;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shuts every other way into an account: after a new password (or a new second factor), every
 * page session but the one that made the change ends and every API token is revoked, so whoever
 * held the old password, a stolen cookie or a token is out at once (OWASP ASVS V3.3.3, V2.5).
 */
@Service
public class AccountAccess {

    private final AccountRepository accounts;
    private final ApiTokenRepository tokens;
    private final AccountSessions sessions;
    private final Clock clock;

    AccountAccess(AccountRepository accounts, ApiTokenRepository tokens, AccountSessions sessions, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** What was shut: the sessions ended and the tokens revoked. */
    public record Shut(int sessions, int tokens) {}

    /**
     * Ends the account's page sessions but {@code keepSessionId} (null: all of them) and revokes
     * every token it holds.
     */
    @Transactional
    public Shut endOtherSignIns(AccountId account, String keepSessionId) {
        Account found = accounts.findById(account.value()).orElseThrow();
        int revoked = 0;
        for (ApiToken token : tokens.findByAccountIdOrderByCreatedAtDesc(account.value())) {
            if (token.active()) {
                tokens.save(token.revoked(clock.instant()));
                revoked++;
            }
        }
        return new Shut(sessions.endAll(found.email(), keepSessionId), revoked);
    }
}
