package dev.reload.system.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.BucketExceptions.BucketExecutionException;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;

/**
 * Buckets in the table {@code throttle_bucket}, so that every instance counts against the same
 * ones and a restart keeps them (decision 0028). This is bucket4j's own locking scheme for SQL
 * databases (its {@code SELECT … FOR UPDATE} proxy manager, as its PostgreSQL module has it),
 * written here in SQL that H2 in PostgreSQL mode and PostgreSQL both accept: a bucket is read and
 * locked, changed by bucket4j and written back in one transaction on a connection of its own, so
 * a count is kept even when the caller's transaction rolls back. A key is stored as the SHA-256 of
 * itself; a row is deleted once its bucket has refilled.
 */
final class DatabaseBuckets extends AbstractSelectForUpdateBasedProxyManager<String> implements BucketStore {

    private static final long CLEAN_EVERY_MILLIS = Duration.ofMinutes(1).toMillis();

    /** How long a new row lives before bucket4j first writes its state (and its real expiry). */
    private static final long NEW_ROW_MILLIS = Duration.ofDays(1).toMillis();

    private final DataSource dataSource;
    private final AtomicLong lastCleaned = new AtomicLong();

    DatabaseBuckets(DataSource dataSource) {
        super(ClientSideConfig.getDefault()
                .withExpirationAfterWriteStrategy(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO)));
        this.dataSource = dataSource;
    }

    @Override
    public Optional<Bucket> existing(String key, Bandwidth limit) {
        String id = id(key);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT 1 FROM throttle_bucket WHERE id = ? AND state IS NOT NULL AND expires_at > ?")) {
            select.setString(1, id);
            select.setLong(2, System.currentTimeMillis());
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(proxy(id, limit)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new BucketExecutionException(e);
        }
    }

    @Override
    public Bucket bucket(String key, Bandwidth limit) {
        cleanNowAndThen();
        return proxy(id(key), limit);
    }

    private Bucket proxy(String id, Bandwidth limit) {
        return builder()
                .build(id, () -> BucketConfiguration.builder().addLimit(limit).build());
    }

    /** Deletes the rows of refilled buckets, at most once a minute per instance. */
    private void cleanNowAndThen() {
        long now = System.currentTimeMillis();
        long last = lastCleaned.get();
        if (now - last < CLEAN_EVERY_MILLIS || !lastCleaned.compareAndSet(last, now)) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete =
                        connection.prepareStatement("DELETE FROM throttle_bucket WHERE expires_at < ?")) {
            delete.setLong(1, now);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new BucketExecutionException(e);
        }
    }

    /** The stored key: the SHA-256 of the key, in hex. */
    static String id(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    @Override
    protected SelectForUpdateBasedTransaction allocateTransaction(String id, Optional<Long> timeoutNanos) {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw new BucketExecutionException(e);
        }
        return new RowTransaction(connection, id);
    }

    /** One bucket's row, read, locked and written on one connection. */
    private final class RowTransaction implements SelectForUpdateBasedTransaction {

        private final Connection connection;
        private final String id;

        RowTransaction(Connection connection, String id) {
            this.connection = connection;
            this.id = id;
        }

        @Override
        public void begin(Optional<Long> timeoutNanos) {
            try {
                connection.setAutoCommit(false);
            } catch (SQLException e) {
                throw new BucketExecutionException(e);
            }
        }

        @Override
        public LockAndGetResult tryLockAndGet(Optional<Long> timeoutNanos) {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT state FROM throttle_bucket WHERE id = ? FOR UPDATE")) {
                applyTimeout(select, timeoutNanos);
                select.setString(1, id);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? LockAndGetResult.locked(rs.getBytes(1)) : LockAndGetResult.notLocked();
                }
            } catch (SQLException e) {
                throw new BucketExecutionException(e);
            }
        }

        @Override
        public boolean tryInsertEmptyData(Optional<Long> timeoutNanos) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO throttle_bucket (id, state, expires_at) VALUES (?, NULL, ?) ON CONFLICT DO NOTHING")) {
                applyTimeout(insert, timeoutNanos);
                insert.setString(1, id);
                insert.setLong(2, System.currentTimeMillis() + NEW_ROW_MILLIS);
                return insert.executeUpdate() > 0;
            } catch (SQLException e) {
                throw new BucketExecutionException(e);
            }
        }

        @Override
        public void update(byte[] data, RemoteBucketState state, Optional<Long> timeoutNanos) {
            long liveMillis = getClientSideConfig()
                    .getExpirationAfterWriteStrategy()
                    .map(strategy -> strategy.calculateTimeToLiveMillis(state, currentTimeNanos()))
                    .orElse(NEW_ROW_MILLIS);
            try (PreparedStatement update =
                    connection.prepareStatement("UPDATE throttle_bucket SET state = ?, expires_at = ? WHERE id = ?")) {
                applyTimeout(update, timeoutNanos);
                update.setBytes(1, data);
                update.setLong(2, System.currentTimeMillis() + Math.max(liveMillis, 1));
                update.setString(3, id);
                update.executeUpdate();
            } catch (SQLException e) {
                throw new BucketExecutionException(e);
            }
        }

        @Override
        public void commit(Optional<Long> timeoutNanos) {
            try {
                connection.commit();
            } catch (SQLException e) {
                throw new BucketExecutionException(e);
            }
        }

        @Override
        public void rollback() {
            try {
                connection.rollback();
            } catch (SQLException e) {
                throw new BucketExecutionException(e);
            }
        }

        @Override
        public void release() {
            try {
                connection.setAutoCommit(true);
                connection.close();
            } catch (SQLException e) {
                throw new BucketExecutionException(e);
            }
        }
    }

    @Override
    public boolean isExpireAfterWriteSupported() {
        return true;
    }

    @Override
    public void removeProxy(String id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM throttle_bucket WHERE id = ?")) {
            delete.setString(1, id);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new BucketExecutionException(e);
        }
    }
}
