package dev.reload.system.security;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * Buckets in a bounded Caffeine cache of this instance: for an application without a database
 * (the web slices of the tests). A restart forgets them, and another instance does not see them.
 */
final class MemoryBuckets implements BucketStore {

    private final Cache<String, Bucket> buckets;

    MemoryBuckets(Duration window, long keysKept) {
        this.buckets = Caffeine.newBuilder()
                .expireAfterAccess(window.multipliedBy(2))
                .maximumSize(keysKept)
                .build();
    }

    @Override
    public Optional<Bucket> existing(String key, Bandwidth limit) {
        return Optional.ofNullable(buckets.getIfPresent(key));
    }

    @Override
    public Bucket bucket(String key, Bandwidth limit) {
        return buckets.get(key, ignored -> Bucket.builder().addLimit(limit).build());
    }
}
