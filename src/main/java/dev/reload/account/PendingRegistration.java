package dev.reload.account;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A registration waiting for its email to be confirmed: what the form said, the password already
 * hashed, and only the SHA-256 of the link's token. It lives a day.
 */
@Table("pending_registration")
record PendingRegistration(
        @Id Long id,
        String email,
        String displayName,
        String passwordHash,
        Role role,
        String timeZone,
        String tokenHash,
        Instant createdAt,
        Instant expiresAt) {

    boolean usableAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
