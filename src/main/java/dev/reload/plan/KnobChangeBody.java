package dev.reload.plan;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

import dev.reload.account.AccountId;

/**
 * One entry of a plan's change log as the API answers it ({@code GET /api/v1/plan/changes}, and
 * the changes a {@code PUT …/knobs} made): values as {@link PlanKnobs#value} writes them,
 * {@code description} the same in words, as the plan page says it.
 */
@Schema(description = "A change to one of the plan's knobs: who, when, the value before and after")
public record KnobChangeBody(
        long id,
        Instant at,

        @Schema(
                description = "The knob: stepPercent, sessionsPerWeek, stopPain, deloadEveryWeeks, deloadPercent,"
                        + " strengthProgressPercent, strengthRegressPercent or exercises")
        String knob,

        @Schema(description = "Before; for exercises, ids joined by commas")
        String oldValue,

        @Schema(description = "After; for exercises, ids joined by commas")
        String newValue,

        @Schema(description = "Who changed it; null once that account is deleted", nullable = true)
        Long actorId,

        @Schema(nullable = true) String actorName,
        @Schema(description = "The change in words") String description) {

    /** The mapper: a change as the API answers it, described by {@code words} for {@code owner}. */
    public static KnobChangeBody of(KnobChange change, KnobWords words, AccountId owner) {
        return new KnobChangeBody(
                change.id(),
                change.changedAt(),
                change.knob().id(),
                change.oldValue(),
                change.newValue(),
                change.changedBy() == null ? null : change.changedBy().value(),
                change.changedByName(),
                words.sentence(change, owner));
    }
}
