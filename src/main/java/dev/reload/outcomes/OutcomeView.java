package dev.reload.outcomes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** A questionnaire as stored, with the score of each subscale taken (computed on read). */
@Schema(description = "A knee questionnaire with the score of each subscale taken")
public record OutcomeView(
        long id,
        @NotNull LocalDate date,

        @NotNull @Schema(description = "The subscales taken, in the order of the forms")
        List<KoosSubscale> subscales,

        @NotNull @Schema(description = "The answers by item id, 0–4, in the order of the forms")
        Map<String, Integer> answers,

        @NotNull @Schema(description = "One score per subscale taken; the KOOS has no total score")
        List<SubscaleScore> scores) {

    /** The score of {@code subscale}, if it was taken. */
    public java.util.Optional<SubscaleScore> score(KoosSubscale subscale) {
        return scores.stream().filter(s -> s.subscale() == subscale).findFirst();
    }
}
