package dev.reload.log;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Every query filters by the owning account. */
interface CheckInRepository extends Repository<StoredCheckIn, Long> {

    StoredCheckIn save(StoredCheckIn checkIn);

    Optional<StoredCheckIn> findByIdAndAccountId(Long id, Long accountId);

    Optional<StoredCheckIn> findByAccountIdAndDate(Long accountId, LocalDate date);

    List<StoredCheckIn> findByAccountIdOrderByDateAsc(Long accountId);

    List<StoredCheckIn> findByAccountIdAndDateBetweenOrderByDateAsc(Long accountId, LocalDate from, LocalDate to);

    void delete(StoredCheckIn checkIn);
}
