package dev.reload.account;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.InsertOnlyProperty;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An account's two-step sign-in: its TOTP secret (encrypted), when a first code turned it on
 * (null while enrolling) and the time step of the last code taken, so that no code counts twice.
 */
@Table("two_step")
record TwoStep(
        @Id Long id,
        @InsertOnlyProperty Long accountId,
        String secret,
        Instant createdAt,
        Instant enabledAt,
        long lastTimeStep) {

    static TwoStep enrolling(AccountId account, String encryptedSecret, Instant now) {
        return new TwoStep(null, account.value(), encryptedSecret, now, null, 0);
    }

    boolean enabled() {
        return enabledAt != null;
    }

    TwoStep enabled(Instant now, long timeStep) {
        return new TwoStep(id, accountId, secret, createdAt, now, timeStep);
    }
}
