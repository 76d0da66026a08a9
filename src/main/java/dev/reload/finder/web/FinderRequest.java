package dev.reload.finder.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import dev.reload.finder.Aggravator;
import dev.reload.finder.FinderAnswers;
import dev.reload.finder.KneeRegion;

/** The body of {@code POST /api/v1/finder}. Every field is optional. */
@Schema(description = "Where the knee hurts and what brings it on; every field is optional")
record FinderRequest(
        @Schema(description = "Where it hurts, from the knee map", example = "[\"OUTER_KNEE\"]")
        @Size(max = 6, message = "lists at most the six regions")
        List<KneeRegion> regions,

        @Schema(description = "The person cannot point to where it hurts (recommends an assessment)")
        Boolean unsureWhere,

        @Schema(description = "What brings the pain on", example = "[\"RUNNING\", \"DOWNHILL\"]")
        @Size(max = 9, message = "lists at most the nine aggravators")
        List<Aggravator> aggravators,

        @Schema(description = "Age in years", example = "40", minimum = "10", maximum = "110")
        @Min(value = FinderAnswers.MIN_AGE, message = "must be between 10 and 110")
        @Max(value = FinderAnswers.MAX_AGE, message = "must be between 10 and 110")
        Integer age,

        @Schema(
                description = "Minutes until the knee moves freely after waking; 0 when not stiff",
                example = "10",
                minimum = "0",
                maximum = "600")
        @Min(value = 0, message = "must be between 0 and 600")
        @Max(value = FinderAnswers.MAX_STIFFNESS_MINUTES, message = "must be between 0 and 600")
        Integer morningStiffnessMinutes,

        @Schema(description = "Pressing one spot on the bone hurts")
        Boolean boneTenderness,

        @Schema(description = "Hopping on the sore leg hurts")
        Boolean painOnHopping,

        @Schema(description = "The knee aches at night or at rest")
        Boolean painAtNight,

        @Schema(description = "Training rose sharply in the weeks before the pain began")
        Boolean recentLoadIncrease) {

    FinderAnswers toAnswers() {
        return new FinderAnswers(
                set(regions, KneeRegion.class),
                yes(unsureWhere),
                set(aggravators, Aggravator.class),
                age,
                morningStiffnessMinutes,
                yes(boneTenderness),
                yes(painOnHopping),
                yes(painAtNight),
                yes(recentLoadIncrease));
    }

    private static boolean yes(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    private static <E extends Enum<E>> EnumSet<E> set(List<E> values, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (values != null) {
            values.stream().filter(Objects::nonNull).forEach(set::add);
        }
        return set;
    }
}
