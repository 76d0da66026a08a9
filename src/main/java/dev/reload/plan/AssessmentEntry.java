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
import jakarta.validation.constraints.PositiveOrZero;

import dev.reload.knee.TightStructure;

/** The contributor questionnaire of R8 as the API and the onboarding take it; every field optional. */
@Schema(description = "The contributor assessment of R8; every field optional")
public record AssessmentEntry(
        @PositiveOrZero(message = "must not be negative") Integer sidePlankHoldSec,
        Boolean kneeDivesInOnSingleLegSquat,
        Boolean quadricepsWeak,
        Set<@NotNull TightStructure> tight,
        LocalDate newShoesOn,
        LocalDate surfaceChangeOn,

        @DecimalMin(value = "0", message = "must be 0–24") @DecimalMax(value = "24", message = "must be 0–24")
        BigDecimal sleepHoursTypical,

        Boolean proteinLow,
        Boolean stressHigh,

        @Min(value = 0, message = "must be 0–130") @Max(value = 130, message = "must be 0–130")
        Integer age,

        Boolean lowVitaminD,
        Boolean inflammatoryCondition) {}
