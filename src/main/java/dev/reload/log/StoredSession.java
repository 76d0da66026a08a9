package dev.reload.log;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

import dev.reload.advice.engine.Activity;
import dev.reload.advice.engine.VolumeUnit;

/** An activity session as stored. Pain scores are null for an imported session not yet rated. */
@Table("activity_session")
record StoredSession(
        @Id Long id,
        Long accountId,
        @Column("session_date") LocalDate date,
        Activity activity,
        BigDecimal volume,
        VolumeUnit unit,
        Integer rpe,
        Integer painDuring,
        Integer painAfter,
        Integer durationSec,
        BigDecimal distanceKm,
        Integer avgPaceSecPerKm,
        String surface,
        Long shoeId,
        String shoes,
        String source,
        Instant createdAt) {

    static final String MANUAL = "MANUAL";
}
