package dev.reload.plan;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.InsertOnlyProperty;
import org.springframework.data.relational.core.mapping.Table;

/** One knob changed on a plan: which, from what to what (as {@link PlanKnobs#value} writes them), by whom, when. */
@Table("knob_change")
record StoredKnobChange(
        @Id Long id,
        @InsertOnlyProperty Long accountId,
        Long planId,
        String knob,
        String oldValue,
        String newValue,
        Long changedBy,
        Instant changedAt) {}
