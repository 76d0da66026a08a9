package dev.reload.log;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.reload.knee.PainScore;
import dev.reload.knee.Plausible;
import dev.reload.plan.PlausibleDate;

/** The morning check-in, in the shape of the preview's {@code checkins[]} plus sleep, stress and notes. */
@Schema(description = "A morning check-in")
public record CheckInEntry(
        @NotNull(message = "is required") @PlausibleDate LocalDate date,

        @Schema(description = "Knee pain on waking, 0–10")
        @NotNull(message = "is required")
        @Min(value = PainScore.MIN, message = PainScore.OUT_OF_RANGE)
        @Max(value = PainScore.MAX, message = PainScore.OUT_OF_RANGE)
        Integer morningPain,

        @Schema(description = "Stiffness on waking, 0–10")
        @Min(value = PainScore.MIN, message = PainScore.OUT_OF_RANGE)
        @Max(value = PainScore.MAX, message = PainScore.OUT_OF_RANGE)
        Integer morningStiffness,

        @DecimalMin(value = "0", message = Plausible.HOURS_PROBLEM)
        @DecimalMax(value = "" + Plausible.DAY_HOURS, message = Plausible.HOURS_PROBLEM)
        BigDecimal sleepHours,

        @Schema(description = "Stress, 0–10")
        @Min(value = PainScore.MIN, message = PainScore.OUT_OF_RANGE)
        @Max(value = PainScore.MAX, message = PainScore.OUT_OF_RANGE)
        Integer stress,

        @Size(max = 1000, message = "must be at most 1000 characters")
        String notes) {}
