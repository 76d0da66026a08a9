package dev.reload.account;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The schema and the account repositories, exercised the same way on every database Reload runs
 * on. Subclasses pick the database.
 */
abstract class AccountPersistenceContract {

    @Autowired
    private Flyway flyway;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private AccountRepository accounts;

    @Autowired
    private ApiTokenRepository tokens;

    @Autowired
    private TwoStepRepository twoSteps;

    @Autowired
    private RecoveryCodeRepository recoveryCodes;

    private final Instant now = Instant.parse("2026-03-16T08:30:00Z");

    @Test
    void everyMigrationIsApplied() {
        var info = flyway.info();
        assertThat(info.pending()).isEmpty();
        assertThat(info.applied())
                .filteredOn(m -> m.getVersion() != null)
                .extracting(m -> m.getVersion().getVersion())
                .contains("001", "002", "003", "008");
    }

    @Test
    void theSessionTablesExist() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM spring_session", Integer.class))
                .isNotNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM spring_session_attributes", Integer.class))
                .isNotNull();
    }

    @Test
    void savesAndFindsAnAccountByIdAndEmail() {
        Account saved = accounts.save(Account.register(email(), "Ana", "{bcrypt}hash", Role.CLINICIAN, now));

        assertThat(saved.id()).isPositive();
        assertThat(accounts.findById(saved.id())).hasValueSatisfying(found -> {
            assertThat(found.displayName()).isEqualTo("Ana");
            assertThat(found.role()).isEqualTo(Role.CLINICIAN);
            assertThat(found.createdAt()).isEqualTo(now);
        });
        assertThat(accounts.findByEmail(saved.email())).map(Account::id).hasValue(saved.id());
        assertThat(accounts.existsByEmail(saved.email())).isTrue();
        assertThat(accounts.findByEmail("nobody-" + saved.email())).isEmpty();
    }

    @Test
    void anAccountMadeBeforeTimeZonesLivesInUtcAndAZoneIsKept() {
        String oldEmail = email();
        jdbc.update(
                "INSERT INTO account (email, display_name, password_hash, role, created_at, password_changed_at)"
                        + " VALUES (?, 'Old', '{bcrypt}hash', 'PATIENT', ?, ?)",
                oldEmail,
                java.sql.Timestamp.from(now),
                java.sql.Timestamp.from(now));
        assertThat(accounts.findByEmail(oldEmail)).map(Account::timeZone).hasValue("UTC");

        Account sydney = accounts.save(Account.register(
                email(), "Ana", "{bcrypt}hash", Role.PATIENT, now, java.time.ZoneId.of("Australia/Sydney")));
        accounts.save(accounts.findById(sydney.id()).orElseThrow().withTimeZone(java.time.ZoneId.of("Asia/Kolkata")));
        assertThat(accounts.findById(sydney.id())).map(Account::zone).hasValue(java.time.ZoneId.of("Asia/Kolkata"));
    }

    @Test
    void updatesAPasswordInPlace() {
        Account saved = accounts.save(Account.register(email(), "Ana", "{bcrypt}old", Role.PATIENT, now));
        accounts.save(saved.withPassword("{bcrypt}new", now.plus(1, ChronoUnit.DAYS)));

        assertThat(accounts.findById(saved.id())).hasValueSatisfying(found -> {
            assertThat(found.passwordHash()).isEqualTo("{bcrypt}new");
            assertThat(found.passwordChangedAt()).isEqualTo(now.plus(1, ChronoUnit.DAYS));
        });
    }

    @Test
    void refusesTwoAccountsWithOneEmail() {
        String email = email();
        Account ana = accounts.save(Account.register(email, "Ana", "{bcrypt}hash", Role.PATIENT, now));
        accounts.claimEmail(email, ana.id());
        Account bea = accounts.save(Account.register(email, "Bea", "{bcrypt}hash", Role.PATIENT, now));
        assertThatThrownBy(() -> accounts.claimEmail(email, bea.id())).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void refusesAnUnknownRole() {
        assertThatThrownBy(() -> jdbc.update(
                        "INSERT INTO account (email, display_name, password_hash, role, "
                                + "created_at, password_changed_at) VALUES (?, 'X', 'h', 'KING', ?, ?)",
                        email(),
                        java.sql.Timestamp.from(now),
                        java.sql.Timestamp.from(now)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void findsTokensByHashAndOnlyForTheirOwner() {
        Account owner = accounts.save(Account.register(email(), "Ana", "{bcrypt}hash", Role.PATIENT, now));
        Account other = accounts.save(Account.register(email(), "Bea", "{bcrypt}hash", Role.PATIENT, now));
        String hash = ApiTokenService.hash("rl_" + UUID.randomUUID());
        ApiToken token = tokens.save(new ApiToken(null, owner.id(), "watch", hash, now, null, null));

        assertThat(tokens.findByTokenHash(hash)).map(ApiToken::id).hasValue(token.id());
        assertThat(tokens.findByIdAndAccountId(token.id(), owner.id())).isPresent();
        assertThat(tokens.findByIdAndAccountId(token.id(), other.id())).isEmpty();

        tokens.save(token.revoked(now.plusSeconds(60)));
        List<ApiToken> listed = tokens.findByAccountIdOrderByCreatedAtDesc(owner.id());
        assertThat(listed).singleElement().satisfies(t -> assertThat(t.active()).isFalse());
        assertThat(tokens.findByAccountIdOrderByCreatedAtDesc(other.id())).isEmpty();
    }

    @Test
    void deletingAnAccountDeletesItsTokens() {
        Account owner = accounts.save(Account.register(email(), "Ana", "{bcrypt}hash", Role.PATIENT, now));
        String hash = ApiTokenService.hash("rl_" + UUID.randomUUID());
        tokens.save(new ApiToken(null, owner.id(), "watch", hash, now, null, null));

        jdbc.update("DELETE FROM account WHERE id = ?", owner.id());
        assertThat(tokens.findByTokenHash(hash)).isEmpty();
    }

    @Test
    void takesEachTimeStepOnceAndOnlyWhenTwoStepIsOn() {
        Account owner = accounts.save(Account.register(email(), "Ana", "{bcrypt}hash", Role.CLINICIAN, now));
        TwoStep enrolling = twoSteps.save(TwoStep.enrolling(owner.accountId(), "encrypted", now));
        assertThat(twoSteps.takeTimeStep(owner.id(), 100)).as("still enrolling").isZero();

        twoSteps.save(enrolling.enabled(now, 100));
        assertThat(twoSteps.takeTimeStep(owner.id(), 100))
                .as("the step of the first code")
                .isZero();
        assertThat(twoSteps.takeTimeStep(owner.id(), 101)).isEqualTo(1);
        assertThat(twoSteps.takeTimeStep(owner.id(), 101))
                .as("the same code again")
                .isZero();
        assertThat(twoSteps.takeTimeStep(owner.id(), 99)).as("an older code").isZero();
        assertThat(twoSteps.findByAccountId(owner.id())).hasValueSatisfying(found -> {
            assertThat(found.lastTimeStep()).isEqualTo(101);
            assertThat(found.enabledAt()).isEqualTo(now);
            assertThat(found.secret()).isEqualTo("encrypted");
        });
        assertThatThrownBy(() -> twoSteps.save(TwoStep.enrolling(owner.accountId(), "another", now)))
                .as("one per account")
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void spendsARecoveryCodeOnceAndCountsTheUnusedOnes() {
        Account owner = accounts.save(Account.register(email(), "Ana", "{bcrypt}hash", Role.PATIENT, now));
        Account other = accounts.save(Account.register(email(), "Ola", "{bcrypt}hash", Role.PATIENT, now));
        recoveryCodes.saveAll(List.of(
                new RecoveryCode(null, owner.id(), "a".repeat(64), now, null),
                new RecoveryCode(null, owner.id(), "b".repeat(64), now, null)));

        assertThat(recoveryCodes.spend(other.id(), "a".repeat(64), now))
                .as("not theirs")
                .isZero();
        assertThat(recoveryCodes.spend(owner.id(), "a".repeat(64), now)).isEqualTo(1);
        assertThat(recoveryCodes.spend(owner.id(), "a".repeat(64), now))
                .as("spent")
                .isZero();
        assertThat(recoveryCodes.countUnused(owner.id())).isEqualTo(1);

        recoveryCodes.deleteByAccountId(owner.id());
        assertThat(recoveryCodes.countUnused(owner.id())).isZero();
    }

    @Test
    void deletingAnAccountDeletesItsTwoStepAndRecoveryCodes() {
        Account owner = accounts.save(Account.register(email(), "Ana", "{bcrypt}hash", Role.PATIENT, now));
        twoSteps.save(TwoStep.enrolling(owner.accountId(), "encrypted", now).enabled(now, 7));
        recoveryCodes.saveAll(List.of(new RecoveryCode(null, owner.id(), "c".repeat(64), now, null)));

        jdbc.update("DELETE FROM account WHERE id = ?", owner.id());
        assertThat(twoSteps.findByAccountId(owner.id())).isEmpty();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM recovery_code WHERE account_id = ?", Integer.class, owner.id()))
                .isZero();
    }

    private static String email() {
        return "db-" + UUID.randomUUID() + "@example.org";
    }
}
