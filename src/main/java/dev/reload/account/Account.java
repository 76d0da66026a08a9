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
        Instant passwordChangedAt,
        DistanceUnit distanceUnit) {

    static Account register(String email, String displayName, String passwordHash, Role role, Instant now) {
        return new Account(null, email, displayName, passwordHash, role, now, now, DistanceUnit.KM);
    }

    Account withPassword(String newHash, Instant now) {
        return new Account(id, email, displayName, newHash, role, createdAt, now, distanceUnit);
    }

    Account withDistanceUnit(DistanceUnit unit) {
        return new Account(id, email, displayName, passwordHash, role, createdAt, passwordChangedAt, unit);
    }

    AccountId accountId() {
        return new AccountId(id);
    }
}
