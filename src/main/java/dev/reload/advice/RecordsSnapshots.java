package dev.reload.advice;

import java.util.Optional;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.reload.account.AccountId;

/**
 * What this instance keeps of the accounts it advised lately: each account's records (plan, screens
 * and log, with their mapping to the engine's records) as they were at one {@code
 * account.records_version}. Every write to those records raises that number in the writer's
 * transaction, by a trigger whoever writes (migration V022, decision 0030), so one small read of it
 * tells whether a snapshot is still what is stored, on this instance or any other. A snapshot is
 * used only when its version is the stored one; otherwise the records are read again and kept.
 * <p>
 * The version is read before the records: a write committed between the two reads makes the kept
 * records newer than their version says, never older, and the next request reads them again. The
 * snapshots are bounded by their rows in all ({@code reload.advice.snapshot-rows}, 0: none kept),
 * the least used going first. {@code reload.advice.snapshots} in the metrics counts the reads by
 * {@code result}: {@code used} (the snapshot was of the stored version), {@code stale} (there was one,
 * of an older version) and {@code absent}.
 */
@Component
class RecordsSnapshots {

    static final String METRIC = "reload.advice.snapshots";

    private record Snapshot(long version, Optional<StoredRecords> records) {

        int weight() {
            return records.map(StoredRecords::rows).orElse(1);
        }
    }

    private final JdbcClient jdbc;
    private final Cache<Long, Snapshot> snapshots;
    private final Counter used;
    private final Counter stale;
    private final Counter absent;

    @Autowired
    RecordsSnapshots(
            JdbcClient jdbc, @Value("${reload.advice.snapshot-rows:400000}") long maxRows, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.snapshots = maxRows <= 0
                ? null
                : Caffeine.newBuilder()
                        .maximumWeight(maxRows)
                        .weigher((Long account, Snapshot s) -> s.weight())
                        .build();
        MeterRegistry meters = registry == null ? new SimpleMeterRegistry() : registry;
        this.used = counter(meters, "used");
        this.stale = counter(meters, "stale");
        this.absent = counter(meters, "absent");
    }

    private static Counter counter(MeterRegistry registry, String result) {
        return Counter.builder(METRIC)
                .description("Reads of an account's records by whether its snapshot could be used")
                .tag("result", result)
                .register(registry);
    }

    /** No snapshots: every read goes to the database (for tests of the reads themselves). */
    static RecordsSnapshots none() {
        return new RecordsSnapshots(null, 0, null);
    }

    /**
     * The account's records: its snapshot when that is of the stored version, else {@code read}'s,
     * kept for the next request. Call inside the transaction that {@code read} reads in.
     */
    Optional<StoredRecords> records(AccountId owner, Supplier<Optional<StoredRecords>> read) {
        if (snapshots == null) {
            return read.get();
        }
        Optional<Long> stored = jdbc.sql("SELECT records_version FROM account WHERE id = ?")
                .param(owner.value())
                .query(Long.class)
                .optional();
        if (stored.isEmpty()) {
            return read.get();
        }
        long version = stored.get();
        Snapshot kept = snapshots.getIfPresent(owner.value());
        if (kept != null && kept.version() == version) {
            used.increment();
            return kept.records();
        }
        (kept == null ? absent : stale).increment();
        Snapshot fresh = new Snapshot(version, read.get());
        snapshots.asMap().merge(owner.value(), fresh, (old, now) -> old.version() > now.version() ? old : now);
        return fresh.records();
    }
}
