package dev.reload.outcomes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

import dev.reload.plan.PlausibleDate;

/**
 * A knee questionnaire as the person answered it on the official paper form, by item number, for
 * {@code POST /api/v1/outcomes} and the outcomes page. An item left out was not answered.
 *
 * @param subscales the subscales taken; absent or empty: those with at least one answer. A subscale
 *     named here without enough answers is stored as taken and scored as not valid.
 */
@Schema(
        description = "A knee questionnaire (KOOS subscales and/or KOOS-PF) answered on the official form,"
                + " entered by item number")
public record OutcomeEntry(
        @Schema(description = "The day the questionnaire was filled in")
        @NotNull(message = "is required")
        @PlausibleDate
        LocalDate date,

        @Schema(description = "The subscales taken; absent: those with at least one answer")
        List<@NotNull(message = "is required") KoosSubscale> subscales,

        @Schema(
                description = "The answers by item id (S1–S7, P1–P9, A1–A17, SP1–SP5, Q1–Q4, PF1–PF11): the box"
                        + " marked, counted 0–4 from the left; an item left out was not answered",
                example = "{\"P1\": 1, \"P2\": 1, \"P3\": 2, \"P4\": 1, \"P5\": 0, \"P6\": 2, \"P7\": 0, \"P8\": 1,"
                        + " \"P9\": 1}",
                additionalPropertiesSchema = OutcomeEntry.Answer.class)
        @NotNull(message = "is required")
        Map<String, Integer> answers) {

    /** The schema of one answer: the box marked, 0–4. */
    @Schema(type = "integer", format = "int32", minimum = "0", maximum = "4", description = "The box marked, 0–4")
    interface Answer {}
}
