package dev.reload.plan;

import java.util.List;

import org.springframework.data.repository.Repository;

/** The knob change log: rows are added, never changed or removed. */
interface KnobChangeRepository extends Repository<StoredKnobChange, Long> {

    StoredKnobChange save(StoredKnobChange change);

    List<StoredKnobChange> findByAccountIdOrderByChangedAtDescIdDesc(Long accountId);
}
