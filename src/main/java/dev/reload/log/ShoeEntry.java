package dev.reload.log;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A pair of shoes: when it came into use and what it had done before that. */
@Schema(description = "A pair of shoes")
public record ShoeEntry(
        @NotBlank(message = "is required") @Size(max = 80, message = "must be at most 80 characters")
        String name,

        @NotNull(message = "is required") LocalDate startedOn,

        @Schema(description = "Kilometres done before startedOn") @PositiveOrZero(message = "must not be negative")
        BigDecimal startKm,

        LocalDate retiredOn) {}
