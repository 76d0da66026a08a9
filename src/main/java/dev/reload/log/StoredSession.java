package dev.reload.log;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.InsertOnlyProperty;
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
        @InsertOnlyProperty Long accountId,
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

    /** This session, deleted, back in the account's log with the shoes and import that are still there. */
    StoredSession restored(Long shoe, Long importJob) {
        return with(painDuring, painAfter, shoe, importJob);
    }

    StoredSession rated(int during, Integer after) {
        return with(during, after, shoeId, importId);
    }

    private StoredSession with(Integer during, Integer after, Long shoe, Long importJob) {
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
                shoe,
                shoes,
                source,
                createdAt,
                startedAt,
                importJob);
    }
}
