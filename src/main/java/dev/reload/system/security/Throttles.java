package dev.reload.system.security;

import java.time.Duration;
import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Makes the {@link FailureCounts} of every throttle (sign-in, registration, password reset,
 * calendar feeds). Their buckets live in the application's database (H2 or PostgreSQL), so that
 * every instance counts against the same ones and a restart keeps them (decision 0028). Only an
 * application without a database, such as the web slices of the tests, counts in its own memory.
 */
@Component
public class Throttles {

    private static final long KEYS_KEPT_IN_MEMORY = 200_000;

    private final BucketStore database;

    Throttles(ObjectProvider<DataSource> dataSource) {
        DataSource source = dataSource.getIfAvailable();
        this.database = source == null ? null : new DatabaseBuckets(source);
    }

    /**
     * Failures of the throttle called {@code name} (unique among throttles): {@code allowed} per key
     * within {@code window}.
     */
    public FailureCounts failureCounts(String name, int allowed, Duration window) {
        BucketStore store = database != null ? database : new MemoryBuckets(window, KEYS_KEPT_IN_MEMORY);
        return new FailureCounts(name, allowed, window, store);
    }
}
