package dev.reload.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

import dev.reload.knee.Activity;
import dev.reload.knee.Condition;
import dev.reload.knee.Phase;
import dev.reload.knee.VolumeUnit;

/** A plan as stored; {@code assessmentJson} holds the R8 questionnaire. */
@Table("plan")
record StoredPlan(
        @Id Long id,
        Long accountId,
        @Column("knee_condition") Condition condition,
        Activity targetActivity,
        VolumeUnit unit,
        LocalDate startDate,
        BigDecimal weeklyGoal,
        int sessionsPerWeek,
        BigDecimal progressionPercent,
        BigDecimal tolerableDose,
        Phase initialPhase,
        LocalDate painOnset,
        String assessmentJson,
        Instant createdAt,
        Instant endedAt) {

    StoredPlan withPainOnset(LocalDate onset) {
        return new StoredPlan(
                id,
                accountId,
                condition,
                targetActivity,
                unit,
                startDate,
                weeklyGoal,
                sessionsPerWeek,
                progressionPercent,
                tolerableDose,
                initialPhase,
                onset,
                assessmentJson,
                createdAt,
                endedAt);
    }

    StoredPlan ended(Instant at) {
        return new StoredPlan(
                id,
                accountId,
                condition,
                targetActivity,
                unit,
                startDate,
                weeklyGoal,
                sessionsPerWeek,
                progressionPercent,
                tolerableDose,
                initialPhase,
                painOnset,
                assessmentJson,
                createdAt,
                at);
    }
}
