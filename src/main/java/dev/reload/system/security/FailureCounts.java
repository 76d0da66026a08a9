package dev.reload.system.security;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * Failures counted per key (an account, a client address): after {@code allowed} within {@code
 * window}, the key is refused until the window lets some through again (bucket4j, refilled
 * greedily). Buckets live in a bounded Caffeine cache, in memory: a restart forgets them.
 */
public final class FailureCounts {

    private final int allowed;
    private final Duration window;
    private final Cache<String, Bucket> buckets;

    public FailureCounts(int allowed, Duration window, long keysKept) {
        this.allowed = allowed;
        this.window = window;
        this.buckets = Caffeine.newBuilder()
                .expireAfterAccess(window.multipliedBy(2))
                .maximumSize(keysKept)
                .build();
    }

    /** Whether {@code key} has failures left. */
    public boolean allows(String key) {
        Bucket bucket = buckets.getIfPresent(key);
        return bucket == null || bucket.getAvailableTokens() > 0;
    }

    /** Counts one failure against {@code key}. */
    public void record(String key) {
        buckets.get(
                        key,
                        ignored -> Bucket.builder()
                                .addLimit(Bandwidth.builder()
                                        .capacity(allowed)
                                        .refillGreedy(allowed, window)
                                        .build())
                                .build())
                .tryConsume(1);
    }

    /** How long a refused client should wait before the next try: one refill step. */
    public Duration retryAfter() {
        return window.dividedBy(allowed);
    }
}
