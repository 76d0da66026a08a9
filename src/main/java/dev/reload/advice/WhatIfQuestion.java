package dev.reload.advice;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;

import dev.reload.plan.PlanKnobsChange;
import dev.reload.plan.PlausibleDate;
import dev.reload.plan.ProposedKnobs;

/**
 * The body of a what-if ({@code POST /api/v1/patients/{accountId}/what-if}): the day to advise on
 * (absent: the patient's today) and the knobs to try, each optional (absent: as stored). Answered
 * by {@link WhatIf#ask} as a {@link WhatIfAnswer}.
 */
@Schema(description = "Knobs to try on a copy of the patient's plan and log; nothing is stored")
public record WhatIfQuestion(
        @Schema(description = "The day the advice is for; absent: the patient's today", example = "2026-03-16")
        @PlausibleDate
        LocalDate asOf,

        @Schema(description = "The knobs to try; absent ones stay as stored") @Valid
        PlanKnobsChange knobs) {

    /** The knobs to try as {@link WhatIf#ask} takes them. */
    public ProposedKnobs proposed() {
        return knobs == null ? ProposedKnobs.NONE : knobs.toProposed();
    }

    /** The day to advise on: the one asked for, else {@code today} (the patient's). */
    public LocalDate asOfOr(LocalDate today) {
        return asOf == null ? today : asOf;
    }
}
