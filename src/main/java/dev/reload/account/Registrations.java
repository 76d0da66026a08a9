package dev.reload.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.reload.account.AccountService.AccountView;
import dev.reload.account.AccountService.Checked;
import dev.reload.account.AccountService.Registration;
import dev.reload.system.security.FailureCounts;
import dev.reload.system.security.Throttles;
import dev.reload.system.web.InvalidFieldException;
import dev.reload.system.web.UnavailableException;

/**
 * Registering, without telling a caller whether an email already has an account (decision 0027).
 * Every registration with acceptable fields answers "check your email": a new address gets a
 * link that makes the account, valid for a day; an address that has an account gets a mail to
 * its owner saying so. Both take as long: the password is hashed either way and mail goes out in
 * the background. Registrations are counted per email and per client address, and refused past
 * the limit either way.
 * <p>
 * With {@code reload.registration.confirm-email=false} the account is made at once instead (and
 * an address in use is named as such): for a deployment where that is acceptable, and for tests.
 */
@Service
public class Registrations {

    /** How long a registration link works. */
    public static final Duration VALID_FOR = Duration.ofDays(1);

    private static final String PREFIX = "reg_";

    private static final String ACCOUNT_BY_NOW = "was for an address that has an account by now: log in";

    private final AccountService accountService;
    private final AccountRepository accounts;
    private final PendingRegistrationRepository pending;
    private final RegistrationMail mail;
    private final Clock clock;
    private final boolean confirmEmail;
    private final FailureCounts perEmail;
    private final FailureCounts perAddress;

    Registrations(
            AccountService accountService,
            AccountRepository accounts,
            PendingRegistrationRepository pending,
            RegistrationMail mail,
            Clock clock,
            Throttles throttles,
            @Value("${reload.registration.confirm-email:true}") boolean confirmEmail,
            @Value("${reload.security.registrations-per-email:5}") int allowedPerEmail,
            @Value("${reload.security.registrations-per-address:20}") int allowedPerAddress,
            @Value("${reload.security.registration-window:1h}") Duration window) {
        this.accountService = accountService;
        this.accounts = accounts;
        this.pending = pending;
        this.mail = mail;
        this.clock = clock;
        this.confirmEmail = confirmEmail;
        this.perEmail = throttles.failureCounts("registration-email", allowedPerEmail, window);
        this.perAddress = throttles.failureCounts("registration-address", allowedPerAddress, window);
    }

    /** How a registration went. */
    public sealed interface Started {

        /** Too many registrations for this email or from this address: try later. */
        record TooMany() implements Started {}

        /** The account was made at once (confirmation is off). */
        record Made(AccountView account) implements Started {}

        /** "Check your email"; with mail off in the dev profile, the link of a new address too (else null). */
        record Sent(String developmentLink) implements Started {}
    }

    /** What a registration link is for, to show before the account is made. */
    public record Waiting(String email, String displayName) {}

    /** Whether registering needs the link from a mail. */
    public boolean confirmsByEmail() {
        return confirmEmail;
    }

    /** Whether anyone can register here: with confirmation on, only when a link can reach them. */
    public boolean open() {
        return !confirmEmail || mail.canDeliver();
    }

    /**
     * Registers: at once, or by a mailed link (see the class). Fields are checked first, and a
     * wrong one is named whether or not the email is in use.
     *
     * @throws InvalidFieldException naming every field that is wrong
     * @throws UnavailableException when confirmation is on and no mail can go out
     */
    @Transactional
    public Started start(Registration registration, String clientAddress) {
        Checked checked = accountService.check(registration);
        if (!perEmail.allows(checked.email()) || !perAddress.allows(clientAddress)) {
            return new Started.TooMany();
        }
        perEmail.record(checked.email());
        perAddress.record(clientAddress);
        if (!confirmEmail) {
            return new Started.Made(accountService.register(checked));
        }
        if (!mail.canDeliver()) {
            throw new UnavailableException(
                    "Registration is closed on this server: it confirms email addresses by mail, and no mail server"
                            + " is set up (spring.mail.host).");
        }
        // hashed whether or not it is kept, so that both answers take as long
        String passwordHash = accountService.hash(checked.password());
        Instant now = clock.instant();
        pending.deleteExpired(now);
        pending.deleteByEmail(checked.email());
        Optional<Account> existing = accounts.findByEmail(checked.email());
        if (existing.isPresent()) {
            mail.sendAlreadyRegistered(existing.get().email(), existing.get().displayName());
            return new Started.Sent(null);
        }
        String token = LinkTokens.newToken(PREFIX);
        pending.save(new PendingRegistration(
                null,
                checked.email(),
                checked.displayName(),
                passwordHash,
                checked.role(),
                checked.zone().getId(),
                LinkTokens.hash(token),
                now,
                now.plus(VALID_FOR)));
        return new Started.Sent(
                mail.sendLink(checked.email(), checked.displayName(), token).orElse(null));
    }

    /** The registration this link would make, while the link still works. */
    public Optional<Waiting> waiting(String token) {
        return find(token).map(p -> new Waiting(p.email(), p.displayName()));
    }

    /**
     * Makes the account of a registration link, once.
     *
     * @throws InvalidFieldException naming {@code token} when the link is unknown, used or expired
     */
    @Transactional
    public AccountView confirm(String token) {
        PendingRegistration registration = find(token)
                .orElseThrow(() -> new InvalidFieldException(
                        "token",
                        "is not a registration link that still works: a link works once, for a day, and registering"
                                + " again replaces it"));
        pending.deleteByEmail(registration.email());
        if (accounts.existsByEmail(registration.email())) {
            throw new InvalidFieldException("token", ACCOUNT_BY_NOW);
        }
        Checked checked = new Checked(
                registration.email(),
                registration.displayName(),
                null,
                registration.role(),
                TimeZones.parse(registration.timeZone()).orElse(TimeZones.FALLBACK));
        return accountService
                .create(checked, registration.passwordHash())
                .orElseThrow(() -> new InvalidFieldException("token", ACCOUNT_BY_NOW));
    }

    private Optional<PendingRegistration> find(String token) {
        if (!LinkTokens.wellFormed(token, PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return pending.findByTokenHash(LinkTokens.hash(token)).filter(p -> p.usableAt(now));
    }
}
