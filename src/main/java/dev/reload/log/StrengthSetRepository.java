package dev.reload.log;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Every query filters by the owning account. */
interface StrengthSetRepository extends Repository<StoredStrengthSet, Long> {

    StoredStrengthSet save(StoredStrengthSet set);

    Optional<StoredStrengthSet> findByIdAndAccountId(Long id, Long accountId);

    List<StoredStrengthSet> findByAccountIdOrderByDateAscIdAsc(Long accountId);

    List<StoredStrengthSet> findByAccountIdAndDateBetweenOrderByDateAscIdAsc(
            Long accountId, LocalDate from, LocalDate to);

    void delete(StoredStrengthSet set);
}
