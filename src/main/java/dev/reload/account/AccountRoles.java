package dev.reload.account;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.reload.system.web.InvalidFieldException;
import dev.reload.system.web.NotFoundException;

/**
 * Who may do what: an administrator finds accounts and changes their role. An administrator sees
 * accounts (name, email, role), never their health data: that stays with the person and the
 * clinicians they link. The first administrators come from configuration ({@code reload.admin.emails}),
 * given their role when the application starts.
 */
@Service
public class AccountRoles {

    /** At most this many accounts are listed for one search; a narrower search finds the rest. */
    public static final int LISTED = 50;

    private static final Logger log = LoggerFactory.getLogger(AccountRoles.class);

    private final AccountRepository accounts;
    private final AccountSessions sessions;
    private final List<String> bootstrapAdmins;

    AccountRoles(
            AccountRepository accounts,
            AccountSessions sessions,
            @Value("${reload.admin.emails:}") String bootstrapAdmins) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.bootstrapAdmins = Arrays.stream(bootstrapAdmins.split(","))
                .map(AccountService::normalizeEmail)
                .filter(email -> !email.isEmpty())
                .toList();
    }

    /** An account as an administrator sees it. */
    public record AccountSummary(AccountId id, String email, String displayName, Role role, Instant createdAt) {

        static AccountSummary of(Account account) {
            return new AccountSummary(
                    account.accountId(), account.email(), account.displayName(), account.role(), account.createdAt());
        }
    }

    /** One page of a search: the accounts whose email contains {@code emailPart}, by email, and whether there are more. */
    public record Found(List<AccountSummary> accounts, boolean more) {}

    public Found find(String emailPart) {
        String part = emailPart == null ? "" : AccountService.normalizeEmail(emailPart);
        List<AccountSummary> found = accounts.findTop51ByEmailContainingOrderByEmail(part).stream()
                .map(AccountSummary::of)
                .toList();
        return found.size() > LISTED ? new Found(found.subList(0, LISTED), true) : new Found(found, false);
    }

    /**
     * Gives the account another role and ends its sessions, so that it signs in again with the new
     * one. An administrator does not change their own role (another administrator does), so there
     * is always one left.
     *
     * @throws NotFoundException when there is no such account
     * @throws InvalidFieldException naming {@code role} for one's own account
     */
    @Transactional
    public AccountSummary change(AccountId admin, AccountId target, Role role) {
        Account account =
                accounts.findById(target.value()).orElseThrow(() -> new NotFoundException("account", target.value()));
        if (account.id().equals(admin.value())) {
            throw new InvalidFieldException("role", "of your own account is changed by another administrator");
        }
        if (account.role() == role) {
            return AccountSummary.of(account);
        }
        Account changed = accounts.save(account.withRole(role));
        int ended = sessions.endAll(account.email(), null);
        log.info(
                "Account {} is now {} (set by account {}); {} of its sessions ended",
                target.value(),
                role,
                admin.value(),
                ended);
        return AccountSummary.of(changed);
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void promoteConfiguredAdmins() {
        for (String email : bootstrapAdmins) {
            accounts.findByEmail(email)
                    .ifPresentOrElse(
                            account -> {
                                if (account.role() != Role.ADMIN) {
                                    accounts.save(account.withRole(Role.ADMIN));
                                    sessions.endAll(account.email(), null);
                                    log.info("Account {} is an administrator (reload.admin.emails)", account.id());
                                }
                            },
                            () -> log.warn(
                                    "reload.admin.emails names an email without an account; register it, then restart"));
        }
    }
}
