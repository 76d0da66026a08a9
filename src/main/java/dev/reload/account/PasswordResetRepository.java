package dev.reload.account;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

interface PasswordResetRepository extends Repository<PasswordReset, Long> {

    PasswordReset save(PasswordReset reset);

    Optional<PasswordReset> findByTokenHash(String tokenHash);

    /** Spends every link of the account still open: a newer link, or a reset, replaces them. */
    @Modifying
    @Query("UPDATE password_reset SET used_at = :now WHERE account_id = :accountId AND used_at IS NULL")
    int spendOpen(Long accountId, Instant now);
}
