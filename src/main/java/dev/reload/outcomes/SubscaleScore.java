package dev.reload.outcomes;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/**
 * One subscale's score on one day: 0 (extreme problems) to 100 (no problems), to one decimal, or
 * null when fewer than half its items were answered (then it is not valid, and no score is made
 * up for it). The KOOS has no total score.
 */
@Schema(
        description = "A subscale's score: 100 − mean answer × 25 over the items answered; null unless at least"
                + " half of its items were answered")
public record SubscaleScore(
        @NotNull KoosSubscale subscale,

        @Schema(description = "How many items the subscale has")
        int items,

        @Schema(description = "How many of them were answered")
        int answered,

        @Schema(description = "How many must be answered for a score (at least half)")
        int needed,

        @Schema(description = "True when enough items were answered for a score")
        boolean valid,

        @Schema(description = "0–100, 100 = no problems; null when not valid", example = "75.0")
        BigDecimal score) {}
