package dev.reload.account;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A person who signs in: their email is their login, stored in lower case. */
@Table("account")
record Account(
        @Id Long id,
        String email,
        String displayName,
        String passwordHash,
        Role role,
        Instant createdAt,
        Instant passwordChangedAt) {

    static Account register(String email, String displayName, String passwordHash, Role role, Instant now) {
        return new Account(null, email, displayName, passwordHash, role, now, now);
    }

    Account withPassword(String newHash, Instant now) {
        return new Account(id, email, displayName, newHash, role, createdAt, now);
    }

    AccountId accountId() {
        return new AccountId(id);
    }
}
