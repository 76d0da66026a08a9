package dev.reload.system.security;

import java.util.Optional;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/** Where the buckets of {@link FailureCounts} live: the database, or this instance's memory. */
sealed interface BucketStore permits DatabaseBuckets, MemoryBuckets {

    /** The bucket of {@code key} if failures were counted against it and it has not refilled yet. */
    Optional<Bucket> existing(String key, Bandwidth limit);

    /** The bucket of {@code key}, made full with {@code limit} if there is none. */
    Bucket bucket(String key, Bandwidth limit);
}
