package dev.reload.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface PlanRepository extends Repository<StoredPlan, Long> {

    StoredPlan save(StoredPlan plan);

    Optional<StoredPlan> findByIdAndAccountId(Long id, Long accountId);

    Optional<StoredPlan> findFirstByAccountIdAndEndedAtIsNullOrderByIdDesc(Long accountId);

    List<StoredPlan> findByAccountIdOrderByIdDesc(Long accountId);
}
