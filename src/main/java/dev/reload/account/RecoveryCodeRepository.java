package dev.reload.account;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface RecoveryCodeRepository extends Repository<RecoveryCode, Long> {

    <S extends RecoveryCode> List<S> saveAll(Iterable<S> codes);

    /** Spends the unused code with this hash: 1 when it was there to spend, 0 otherwise. */
    @Modifying
    @Query("UPDATE recovery_code SET used_at = :now WHERE account_id = :accountId"
            + " AND code_hash = :codeHash AND used_at IS NULL")
    int spend(@Param("accountId") Long accountId, @Param("codeHash") String codeHash, @Param("now") Instant now);

    @Query("SELECT COUNT(*) FROM recovery_code WHERE account_id = :accountId AND used_at IS NULL")
    int countUnused(@Param("accountId") Long accountId);

    @Modifying
    @Query("DELETE FROM recovery_code WHERE account_id = :accountId")
    void deleteByAccountId(@Param("accountId") Long accountId);
}
