package dev.reload.log;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

import dev.reload.knee.Activity;

/** Every query filters by the owning account. */
interface ActivitySessionRepository extends Repository<StoredSession, Long> {

    StoredSession save(StoredSession session);

    Optional<StoredSession> findByIdAndAccountId(Long id, Long accountId);

    List<StoredSession> findByAccountIdOrderByDateAscIdAsc(Long accountId);

    Optional<StoredSession> findFirstByAccountIdAndActivityOrderByDateDescIdDesc(Long accountId, Activity activity);

    List<StoredSession> findByAccountIdAndDateBetweenOrderByDateAscIdAsc(Long accountId, LocalDate from, LocalDate to);

    boolean existsByAccountIdAndActivityAndStartedAtBetween(
            Long accountId, Activity activity, Instant from, Instant to);

    List<StoredSession> findByAccountIdAndActivityAndPainDuringIsNullAndDateGreaterThanEqualOrderByDateAscIdAsc(
            Long accountId, Activity activity, LocalDate from);

    List<StoredSession> findByAccountIdAndImportIdOrderByDateDescStartedAtDescIdDesc(
            Long accountId, Long importId, Limit limit);

    /** Deletes the account's session {@code id}: false when there was none (another delete was first). */
    @Modifying
    @Query("DELETE FROM activity_session WHERE id = :id AND account_id = :accountId")
    boolean deleteByIdAndAccountId(Long id, Long accountId);

    List<StoredSession> findByAccountIdAndShoeId(Long accountId, Long shoeId);

    /** Puts a pair of shoes back on those of the sessions {@code ids} that have no pair now; answers how many. */
    @Modifying
    @Query("UPDATE activity_session SET shoe_id = :shoeId"
            + " WHERE account_id = :accountId AND id IN (:ids) AND shoe_id IS NULL")
    int putShoeBack(Long shoeId, Long accountId, Collection<Long> ids);

    /** Takes the pair {@code shoeId} off the account's sessions, before the pair is deleted; answers how many. */
    @Modifying
    @Query("UPDATE activity_session SET shoe_id = NULL WHERE account_id = :accountId AND shoe_id = :shoeId")
    int takeShoeOff(Long accountId, Long shoeId);

    /** True when the account's import {@code importId} is still there (a restored session keeps its link to it). */
    @Query("SELECT EXISTS (SELECT 1 FROM import_job WHERE id = :importId AND account_id = :accountId)")
    boolean importExists(Long importId, Long accountId);
}
