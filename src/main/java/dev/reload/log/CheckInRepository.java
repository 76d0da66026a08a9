package dev.reload.log;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Every query filters by the owning account. */
interface CheckInRepository extends Repository<StoredCheckIn, Long> {

    StoredCheckIn save(StoredCheckIn checkIn);

    Optional<StoredCheckIn> findByIdAndAccountId(Long id, Long accountId);

    Optional<StoredCheckIn> findByAccountIdAndDate(Long accountId, LocalDate date);

    List<StoredCheckIn> findByAccountIdOrderByDateAsc(Long accountId);

    List<StoredCheckIn> findByAccountIdAndDateBetweenOrderByDateAsc(Long accountId, LocalDate from, LocalDate to);

    /** Deletes the account's check-in {@code id}: false when there was none (another delete was first). */
    @Modifying
    @Query("DELETE FROM check_in WHERE id = :id AND account_id = :accountId")
    boolean deleteByIdAndAccountId(Long id, Long accountId);
}
