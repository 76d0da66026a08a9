package dev.reload.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ScreeningRepository extends Repository<StoredScreening, Long> {

    StoredScreening save(StoredScreening screening);

    Optional<StoredScreening> findFirstByAccountIdOrderByAnsweredOnDescIdDesc(Long accountId);

    List<StoredScreening> findByAccountIdOrderByAnsweredOnDescIdDesc(Long accountId);
}
