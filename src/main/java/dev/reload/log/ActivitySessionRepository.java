package dev.reload.log;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
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

    void delete(StoredSession session);
}
