package dev.reload.system.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means that the database cannot be reached just now (it is stopped, restarting,
 * or the pool found no connection within {@code spring.datasource.hikari.connection-timeout}),
 * rather than a fault of ours: such a failure answers 503 with {@code Retry-After}, as problem+json
 * under {@code /api/} ({@link ApiExceptionHandler}) and as the error page elsewhere ({@link
 * ErrorPagesController}; for failures in filters, such as Spring Session's read of the page session,
 * {@link DatabaseUnavailableErrorFilter}). The instance recovers by itself once the database is back: Hikari makes new connections.
 */
public final class DatabaseUnavailable {

    /** What {@code Retry-After} says: about the time a restarted PostgreSQL takes to answer again. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    /** The API's words for it: plain, and naming nothing of the server. */
    public static final String DETAIL =
            "Reload's database cannot answer just now, so this could not be done. Please try again in a minute.";

    private DatabaseUnavailable() {}

    /** True when {@code failure}, or anything that caused it, says the database cannot be reached. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException // CannotGetJdbcConnectionException among them
                    || cause instanceof TransientDataAccessException
                    || cause instanceof RecoverableDataAccessException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof TransactionSystemException // a commit or rollback on a lost connection
                    || cause instanceof SQLTransientConnectionException // Hikari: no connection within the timeout
                    || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && connectionState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 (connection exception) and 57P01–57P03 (the server shuts down, or is
     * starting and cannot take connections yet).
     */
    private static boolean connectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }
}
