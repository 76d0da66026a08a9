package dev.reload.account;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.InsertOnlyProperty;
import org.springframework.data.relational.core.mapping.Table;

/** A bearer token for the JSON API; only the SHA-256 hash of the token itself is stored. */
@Table("api_token")
record ApiToken(
        @Id Long id,
        @InsertOnlyProperty Long accountId,
        String name,
        String tokenHash,
        Instant createdAt,
        Instant lastUsedAt,
        Instant revokedAt) {

    boolean active() {
        return revokedAt == null;
    }

    ApiToken usedAt(Instant now) {
        return new ApiToken(id, accountId, name, tokenHash, createdAt, now, revokedAt);
    }

    ApiToken revoked(Instant now) {
        return new ApiToken(id, accountId, name, tokenHash, createdAt, lastUsedAt, now);
    }
}
