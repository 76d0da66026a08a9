package dev.reload.account;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

interface PendingRegistrationRepository extends Repository<PendingRegistration, Long> {

    PendingRegistration save(PendingRegistration registration);

    Optional<PendingRegistration> findByTokenHash(String tokenHash);

    /** Forgets the registration waiting for this email, if any: a newer one, or the account made, replaces it. */
    @Modifying
    @Query("DELETE FROM pending_registration WHERE email = :email")
    int deleteByEmail(String email);

    /** Forgets every registration whose link has run out. */
    @Modifying
    @Query("DELETE FROM pending_registration WHERE expires_at <= :now")
    int deleteExpired(Instant now);
}
