package dev.reload.plan;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.InsertOnlyProperty;
import org.springframework.data.relational.core.mapping.Table;

/** One answered safety screen; {@code redFlags} is a comma-separated list of RedFlag names. */
@Table("screening")
record StoredScreening(
        @Id Long id, @InsertOnlyProperty Long accountId, LocalDate answeredOn, String redFlags, Instant createdAt) {}
