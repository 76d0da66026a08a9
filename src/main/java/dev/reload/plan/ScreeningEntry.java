package dev.reload.plan;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

import dev.reload.knee.RedFlag;

/** The safety screen's answers: the red flags present (none: an empty list) and the day. */
@Schema(description = "The safety screen's answers; answeredOn defaults to today")
public record ScreeningEntry(
        @PlausibleDate LocalDate answeredOn, List<@NotNull(message = "must be a red flag id") RedFlag> redFlags) {

    public List<RedFlag> flags() {
        return redFlags == null ? List.of() : redFlags;
    }
}
