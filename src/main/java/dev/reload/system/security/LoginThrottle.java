package dev.reload.system.security;

import java.time.Duration;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts wrong passwords per account and per client address. After {@code failuresAllowed} wrong
 * passwords within {@code window}, further attempts for that account or from that address are
 * refused (429) until the window lets some through again. Shared by the login form and the token
 * endpoint. The counts are shared by every instance and kept over a restart ({@link Throttles}).
 */
@Component
public class LoginThrottle {

    private final FailureCounts failures;

    LoginThrottle(
            Throttles throttles,
            @Value("${reload.security.login-failures-allowed:5}") int failuresAllowed,
            @Value("${reload.security.login-failure-window:5m}") Duration window) {
        this.failures = throttles.failureCounts("login", failuresAllowed, window);
    }

    /** Whether another attempt may be checked now. */
    public boolean allows(String account, String clientAddress) {
        return failures.allows(accountKey(account)) && failures.allows(addressKey(clientAddress));
    }

    /** Counts one wrong password against both the account and the address. */
    public void recordFailure(String account, String clientAddress) {
        failures.record(accountKey(account));
        failures.record(addressKey(clientAddress));
    }

    /** How long a refused client should wait before the next try: one refill step. */
    public Duration retryAfter() {
        return failures.retryAfter();
    }

    private static String accountKey(String account) {
        return "account:" + (account == null ? "" : account.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String clientAddress) {
        return "address:" + clientAddress;
    }
}
