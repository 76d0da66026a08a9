package dev.reload.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import dev.reload.knee.Activity;
import dev.reload.knee.Condition;
import dev.reload.knee.Phase;
import dev.reload.knee.Plausible;
import dev.reload.knee.VolumeUnit;

/**
 * A plan as api.md's preview takes it, for {@code POST /api/v1/plans}. {@code painOnset} and
 * {@code assessment} (top-level fields of the preview) may come with it, since they belong to it.
 */
@Schema(description = "A recovery plan (the preview's plan object, plus optional painOnset and assessment)")
public record PlanEntry(
        @NotNull(message = "is required") Condition condition,
        @NotNull(message = "is required") Activity targetActivity,
        @NotNull(message = "is required") VolumeUnit unit,
        @NotNull(message = "is required") @PlausibleDate LocalDate startDate,

        @Schema(description = "Weekly goal volume, in unit")
        @NotNull(message = "is required")
        @Positive(message = "must be more than 0")
        @DecimalMax(value = "" + Plausible.ANY_WEEK_VOLUME, message = Plausible.WEEK_VOLUME_PROBLEM)
        BigDecimal weeklyGoal,

        @NotNull(message = "is required")
        @Min(value = 1, message = Plausible.SESSIONS_PER_WEEK_PROBLEM)
        @Max(value = Plausible.SESSIONS_PER_WEEK, message = Plausible.SESSIONS_PER_WEEK_PROBLEM)
        Integer sessionsPerWeek,

        @Schema(description = "R3 step, 5–15 %, default 10")
        @DecimalMin(value = "5", message = "must be 5–15")
        @DecimalMax(value = "15", message = "must be 5–15")
        BigDecimal progressionPercent,

        @Schema(description = "One session's volume the person tolerates today")
        @DecimalMin(value = "0", message = Plausible.SESSION_VOLUME_PROBLEM)
        @DecimalMax(value = "" + Plausible.ANY_SESSION_VOLUME, message = Plausible.SESSION_VOLUME_PROBLEM)
        BigDecimal tolerableDose,

        @Schema(description = "Phase at the start; absent: SETTLE with the R4 gates")
        Phase phase,

        @Schema(description = "The day the pain began") @PlausibleDate
        LocalDate painOnset,

        @Valid AssessmentEntry assessment) {

    public static final BigDecimal DEFAULT_STEP = BigDecimal.TEN;

    public BigDecimal stepOrDefault() {
        return progressionPercent == null ? DEFAULT_STEP : progressionPercent;
    }
}
