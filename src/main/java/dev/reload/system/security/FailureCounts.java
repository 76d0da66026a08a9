package dev.reload.system.security;

import java.time.Duration;

import io.github.bucket4j.Bandwidth;

/**
 * Failures counted per key (an account, a client address): after {@code allowed} within {@code
 * window}, the key is refused until the window lets some through again (bucket4j, refilled
 * greedily). Made by {@link Throttles}: the buckets are rows of the database, shared by every
 * instance and kept over a restart (decision 0028).
 */
public final class FailureCounts {

    private final String name;
    private final int allowed;
    private final Duration window;
    private final Bandwidth limit;
    private final BucketStore buckets;

    FailureCounts(String name, int allowed, Duration window, BucketStore buckets) {
        if (allowed < 1) {
            throw new IllegalArgumentException(name + ": allowed must be at least 1, was " + allowed);
        }
        if (window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException(name + ": the window must be longer than zero, was " + window);
        }
        this.name = name;
        this.allowed = allowed;
        this.window = window;
        this.limit = Bandwidth.builder()
                .capacity(allowed)
                .refillGreedy(allowed, window)
                .build();
        this.buckets = buckets;
    }

    /** Whether {@code key} has failures left. */
    public boolean allows(String key) {
        return buckets.existing(stored(key), limit)
                .map(bucket -> bucket.getAvailableTokens() > 0)
                .orElse(true);
    }

    /** Counts one failure against {@code key}. */
    public void record(String key) {
        buckets.bucket(stored(key), limit).tryConsume(1);
    }

    /** How long a refused client should wait before the next try: one refill step. */
    public Duration retryAfter() {
        return window.dividedBy(allowed);
    }

    /** The key as stored: with the throttle's name, so that two throttles never share a bucket. */
    private String stored(String key) {
        return name + "\n" + key;
    }
}
