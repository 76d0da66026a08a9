package dev.reload.log;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.reload.knee.Plausible;
import dev.reload.plan.PlausibleDate;

/** A pair of shoes: when it came into use and what it had done before that. */
@Schema(description = "A pair of shoes")
public record ShoeEntry(
        @NotBlank(message = "is required") @Size(max = 80, message = "must be at most 80 characters")
        String name,

        @NotNull(message = "is required") @PlausibleDate LocalDate startedOn,

        @Schema(description = "Kilometres done before startedOn, 0–5000")
        @DecimalMin(value = "0", message = Plausible.SHOE_KM_PROBLEM)
        @DecimalMax(value = "" + Plausible.SHOE_KM, message = Plausible.SHOE_KM_PROBLEM)
        BigDecimal startKm,

        @PlausibleDate LocalDate retiredOn) {}
