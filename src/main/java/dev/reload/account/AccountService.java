package dev.reload.account;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.reload.system.web.InvalidFieldException;
import dev.reload.system.web.InvalidFieldException.FieldProblem;

/** Registers accounts, checks and changes passwords, and tells Spring Security who is who. */
@Service
public class AccountService implements UserDetailsService {

    private static final FieldProblem UNKNOWN_TIME_ZONE = new FieldProblem(
            "timeZone", "is not a time zone this app knows: use a name such as Europe/Berlin or America/New_York");

    private static final FieldProblem EMAIL_TAKEN =
            new FieldProblem("email", "already has an account: log in, or use another address");

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final Clock clock;
    private final boolean clinicianSelfRegistration;
    /** A hash of a random string, checked against when no account matches, so both cases take as long. */
    private final String dummyHash;

    AccountService(
            AccountRepository accounts,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            Clock clock,
            @Value("${reload.accounts.clinician-self-registration:true}") boolean clinicianSelfRegistration) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.clock = clock;
        this.clinicianSelfRegistration = clinicianSelfRegistration;
        this.dummyHash = passwordEncoder.encode(java.util.UUID.randomUUID().toString());
    }

    /**
     * What a person fills in to get an account. {@code role} may be null (a patient), {@code timeZone}
     * too ({@link TimeZones#FALLBACK}); a zone given must be one of {@link TimeZones#ids()}.
     */
    public record Registration(String email, String displayName, String password, Role role, String timeZone) {

        public Registration(String email, String displayName, String password, Role role) {
            this(email, displayName, password, role, null);
        }
    }

    /** The public face of an account. */
    public record AccountView(
            AccountId id, String email, String displayName, Role role, DistanceUnit distanceUnit, ZoneId timeZone) {

        static AccountView of(Account account) {
            return new AccountView(
                    account.accountId(),
                    account.email(),
                    account.displayName(),
                    account.role(),
                    account.distanceUnit(),
                    account.zone());
        }
    }

    /** A registration whose fields are all acceptable, its email normalized; says nothing about the email's use. */
    record Checked(String email, String displayName, String password, Role role, ZoneId zone) {}

    /**
     * Registers an account at once: the mode without email confirmation (decision 0027), which
     * tells the caller when the email already has an account.
     */
    @Transactional
    public AccountView register(Registration registration) {
        return register(check(registration));
    }

    /** As {@link #register(Registration)}, for a registration already checked. */
    @Transactional
    AccountView register(Checked checked) {
        if (accounts.existsByEmail(checked.email())) {
            throw new InvalidFieldException(List.of(EMAIL_TAKEN));
        }
        return create(checked, passwordEncoder.encode(checked.password()))
                .orElseThrow(() -> new InvalidFieldException(List.of(EMAIL_TAKEN)));
    }

    /**
     * Checks every field of a registration, without looking at whether the email is in use.
     *
     * @throws InvalidFieldException naming every field that is wrong
     */
    Checked check(Registration registration) {
        String email = normalizeEmail(registration.email());
        String displayName = registration.displayName() == null
                ? ""
                : registration.displayName().strip();
        Role role = registration.role() == null ? Role.PATIENT : registration.role();

        List<FieldProblem> problems = new ArrayList<>();
        if (role == Role.EDITOR || role == Role.ADMIN) {
            problems.add(new FieldProblem("role", "can only be PATIENT or CLINICIAN when registering"));
        } else if (role == Role.CLINICIAN && !clinicianSelfRegistration) {
            problems.add(new FieldProblem("role", "clinician accounts are created by an administrator here"));
        }
        if (displayName.isEmpty()) {
            problems.add(new FieldProblem("displayName", "must not be blank"));
        }
        Optional<ZoneId> zone = registration.timeZone() == null
                ? Optional.of(TimeZones.FALLBACK)
                : TimeZones.parse(registration.timeZone());
        if (zone.isEmpty()) {
            problems.add(UNKNOWN_TIME_ZONE);
        }
        passwordPolicy
                .problemWith(registration.password(), email)
                .ifPresent(problem -> problems.add(new FieldProblem("password", problem)));
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        return new Checked(email, displayName, registration.password(), role, zone.orElseThrow());
    }

    /** The stored form of a password. */
    String hash(String password) {
        return passwordEncoder.encode(password);
    }

    /**
     * Makes the account of a checked registration whose password is already hashed, and claims its
     * email (decision 0024). Empty when another account claimed the email at the same moment: the
     * caller then ends its transaction with an error, and the account's row goes back with it.
     */
    Optional<AccountView> create(Checked checked, String passwordHash) {
        Account saved = accounts.save(Account.register(
                checked.email(), checked.displayName(), passwordHash, checked.role(), clock.instant(), checked.zone()));
        try {
            accounts.claimEmail(checked.email(), saved.id());
        } catch (DuplicateKeyException registeredAtTheSameMoment) {
            return Optional.empty();
        }
        return Optional.of(AccountView.of(saved));
    }

    /** Why this password would be refused for this email, if it would. */
    public Optional<String> passwordProblem(String password, String email) {
        return passwordPolicy.problemWith(password, normalizeEmail(email));
    }

    @Transactional
    public void changePassword(AccountId id, String currentPassword, String newPassword) {
        Account account = accounts.findById(id.value()).orElseThrow();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw new InvalidFieldException("currentPassword", "is not your current password");
        }
        passwordPolicy.problemWith(newPassword, account.email()).ifPresent(problem -> {
            throw new InvalidFieldException("newPassword", problem);
        });
        if (passwordEncoder.matches(newPassword, account.passwordHash())) {
            throw new InvalidFieldException("newPassword", "must differ from your current password");
        }
        accounts.save(account.withPassword(passwordEncoder.encode(newPassword), clock.instant()));
    }

    /**
     * Sets a new password without the current one, for a reset link that proved the email.
     *
     * @throws InvalidFieldException naming {@code newPassword} when the password policy refuses it
     */
    @Transactional
    public void setPassword(AccountId id, String newPassword) {
        Account account = accounts.findById(id.value()).orElseThrow();
        passwordPolicy.problemWith(newPassword, account.email()).ifPresent(problem -> {
            throw new InvalidFieldException("newPassword", problem);
        });
        accounts.save(account.withPassword(passwordEncoder.encode(newPassword), clock.instant()));
    }

    /** The account whose email and password these are, if they are. */
    public Optional<AccountPrincipal> authenticate(String email, String password) {
        Optional<Account> account = accounts.findByEmail(normalizeEmail(email));
        if (account.isEmpty()) {
            passwordEncoder.matches(password == null ? "" : password, dummyHash);
            return Optional.empty();
        }
        return account.filter(a -> password != null && passwordEncoder.matches(password, a.passwordHash()))
                .map(AccountPrincipal::new);
    }

    /** Whether an account with this email exists. */
    public boolean exists(String email) {
        return accounts.existsByEmail(normalizeEmail(email));
    }

    /** How pages show distances to this person (the API always speaks kilometres). */
    public DistanceUnit distanceUnit(AccountId id) {
        return accounts.findDistanceUnitById(id.value())
                .map(DistanceUnit::valueOf)
                .orElse(DistanceUnit.KM);
    }

    @Transactional
    public void setDistanceUnit(AccountId id, DistanceUnit unit) {
        accounts.findById(id.value()).ifPresent(account -> accounts.save(account.withDistanceUnit(unit)));
    }

    /** The zone this person lives in; empty when there is no such account. */
    public Optional<ZoneId> timeZone(AccountId id) {
        return accounts.findTimeZoneById(id.value())
                .map(zone -> TimeZones.parse(zone).orElse(TimeZones.FALLBACK));
    }

    /**
     * Moves the person to another time zone: their "today" follows it from now on.
     *
     * @throws InvalidFieldException naming {@code timeZone} when it is not one of {@link TimeZones#ids()}
     */
    @Transactional
    public ZoneId setTimeZone(AccountId id, String timeZone) {
        ZoneId zone =
                TimeZones.parse(timeZone).orElseThrow(() -> new InvalidFieldException(List.of(UNKNOWN_TIME_ZONE)));
        accounts.findById(id.value()).ifPresent(account -> accounts.save(account.withTimeZone(zone)));
        return zone;
    }

    public Optional<AccountView> find(AccountId id) {
        return accounts.findById(id.value()).map(AccountView::of);
    }

    Optional<AccountPrincipal> principal(AccountId id) {
        return accounts.findById(id.value()).map(AccountPrincipal::new);
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByEmail(normalizeEmail(username))
                .map(AccountPrincipal::new)
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }

    public static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
