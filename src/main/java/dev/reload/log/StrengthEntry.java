package dev.reload.log;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.reload.knee.PainScore;
import dev.reload.knee.Plausible;
import dev.reload.plan.PlausibleDate;

/** One strength exercise as done, in the shape of the preview's {@code strength[]} plus tempo. */
@Schema(description = "A strength exercise as done")
public record StrengthEntry(
        @NotNull(message = "is required") @PlausibleDate LocalDate date,

        @Schema(description = "An exercise id of the library", example = "SPLIT_SQUAT")
        @NotBlank(message = "is required")
        String exercise,

        @NotNull(message = "is required")
        @Min(value = 1, message = Plausible.SETS_PROBLEM)
        @Max(value = Plausible.SETS, message = Plausible.SETS_PROBLEM)
        Integer sets,

        @Schema(description = "Repetitions, or holds for an isometric")
        @NotNull(message = "is required")
        @Min(value = 1, message = Plausible.REPS_PROBLEM)
        @Max(value = Plausible.REPS, message = Plausible.REPS_PROBLEM)
        Integer reps,

        @Schema(description = "External load in kg, 0 for body weight")
        @NotNull(message = "is required")
        @DecimalMin(value = "0", message = Plausible.LOAD_PROBLEM)
        @DecimalMax(value = "" + Plausible.LOAD_KG, message = Plausible.LOAD_PROBLEM)
        BigDecimal loadKg,

        @NotNull(message = "is required")
        @Min(value = PainScore.MIN, message = PainScore.OUT_OF_RANGE)
        @Max(value = PainScore.MAX, message = PainScore.OUT_OF_RANGE)
        Integer painDuring,

        @Min(value = 1, message = Plausible.HOLD_PROBLEM)
        @Max(value = Plausible.HOLD_SEC, message = Plausible.HOLD_PROBLEM)
        Integer holdSec,

        @Schema(description = "e.g. 3-0-3") @Size(max = 20, message = "must be at most 20 characters")
        String tempo) {}
