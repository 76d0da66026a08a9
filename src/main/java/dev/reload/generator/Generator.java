package dev.reload.generator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.json.JsonMapper;

import dev.reload.knee.ExerciseLibrary;

/**
 * Makes the accounts {@link GenerateProperties} asks for and writes them: chunks of consecutive
 * accounts, each chunk one transaction on a connection of its own, on several threads. The one
 * password's hash is computed once, with the application's encoder. On PostgreSQL the tables are
 * analysed afterwards, so that the planner knows their new size at once.
 */
final class Generator {

    private static final Logger log = LoggerFactory.getLogger(Generator.class);
    private static final List<String> ANALYSED = List.of(
            "account",
            "plan",
            "screening",
            "shoe",
            "import_job",
            "activity_session",
            "check_in",
            "strength_set",
            "api_token");

    /** What was made: accounts, rows per table, and how long it took. */
    record Generated(int accounts, Map<String, Long> rows, Duration took) {

        long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final DataSource dataSource;
    private final PasswordEncoder passwords;
    private final ExerciseLibrary library;
    private final JsonMapper json;
    private final Clock clock;

    Generator(DataSource dataSource, PasswordEncoder passwords, ExerciseLibrary library, JsonMapper json, Clock clock) {
        this.dataSource = dataSource;
        this.passwords = passwords;
        this.library = library;
        this.json = json;
        this.clock = clock;
    }

    /** The rows of account {@code number}, as {@link #generate} writes them for the same seed, days and moment. */
    SyntheticAccount synthesize(long seed, String passwordHash, int number, int days, Instant now) {
        return new Synthesis(seed, passwordHash, library, json).account(number, days, now);
    }

    Generated generate(GenerateProperties settings) throws SQLException, InterruptedException {
        long started = System.nanoTime();
        refuseExisting(settings);
        Instant now = clock.instant();
        Synthesis synthesis = new Synthesis(settings.seed(), passwords.encode(Synthesis.PASSWORD), library, json);
        int threads = settings.threadCount();
        log.info(
                "Generating {} accounts ({} to {}) with {} days of log each, seed {}, on {} threads",
                settings.accounts(),
                Synthesis.email(settings.first()),
                Synthesis.email(settings.first() + settings.accounts() - 1),
                settings.days(),
                settings.seed(),
                threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger done = new AtomicInteger();
        int step = Math.max(settings.chunk(), settings.accounts() / 20);
        List<Future<Map<String, Long>>> chunks = new ArrayList<>();
        try {
            int end = settings.first() + settings.accounts();
            for (int from = settings.first(); from < end; from += settings.chunk()) {
                int first = from;
                int last = Math.min(end, from + settings.chunk());
                chunks.add(pool.submit(() -> {
                    Map<String, Long> rows = writeChunk(synthesis, first, last, settings.days(), now);
                    int total = done.addAndGet(last - first);
                    if (total / step != (total - (last - first)) / step || total == settings.accounts()) {
                        log.info(
                                "{} of {} accounts written ({} s)",
                                total,
                                settings.accounts(),
                                Duration.ofNanos(System.nanoTime() - started).toSeconds());
                    }
                    return rows;
                }));
            }
            Map<String, Long> rows = new TreeMap<>();
            for (Future<Map<String, Long>> chunk : chunks) {
                chunk.get().forEach((table, count) -> rows.merge(table, count, Long::sum));
            }
            analyse();
            return new Generated(settings.accounts(), rows, Duration.ofNanos(System.nanoTime() - started));
        } catch (ExecutionException e) {
            chunks.forEach(chunk -> chunk.cancel(true));
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new IllegalStateException("generating failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Accounts {@code first} to {@code last} (excluded) in one transaction. */
    private Map<String, Long> writeChunk(Synthesis synthesis, int first, int last, int days, Instant now)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            withoutTriggers(connection);
            try (GeneratedTables tables = new GeneratedTables(connection)) {
                for (int number = first; number < last; number++) {
                    tables.write(synthesis.account(number, days, now));
                }
                tables.flush();
                connection.commit();
                return Map.copyOf(tables.written());
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    /**
     * On PostgreSQL, as a superuser, this transaction fires no triggers: the one that raises
     * {@code account.records_version} on every row (decision 0030) would update each new account's
     * row once per row of its log, and no instance can hold a snapshot of an account not committed
     * yet. (The foreign keys' triggers are skipped too: the rows are written parents first.) Other
     * roles keep the triggers and pay for them.
     */
    private static void withoutTriggers(Connection connection) throws SQLException {
        if (!connection.isWrapperFor(PGConnection.class)) {
            return;
        }
        try (Statement statement = connection.createStatement();
                ResultSet superuser =
                        statement.executeQuery("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) {
            if (!superuser.next() || !superuser.getBoolean(1)) {
                return;
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL session_replication_role = replica");
        }
    }

    /** Stops before writing anything when an account of the range is there already. */
    private void refuseExisting(GenerateProperties settings) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT email FROM account WHERE email >= ? AND email <= ? ORDER BY email")) {
            query.setString(1, Synthesis.email(settings.first()));
            query.setString(2, Synthesis.email(settings.first() + settings.accounts() - 1));
            try (ResultSet found = query.executeQuery()) {
                if (found.next()) {
                    throw new IllegalStateException("The account " + found.getString(1)
                            + " exists already: generate into an empty database, or start after the accounts there"
                            + " with --reload.generate.first=N");
                }
            }
        }
    }

    /** ANALYZE on PostgreSQL (elsewhere nothing): plans right after the load, not after autovacuum. */
    private void analyse() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isWrapperFor(PGConnection.class)) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                for (String table : ANALYSED) {
                    statement.execute("ANALYZE " + table);
                }
            }
        }
    }
}
