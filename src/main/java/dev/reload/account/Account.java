package dev.reload.account;

import java.time.Instant;
import java.time.ZoneId;

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
        DistanceUnit distanceUnit,
        String timeZone) {

    static Account register(String email, String displayName, String passwordHash, Role role, Instant now) {
        return register(email, displayName, passwordHash, role, now, TimeZones.FALLBACK);
    }

    static Account register(
            String email, String displayName, String passwordHash, Role role, Instant now, ZoneId timeZone) {
        return new Account(null, email, displayName, passwordHash, role, now, now, DistanceUnit.KM, timeZone.getId());
    }

    Account withPassword(String newHash, Instant now) {
        return new Account(id, email, displayName, newHash, role, createdAt, now, distanceUnit, timeZone);
    }

    Account withRole(Role value) {
        return new Account(
                id, email, displayName, passwordHash, value, createdAt, passwordChangedAt, distanceUnit, timeZone);
    }

    Account withDistanceUnit(DistanceUnit unit) {
        return new Account(id, email, displayName, passwordHash, role, createdAt, passwordChangedAt, unit, timeZone);
    }

    Account withTimeZone(ZoneId zone) {
        return new Account(
                id, email, displayName, passwordHash, role, createdAt, passwordChangedAt, distanceUnit, zone.getId());
    }

    /** The zone the person lives in; UTC for a stored id this Java no longer knows. */
    ZoneId zone() {
        return TimeZones.parse(timeZone).orElse(TimeZones.FALLBACK);
    }

    AccountId accountId() {
        return new AccountId(id);
    }
}
