package dev.reload.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import dev.reload.knee.Plausible;
import dev.reload.knee.TightStructure;

/** The contributor questionnaire of R8 as the API and the onboarding take it; every field optional. */
@Schema(description = "The contributor assessment of R8; every field optional")
public record AssessmentEntry(
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
