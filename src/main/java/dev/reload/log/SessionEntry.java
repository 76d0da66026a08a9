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

import dev.reload.knee.Activity;
import dev.reload.knee.PainScore;
import dev.reload.knee.Plausible;
import dev.reload.knee.VolumeUnit;
import dev.reload.plan.PlausibleDate;

/** One activity session, in the shape of the preview's {@code sessions[]} (api.md). */
@Schema(description = "An activity session")
public record SessionEntry(
        @NotNull(message = "is required") @PlausibleDate LocalDate date,
        @NotNull(message = "is required") Activity activity,

        @Schema(description = "Volume in the plan's unit (km, minutes or jumps)")
        @NotNull(message = "is required")
        @DecimalMin(value = "0", message = Plausible.SESSION_VOLUME_PROBLEM)
        @DecimalMax(value = "" + Plausible.ANY_SESSION_VOLUME, message = Plausible.SESSION_VOLUME_PROBLEM)
        BigDecimal volume,

        @Schema(description = "Effort 0–10")
        @Min(value = PainScore.MIN, message = PainScore.OUT_OF_RANGE)
        @Max(value = PainScore.MAX, message = PainScore.OUT_OF_RANGE)
        Integer rpe,

        @Schema(description = "Worst pain during, 0–10")
        @NotNull(message = "is required")
        @Min(value = PainScore.MIN, message = PainScore.OUT_OF_RANGE)
        @Max(value = PainScore.MAX, message = PainScore.OUT_OF_RANGE)
        Integer painDuring,

        @Schema(
                description = "Worst pain in the hours after, 0–10; may be left out while those hours are not over"
                        + " and added later (PUT)")
        @Min(value = PainScore.MIN, message = PainScore.OUT_OF_RANGE)
        @Max(value = PainScore.MAX, message = PainScore.OUT_OF_RANGE)
        Integer painAfter,

        @Schema(description = "Minutes, 0–1440")
        @Min(value = 0, message = Plausible.MINUTES_PROBLEM)
        @Max(value = Plausible.DAY_MINUTES, message = Plausible.MINUTES_PROBLEM)
        Integer durationMin,

        @Schema(description = "Seconds per km, 1–3600")
        @Min(value = 1, message = Plausible.PACE_PROBLEM)
        @Max(value = Plausible.PACE_SEC_PER_KM, message = Plausible.PACE_PROBLEM)
        Integer avgPaceSecPerKm,

        @Size(max = 40, message = "must be at most 40 characters")
        String surface,

        @Size(max = 80, message = "must be at most 80 characters")
        String shoes,

        @Schema(
                description = "The unit of volume; default: the plan's unit for its activity, else KM for distance "
                        + "sports and MINUTES for the rest")
        VolumeUnit unit,

        @Schema(description = "One of the account's shoes (see /api/v1/shoes)")
        Long shoeId) {

    /** The same session in the pair of shoes {@code id}. */
    public SessionEntry withShoeId(Long id) {
        return new SessionEntry(
                date,
                activity,
                volume,
                rpe,
                painDuring,
                painAfter,
                durationMin,
                avgPaceSecPerKm,
                surface,
                shoes,
                unit,
                id);
    }
}
