package dev.reload.advice;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import dev.reload.advice.engine.Advice;
import dev.reload.advice.engine.Finding;
import dev.reload.knee.Phase;
import dev.reload.knee.VolumeUnit;

/**
 * The parts of one day's advice a what-if compares (api.md's advice, in the application's own
 * terms, so that features other than the adviser can show it): the phase, the light, the
 * escalation, next week's dose and decision, the next session's dose and decision, each logged
 * exercise's next prescription, the programme's exercises and the rules that spoke.
 */
@Schema(description = "The advice a what-if compares: as the stored knobs give it, or as the proposed ones would")
public record WhatIfAdvice(
        Phase phase,
        @Schema(description = "GREEN, AMBER or RED") String light,

        @Schema(description = "NONE, SEE_CLINICIAN or URGENT")
        String escalation,

        @Schema(description = "The plan week nextWeek is for; null without a dose", nullable = true)
        Integer nextWeek,

        @Schema(nullable = true) BigDecimal nextWeekVolume,

        @Schema(description = "PROGRESS, HOLD, BACK_OFF, DELOAD, START or SETTLE", nullable = true)
        String nextWeekDecision,

        @Schema(nullable = true) BigDecimal nextSessionVolume,

        @Schema(description = "TRY, HOLD, BACK_OFF, REST, DONE or CROSS_TRAIN", nullable = true)
        String nextSessionDecision,

        VolumeUnit unit,
        List<WhatIfStrength> strength,

        @Schema(description = "The programme's exercises as the knobs choose them")
        List<String> programme,

        @Schema(description = "The rule ids of the findings, in order")
        List<String> rules) {

    public WhatIfAdvice {
        strength = List.copyOf(strength);
        programme = List.copyOf(programme);
        rules = List.copyOf(rules);
    }

    /** One logged exercise's decision (R5) and its next prescription. */
    @Schema(description = "A logged exercise's R5 decision and next prescription")
    public record WhatIfStrength(
            String exercise,

            @Schema(description = "PROGRESS, HOLD or REGRESS")
            String decision,

            int sets,
            int reps,
            BigDecimal loadKg) {}

    static WhatIfAdvice of(Advice advice, VolumeUnit unit) {
        return new WhatIfAdvice(
                advice.phase(),
                advice.light().name(),
                advice.escalation().name(),
                advice.nextWeek() == null ? null : advice.nextWeek().week(),
                advice.nextWeek() == null ? null : number(advice.nextWeek().volume()),
                advice.nextWeek() == null ? null : advice.nextWeek().decision().name(),
                advice.nextSession() == null || advice.nextSession().volume() == null
                        ? null
                        : number(advice.nextSession().volume()),
                advice.nextSession() == null
                        ? null
                        : advice.nextSession().decision().name(),
                unit,
                advice.strength().stream()
                        .map(s -> new WhatIfStrength(
                                s.exercise(),
                                s.decision().name(),
                                s.next().sets(),
                                s.next().reps(),
                                number(s.next().loadKg())))
                        .toList(),
                advice.programme().exercises(),
                advice.findings().stream().map(Finding::rule).toList());
    }

    static BigDecimal number(double value) {
        return new BigDecimal(BigDecimal.valueOf(value).stripTrailingZeros().toPlainString());
    }
}
