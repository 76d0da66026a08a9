package dev.reload.account;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.InsertOnlyProperty;
import org.springframework.data.relational.core.mapping.Table;

/** One password reset link: only the SHA-256 of its token is stored; it works once, for an hour. */
@Table("password_reset")
record PasswordReset(
        @Id Long id,
        @InsertOnlyProperty Long accountId,
        String tokenHash,
        Instant createdAt,
        Instant expiresAt,
        Instant usedAt) {

    boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    PasswordReset usedAt(Instant now) {
        return new PasswordReset(id, accountId, tokenHash, createdAt, expiresAt, now);
    }
}
