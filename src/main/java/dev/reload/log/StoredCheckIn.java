package dev.reload.log;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.InsertOnlyProperty;
import org.springframework.data.relational.core.mapping.Table;

@Table("check_in")
record StoredCheckIn(
        @Id Long id,
        @InsertOnlyProperty Long accountId,
        @Column("check_in_date") LocalDate date,
        Integer morningPain,
        Integer morningStiffness,
        BigDecimal sleepHours,
        Integer stress,
        String notes,
        Instant createdAt) {}
