package dev.reload.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.InsertOnlyProperty;
import org.springframework.data.relational.core.mapping.Table;

import dev.reload.knee.Activity;
import dev.reload.knee.Condition;
import dev.reload.knee.Phase;
import dev.reload.knee.VolumeUnit;

/**
 * A plan as stored; {@code assessmentJson} holds the R8 questionnaire. The knobs beside the step
 * and the sessions a week follow the assessment; {@code exercises} is the plan's choice of its
 * programme's exercises (ids joined by commas), null for the whole programme.
 */
@Table("plan")
record StoredPlan(
        @Id Long id,
        @InsertOnlyProperty Long accountId,
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
        Instant endedAt,
        int stopPain,
        int deloadEveryWeeks,
        BigDecimal deloadPercent,
        BigDecimal strengthProgressPercent,
        BigDecimal strengthRegressPercent,
        String exercises) {

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
                endedAt,
                stopPain,
                deloadEveryWeeks,
                deloadPercent,
                strengthProgressPercent,
                strengthRegressPercent,
                exercises);
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
                at,
                stopPain,
                deloadEveryWeeks,
                deloadPercent,
                strengthProgressPercent,
                strengthRegressPercent,
                exercises);
    }

    /** The plan with {@code knobs} (exercises empty: the whole programme). */
    StoredPlan tuned(PlanKnobs knobs) {
        return new StoredPlan(
                id,
                accountId,
                condition,
                targetActivity,
                unit,
                startDate,
                weeklyGoal,
                knobs.sessionsPerWeek(),
                knobs.stepPercent(),
                tolerableDose,
                initialPhase,
                painOnset,
                assessmentJson,
                createdAt,
                endedAt,
                knobs.stopPain(),
                knobs.deloadEveryWeeks(),
                knobs.deloadPercent(),
                knobs.strengthProgressPercent(),
                knobs.strengthRegressPercent(),
                knobs.exercises().isEmpty() ? null : String.join(",", knobs.exercises()));
    }

    /** The knobs as stored (exercises empty: the whole programme). */
    PlanKnobs knobs() {
        return new PlanKnobs(
                progressionPercent,
                sessionsPerWeek,
                stopPain,
                deloadEveryWeeks,
                deloadPercent,
                strengthProgressPercent,
                strengthRegressPercent,
                exercises == null || exercises.isBlank() ? List.of() : List.of(exercises.split(",")));
    }
}
