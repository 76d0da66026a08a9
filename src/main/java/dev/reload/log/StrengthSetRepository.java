package dev.reload.log;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Every query filters by the owning account. */
interface StrengthSetRepository extends Repository<StoredStrengthSet, Long> {

    StoredStrengthSet save(StoredStrengthSet set);

    Optional<StoredStrengthSet> findByIdAndAccountId(Long id, Long accountId);

    List<StoredStrengthSet> findByAccountIdOrderByDateAscIdAsc(Long accountId);

    List<StoredStrengthSet> findByAccountIdAndDateBetweenOrderByDateAscIdAsc(
            Long accountId, LocalDate from, LocalDate to);

    /** Deletes the account's strength entry {@code id}: false when there was none (another delete was first). */
    @Modifying
    @Query("DELETE FROM strength_set WHERE id = :id AND account_id = :accountId")
    boolean deleteByIdAndAccountId(Long id, Long accountId);
}
