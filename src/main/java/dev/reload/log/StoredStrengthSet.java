package dev.reload.log;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.InsertOnlyProperty;
import org.springframework.data.relational.core.mapping.Table;

@Table("strength_set")
record StoredStrengthSet(
        @Id Long id,
        @InsertOnlyProperty Long accountId,
        @Column("set_date") LocalDate date,
        String exercise,
        int sets,
        int reps,
        BigDecimal loadKg,
        Integer holdSec,
        String tempo,
        int painDuring,
        Instant createdAt) {}
