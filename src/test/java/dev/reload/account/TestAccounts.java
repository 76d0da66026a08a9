package dev.reload.account;

import java.time.Instant;

/** Signed-in principals for web slice tests, built without a database. */
public final class TestAccounts {

    private TestAccounts() {}

    /** A patient with this id and name, as Spring Security holds them after login. */
    public static AccountPrincipal patient(long id, String displayName) {
        return withRole(id, displayName, Role.PATIENT);
    }

    /** An account of this role, as Spring Security holds it after login (and any second step). */
    public static AccountPrincipal withRole(long id, String displayName, Role role) {
        return new AccountPrincipal(new Account(
                id,
                "person-" + id + "@example.org",
                displayName,
                null,
                role,
                Instant.EPOCH,
                Instant.EPOCH,
                DistanceUnit.KM,
                "UTC"));
    }
}
