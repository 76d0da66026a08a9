package dev.reload.log;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.InsertOnlyProperty;
import org.springframework.data.relational.core.mapping.Table;

@Table("shoe")
record Shoe(
        @Id Long id,
        @InsertOnlyProperty Long accountId,
        String name,
        LocalDate startedOn,
        BigDecimal startKm,
        LocalDate retiredOn,
        Instant createdAt) {}
