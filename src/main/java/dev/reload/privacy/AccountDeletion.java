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
 * One transaction ends the account's page sessions and deletes the account's row; the schema's
 * foreign keys take every row of it with it ({@code ON DELETE CASCADE}) and clear the account from
 * rows of other people where it was only the author ({@code ON DELETE SET NULL}: the clinician who
 * redeemed an invite, who changed a plan's knob). Its API tokens go with it, so they answer 401 at
 * once, and its email is free to register again. Its uploaded files are rows too and go with it;
 * after the commit, an upload from before they were kept in the database, still waiting on this
 * instance's disk for its import, is deleted from there. Wrong passwords count as at the login
 * ({@link LoginThrottle}), so a borrowed session cannot guess its way to a deletion.
 */
@Service
public class AccountDeletion {

    private static final Logger log = LoggerFactory.getLogger(AccountDeletion.class);

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
