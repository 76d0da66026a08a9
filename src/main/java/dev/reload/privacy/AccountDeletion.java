package dev.reload.privacy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import dev.reload.account.AccountId;
import dev.reload.account.AccountService;
import dev.reload.account.AccountService.AccountView;
import dev.reload.account.AccountSessions;
import dev.reload.system.security.LoginThrottle;
import dev.reload.system.web.InvalidFieldException;
import dev.reload.system.web.NotFoundException;
import dev.reload.system.web.TooManyRequestsException;

/**
 * Deletes an account and every row of it, for its owner who gives the password (decision 0023).
 * One transaction ends the account's page sessions, clears the account from the rows that name it
 * without a foreign key ({@link #UNKEYED}) and deletes the account's row; the schema's foreign keys
 * take every row of the account with it ({@code ON DELETE CASCADE}). Its API tokens go with it, so
 * they answer 401 at once, and its email is free to register again. Its uploaded files are rows too
 * and go with it; after the commit, an upload from before they were kept in the database, still
 * waiting on this instance's disk for its import, is deleted from there. Wrong passwords count as
 * at the login ({@link LoginThrottle}), so a borrowed session cannot guess its way to a deletion.
 */
@Service
public class AccountDeletion {

    private static final Logger log = LoggerFactory.getLogger(AccountDeletion.class);

    /**
     * Where an account's id stands in rows that are not the account's own, so without a foreign key
     * to it (a sharded database keeps no key between two accounts' rows, decision 0024): the
     * deletion removes the row or forgets the author itself, as {@code ON DELETE CASCADE} and {@code
     * SET NULL} did before. {@code audit_record.actor_id} is kept on purpose (decision 0023).
     */
    static final List<Reference> UNKEYED = List.of(
            Reference.deleted("account_email", "account_id"),
            Reference.deleted("clinic_link", "clinician_id"),
            Reference.deleted("clinic_note", "clinician_id"),
            Reference.forgotten("clinic_invite", "used_by"),
            Reference.forgotten("knob_change", "changed_by"));

    /** A column that names an account: the deletion deletes its rows, or sets it to null. */
    record Reference(String table, String column, boolean deletesRow) {

        static Reference deleted(String table, String column) {
            return new Reference(table, column, true);
        }

        static Reference forgotten(String table, String column) {
            return new Reference(table, column, false);
        }

        String sql() {
            return deletesRow
                    ? "DELETE FROM " + table + " WHERE " + column + " = :id"
                    : "UPDATE " + table + " SET " + column + " = NULL WHERE " + column + " = :id";
        }

        String key() {
            return table + "." + column;
        }
    }

    private final AccountService accounts;
    private final AccountSessions sessions;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final LoginThrottle throttle;

    AccountDeletion(
            AccountService accounts,
            AccountSessions sessions,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            LoginThrottle throttle) {
        this.throttle = throttle;
        this.accounts = accounts;
        this.sessions = sessions;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * Deletes the account if {@code password} is its password.
     *
     * @throws InvalidFieldException naming {@code password} when it is missing or wrong; nothing is deleted
     * @throws TooManyRequestsException after too many wrong passwords for the account or from the address
     * @throws NotFoundException when the account is already gone
     */
    public void delete(AccountId account, String password, String clientAddress) {
        AccountView view = accounts.find(account).orElseThrow(() -> new NotFoundException("account", account.value()));
        if (password == null || password.isEmpty()) {
            throw new InvalidFieldException("password", "is required to delete your account");
        }
        if (!throttle.allows(view.email(), clientAddress)) {
            throw new TooManyRequestsException(
                    "Too many wrong passwords. Wait a few minutes, then try again: nothing was deleted.",
                    throttle.retryAfter());
        }
        if (accounts.authenticate(view.email(), password).isEmpty()) {
            throttle.recordFailure(view.email(), clientAddress);
            throw new InvalidFieldException("password", "is wrong: nothing was deleted");
        }
        List<String> uploads = transactions.execute(status -> {
            List<String> waiting = jdbc.sql(
                            "SELECT upload_path FROM import_job WHERE account_id = :id AND upload_path IS NOT NULL")
                    .param("id", account.value())
                    .query(String.class)
                    .list();
            sessions.endAll(view.email(), null);
            UNKEYED.forEach(reference ->
                    jdbc.sql(reference.sql()).param("id", account.value()).update());
            jdbc.sql("DELETE FROM account WHERE id = :id")
                    .param("id", account.value())
                    .update();
            return waiting;
        });
        uploads.forEach(AccountDeletion::deleteUpload);
        log.info("account {} deleted by its owner", account.value());
    }

    private static void deleteUpload(String path) {
        try {
            Files.deleteIfExists(Path.of(path));
        } catch (IOException e) {
            log.warn("could not delete the upload {} of a deleted account", path, e);
        }
    }
}
