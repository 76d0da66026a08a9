package dev.reload.history;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a runner finds its next job (decisions 0028 and 0024): the oldest claimable job, read without
 * a lock and then locked by its account and id with {@code SKIP LOCKED}, so that a job another
 * runner is taking at this moment is passed over rather than waited for or taken twice. On an H2
 * database of its own, at V019_2 (the leases), shut down after each test.
 */
class ImportJobsLeaseTests {

    private static final Duration LEASE = Duration.ofMinutes(1);

    private String url;
    private SingleConnectionDataSource database;
    private JdbcClient jdbc;
    private ImportJobs jobs;

    @BeforeEach
    void migrate() {
        url = "jdbc:h2:mem:leases-" + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        database = new SingleConnectionDataSource(url, "sa", "", true);
        Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration")
                .target("019.2")
                .load()
                .migrate();
        jdbc = JdbcClient.create(database);
        jobs = new ImportJobs(jdbc, new TransactionTemplate(new DataSourceTransactionManager(database)));
    }

    @AfterEach
    void shutDown() throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
        database.destroy();
    }

    @Test
    void theOldestJobNobodyHoldsIsLeasedAndOneBeingTakenIsPassedOver() throws SQLException {
        long ana = account("ana@example.org");
        long cole = account("cole@example.org");
        long first = jobs.create(ana, "a.zip", ImportKind.ZIP, 0, Instant.now());
        long second = jobs.create(cole, "b.zip", ImportKind.ZIP, 0, Instant.now());
        long third = jobs.create(ana, "c.zip", ImportKind.ZIP, 0, Instant.now());

        try (Connection other = DriverManager.getConnection(url, "sa", "")) {
            other.setAutoCommit(false);
            try (Statement statement = other.createStatement()) {
                // another runner has the oldest job locked, in the middle of leasing it
                statement.executeQuery("SELECT id FROM import_job WHERE id = " + first + " FOR UPDATE");
            }
            assertThat(jobs.leaseNext("runner-1", LEASE)).contains(second);
            assertThat(jobs.leaseNext("runner-2", LEASE)).contains(third);
            assertThat(jobs.leaseNext("runner-3", LEASE))
                    .as("the one left is locked, the others are leased")
                    .isEmpty();
            other.rollback();
        }

        assertThat(jobs.leaseNext("runner-3", LEASE)).contains(first);
        assertThat(jobs.leaseNext("runner-4", LEASE)).as("every job is leased").isEmpty();
        assertThat(owner(first)).isEqualTo("runner-3");
        assertThat(owner(second)).isEqualTo("runner-1");
        assertThat(owner(third)).isEqualTo("runner-2");
    }

    @Test
    void aJobWhoseLeaseRanOutIsLeasedAgainAndAFinishedOneNever() {
        long ana = account("ana@example.org");
        long done = jobs.create(ana, "a.fit", ImportKind.FILE, 1, Instant.now());
        long stale = jobs.create(ana, "b.fit", ImportKind.FILE, 1, Instant.now());
        assertThat(jobs.lease(done, "runner-1", LEASE)).isTrue();
        jobs.finish(done, ana, "runner-1", ImportStatus.DONE, Instant.now());
        assertThat(jobs.lease(stale, "a-runner-that-died", LEASE)).isTrue();

        assertThat(jobs.leaseNext("runner-2", LEASE)).as("held by a live lease").isEmpty();
        jdbc.sql("UPDATE import_job SET lease_until = CURRENT_TIMESTAMP - INTERVAL '1' SECOND WHERE id = :id")
                .param("id", stale)
                .update();

        Optional<Long> leased = jobs.leaseNext("runner-2", LEASE);
        assertThat(leased).contains(stale);
        assertThat(owner(stale)).isEqualTo("runner-2");
        assertThat(jobs.leaseNext("runner-3", LEASE)).isEmpty();
    }

    private long account(String email) {
        jdbc.sql("INSERT INTO account (email, display_name, password_hash, role, created_at, password_changed_at)"
                        + " VALUES (:email, 'A', '{bcrypt}x', 'PATIENT', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                .param("email", email)
                .update();
        return jdbc.sql("SELECT id FROM account WHERE email = :email")
                .param("email", email)
                .query(Long.class)
                .single();
    }

    private String owner(long id) {
        return jdbc.sql("SELECT lease_owner FROM import_job WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }
}
