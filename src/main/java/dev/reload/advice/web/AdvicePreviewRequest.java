package dev.reload.advice.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import dev.reload.knee.Activity;
import dev.reload.knee.Condition;
import dev.reload.knee.PainScore;
import dev.reload.knee.Phase;
import dev.reload.knee.Plausible;
import dev.reload.knee.RedFlag;
import dev.reload.knee.TightStructure;
import dev.reload.knee.VolumeUnit;
import dev.reload.plan.PlausibleDate;

/** The body of {@code POST /api/v1/advice/preview} (api.md, "Advice preview"). */
@Schema(description = "A plan and its log; the adviser answers as of asOf. Nothing is stored.")
record AdvicePreviewRequest(
        @Schema(description = "The day the advice is for", example = "2026-03-16") @NotNull @PlausibleDate
        LocalDate asOf,

        @NotNull @Valid PlanRequest plan,
        List<@NotNull @Valid SessionRequest> sessions,
        List<@NotNull @Valid CheckInRequest> checkins,
        List<@NotNull @Valid StrengthRequest> strength,
        @Valid ScreeningRequest screening,

        @Schema(description = "The day the pain began (R8.gear, R8.training-error)") @PlausibleDate
        LocalDate painOnset,

        @Valid AssessmentRequest assessment,

        @Schema(description = "Optional clinician knobs of rules.md, each within its bounds; absent: defaults") @Valid
        KnobsRequest knobs) {

    @Schema(description = "The recovery plan")
    record PlanRequest(
            @NotNull Condition condition,
            @NotNull Activity targetActivity,
            @NotNull VolumeUnit unit,
            @NotNull @PlausibleDate LocalDate startDate,

            @Schema(description = "Weekly goal volume, in unit")
            @NotNull
            @Positive
            @DecimalMax(value = "" + Plausible.ANY_WEEK_VOLUME, message = Plausible.WEEK_VOLUME_PROBLEM)
            BigDecimal weeklyGoal,

            @NotNull
            @Min(value = 1, message = Plausible.SESSIONS_PER_WEEK_PROBLEM)
            @Max(value = Plausible.SESSIONS_PER_WEEK, message = Plausible.SESSIONS_PER_WEEK_PROBLEM)
            Integer sessionsPerWeek,

            @Schema(description = "R3 step knob, 5–15 %, default 10") @DecimalMin("5") @DecimalMax("15")
            BigDecimal progressionPercent,

            @Schema(description = "One session's volume the person tolerates today (optional)")
            @DecimalMin(value = "0", message = Plausible.SESSION_VOLUME_PROBLEM)
            @DecimalMax(value = "" + Plausible.ANY_SESSION_VOLUME, message = Plausible.SESSION_VOLUME_PROBLEM)
            BigDecimal tolerableDose,

            @Schema(description = "Phase at the start of the log; absent: the engine starts in SETTLE")
            Phase phase) {}

    @Schema(description = "An activity session")
    record SessionRequest(
            @NotNull @PlausibleDate LocalDate date,
            @NotNull Activity activity,

            @Schema(description = "Volume in the plan's unit")
            @NotNull
            @DecimalMin(value = "0", message = Plausible.SESSION_VOLUME_PROBLEM)
            @DecimalMax(value = "" + Plausible.ANY_SESSION_VOLUME, message = Plausible.SESSION_VOLUME_PROBLEM)
            BigDecimal volume,

            @Min(PainScore.MIN) @Max(PainScore.MAX) Integer rpe,
            @NotNull @Min(PainScore.MIN) @Max(PainScore.MAX) Integer painDuring,
            @NotNull @Min(PainScore.MIN) @Max(PainScore.MAX) Integer painAfter,

            @Min(value = 0, message = Plausible.MINUTES_PROBLEM)
            @Max(value = Plausible.DAY_MINUTES, message = Plausible.MINUTES_PROBLEM)
            Integer durationMin,

            @Min(value = 1, message = Plausible.PACE_PROBLEM)
            @Max(value = Plausible.PACE_SEC_PER_KM, message = Plausible.PACE_PROBLEM)
            Integer avgPaceSecPerKm,

            String surface,
            String shoes) {}

    @Schema(description = "A morning check-in")
    record CheckInRequest(
            @NotNull @PlausibleDate LocalDate date,
            @NotNull @Min(PainScore.MIN) @Max(PainScore.MAX) Integer morningPain,
            @Min(PainScore.MIN) @Max(PainScore.MAX) Integer morningStiffness) {}

    @Schema(description = "A strength exercise as done")
    record StrengthRequest(
            @NotNull @PlausibleDate LocalDate date,

            @Schema(description = "An exercise id of the library", example = "SPLIT_SQUAT") @NotBlank
            String exercise,

            @NotNull
            @Min(value = 1, message = Plausible.SETS_PROBLEM)
            @Max(value = Plausible.SETS, message = Plausible.SETS_PROBLEM)
            Integer sets,

            @Schema(description = "Repetitions, or holds for an isometric")
            @NotNull
            @Min(value = 1, message = Plausible.REPS_PROBLEM)
            @Max(value = Plausible.REPS, message = Plausible.REPS_PROBLEM)
            Integer reps,

            @Schema(description = "External load, 0 for body weight")
            @DecimalMin(value = "0", message = Plausible.LOAD_PROBLEM)
            @DecimalMax(value = "" + Plausible.LOAD_KG, message = Plausible.LOAD_PROBLEM)
            BigDecimal loadKg,

            @NotNull @Min(PainScore.MIN) @Max(PainScore.MAX) Integer painDuring,

            @Min(value = 1, message = Plausible.HOLD_PROBLEM)
            @Max(value = Plausible.HOLD_SEC, message = Plausible.HOLD_PROBLEM)
            Integer holdSec) {}

    @Schema(description = "The safety screen's answers")
    record ScreeningRequest(@PlausibleDate LocalDate answeredOn, List<@NotNull RedFlag> redFlags) {}

    @Schema(description = "The contributor assessment of R8; every field optional")
    record AssessmentRequest(
            @Min(value = 0, message = Plausible.HOLD_OR_NONE_PROBLEM)
            @Max(value = Plausible.HOLD_SEC, message = Plausible.HOLD_OR_NONE_PROBLEM)
            Integer sidePlankHoldSec,

            Boolean kneeDivesInOnSingleLegSquat,
            Boolean quadricepsWeak,
            Set<@NotNull TightStructure> tight,
            @PlausibleDate LocalDate newShoesOn,
            @PlausibleDate LocalDate surfaceChangeOn,

            @DecimalMin(value = "0", message = Plausible.HOURS_PROBLEM)
            @DecimalMax(value = "" + Plausible.DAY_HOURS, message = Plausible.HOURS_PROBLEM)
            BigDecimal sleepHoursTypical,

            Boolean proteinLow,
            Boolean stressHigh,

            @Min(value = 0, message = Plausible.AGE_PROBLEM)
            @Max(value = Plausible.AGE_YEARS, message = Plausible.AGE_PROBLEM)
            Integer age,

            Boolean lowVitaminD,
            Boolean inflammatoryCondition) {}

    @Schema(description = "Clinician knobs of rules.md (each optional, within its bounds)")
    record KnobsRequest(
            @Schema(description = "R1.stop pain, 5–7, default 6")
            Integer stopPain,

            @Schema(description = "R3.deload: every n-th week of Maintain, 3–6, default 4")
            Integer deloadEveryWeeks,

            @Schema(description = "R3.deload: share of the week before, 60–80 %, default 70")
            BigDecimal deloadPercent,

            @Schema(description = "R5.progress load step, 5–10 %, default 10")
            BigDecimal strengthProgressPercent,

            @Schema(description = "R5.regress load cut, 10–20 %, default 20")
            BigDecimal strengthRegressPercent,

            @Schema(
                    description = "R5: the exercises of the condition's programme the plan uses (at least one,"
                            + " one of each stage); absent: the whole programme",
                    example = "[\"CLAMSHELL\", \"SPLIT_SQUAT\"]")
            List<String> exercises) {}
}
