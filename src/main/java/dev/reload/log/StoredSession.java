package dev.reload.log;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

import dev.reload.knee.Activity;
import dev.reload.knee.VolumeUnit;

/**
 * An activity session as stored. Pain scores are null for an imported session not yet rated;
 * {@code startedAt} is known for imported sessions only (it tells the same activity imported twice);
 * {@code importId} names the import that brought it in (null when logged by hand, or imported before
 * imports were recorded).
 */
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
        Instant createdAt,
        Instant startedAt,
        Long importId) {

    static final String MANUAL = "MANUAL";

    StoredSession rated(int during, Integer after) {
        return new StoredSession(
                id,
                accountId,
                date,
                activity,
                volume,
                unit,
                rpe,
                during,
                after,
                durationSec,
                distanceKm,
                avgPaceSecPerKm,
                surface,
                shoeId,
                shoes,
                source,
                createdAt,
                startedAt,
                importId);
    }
}
