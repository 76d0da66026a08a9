package dev.reload.plan;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of a knob change ({@code PUT /api/v1/patients/{accountId}/knobs}) and of a what-if's
 * knobs: every field optional, an absent one stays as it is. Bounds are checked by
 * {@link PlanTuning}, which names each knob outside them (a 400).
 */
@Schema(description = "Knob values for a plan (rules.md); each optional, an absent one stays as it is")
public record PlanKnobsChange(
        @Schema(description = "R3.progress weekly step, 5–15 %", example = "7")
        BigDecimal stepPercent,

        @Schema(description = "Planned target-activity sessions a week, 1–14", example = "3")
        Integer sessionsPerWeek,

        @Schema(description = "R1.stop: pain during a session that answers stop now, 5–7", example = "6")
        Integer stopPain,

        @Schema(description = "R3.deload: every n-th week of Maintain is a rest week, 3–6", example = "4")
        Integer deloadEveryWeeks,

        @Schema(description = "R3.deload: a rest week's share of the week before, 60–80 %", example = "70")
        BigDecimal deloadPercent,

        @Schema(description = "R5.progress: load added, 5–10 %", example = "10")
        BigDecimal strengthProgressPercent,

        @Schema(description = "R5.regress: load taken off, 10–20 %", example = "20")
        BigDecimal strengthRegressPercent,

        @Schema(
                description = "R5: the programme's exercises the plan uses (at least one, one of each stage)",
                example = "[\"CLAMSHELL\", \"SPLIT_SQUAT\"]")
        List<String> exercises) {

    /** The change as the service takes it. */
    public ProposedKnobs toProposed() {
        return new ProposedKnobs(
                stepPercent,
                sessionsPerWeek,
                stopPain,
                deloadEveryWeeks,
                deloadPercent,
                strengthProgressPercent,
                strengthRegressPercent,
                exercises);
    }
}
