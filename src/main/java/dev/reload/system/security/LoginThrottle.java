package dev.reload.system.security;

import java.time.Duration;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts wrong passwords per account and per client address. After {@code failuresAllowed} wrong
 * passwords within {@code window}, further attempts for that account or from that address are
 * refused (429) until the window lets some through again. Shared by the login form and the token
 * endpoint. Buckets live in memory for the window: a restart forgets them.
 */
@Component
public class LoginThrottle {

    private final int failuresAllowed;
    private final Duration window;
    private final Cache<String, Bucket> buckets;

    LoginThrottle(
            @Value("${reload.security.login-failures-allowed:5}") int failuresAllowed,
            @Value("${reload.security.login-failure-window:5m}") Duration window) {
        this.failuresAllowed = failuresAllowed;
        this.window = window;
        this.buckets = Caffeine.newBuilder()
                .expireAfterAccess(window.multipliedBy(2))
                .maximumSize(200_000)
                .build();
    }

    /** Whether another attempt may be checked now. */
    public boolean allows(String account, String clientAddress) {
        return hasTokens(accountKey(account)) && hasTokens(addressKey(clientAddress));
    }

    /** Counts one wrong password against both the account and the address. */
    public void recordFailure(String account, String clientAddress) {
        bucket(accountKey(account)).tryConsume(1);
        bucket(addressKey(clientAddress)).tryConsume(1);
    }

    /** How long a refused client should wait before the next try: one refill step. */
    public Duration retryAfter() {
        return window.dividedBy(failuresAllowed);
    }

    private boolean hasTokens(String key) {
        Bucket bucket = buckets.getIfPresent(key);
        return bucket == null || bucket.getAvailableTokens() > 0;
    }

    private Bucket bucket(String key) {
        return buckets.get(
                key,
                ignored -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(failuresAllowed)
                                .refillGreedy(failuresAllowed, window)
                                .build())
                        .build());
    }

    private static String accountKey(String account) {
        return "account:" + (account == null ? "" : account.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String clientAddress) {
        return "address:" + clientAddress;
    }
}
