package dev.reload.plan;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import dev.reload.account.AccountId;

/**
 * The answer to a knob change ({@code PUT /api/v1/patients/{accountId}/knobs}): the plan's knobs
 * now (exercises named) and the changes recorded (none when nothing differed).
 */
@Schema(description = "The plan's knobs after a change, and the changes recorded")
public record KnobsChangeAnswer(PlanKnobs knobs, List<KnobChangeBody> changes) {

    /** The mapper: the knobs after {@code changes} were recorded on {@code owner}'s plan. */
    public static KnobsChangeAnswer of(PlanKnobs knobs, List<KnobChange> changes, KnobWords words, AccountId owner) {
        return new KnobsChangeAnswer(
                knobs,
                changes.stream().map(c -> KnobChangeBody.of(c, words, owner)).toList());
    }
}
