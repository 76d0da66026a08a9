package dev.reload.outcomes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/**
 * The 0–10 pain over the plan, week by week, with the "meaningful change" line (decision 0014): a
 * plain series that the outcomes page, the progress page and a report can draw alike.
 *
 * <p>Each plan week (seven days from the plan's start) has the mean of the morning pains reported
 * in it, when at least {@link PainTrends#MIN_REPORTS} mornings were reported. The baseline is the
 * first plan week with a mean. The line is where pain counts as meaningfully better than the
 * baseline (Farrar 2001): 2 points less or 30 % less, whichever is reached first, so the higher of
 * {@code baseline − 2} and {@code baseline × 0.7}.
 *
 * @param planStart the active plan's first day; null without a plan (then there are no weeks)
 * @param baseline the first week with enough reports; null until there is one
 * @param meaningfulChange the line; null without a baseline, or when the baseline is 0 (no pain to lose)
 * @param firstMeaningfulWeek the first week after the baseline at or below the line; null until then
 * @param weeks every plan week from the first to the one holding today, oldest first
 */
@Schema(
        description = "The weekly mean morning pain (0–10) over the active plan, with the meaningful-change line"
                + " relative to the first week (Farrar 2001: 2 points or 30 % less, whichever is reached first)")
public record PainTrend(
        @Schema(description = "The active plan's first day; null without a plan")
        LocalDate planStart,

        @Schema(description = "The first plan week with enough reports; null until there is one")
        PainBaseline baseline,

        @Schema(description = "The meaningful-change line; null without a baseline or when it is 0")
        MeaningfulChange meaningfulChange,

        @Schema(description = "The first week after the baseline at or below the line; null until then")
        Integer firstMeaningfulWeek,

        @NotNull @Schema(description = "Every plan week from the first to the one holding today, oldest first")
        List<PainWeek> weeks) {

    /** No plan: nothing to draw. */
    public static PainTrend none() {
        return new PainTrend(null, null, null, null, List.of());
    }

    /** True when at least one week has a mean to draw. */
    public boolean hasPain() {
        return weeks.stream().anyMatch(w -> w.pain() != null);
    }

    /** The week a pain trend starts from. */
    @Schema(description = "The baseline: the first plan week with enough morning reports")
    public record PainBaseline(int week, @NotNull BigDecimal pain) {}

    /**
     * Where pain counts as meaningfully less than at the baseline, and which of Farrar's two
     * thresholds puts it there.
     */
    @Schema(description = "The line at or below which the weekly pain is a meaningful improvement")
    public record MeaningfulChange(
            @NotNull @Schema(description = "The weekly mean pain at or below which the change is meaningful")
            BigDecimal line,

            @NotNull Threshold threshold) {}

    /** Farrar 2001's two thresholds: the line is at the one reached first. */
    public enum Threshold {
        /** 2 points less than the baseline (the line for a baseline above 6⅔). */
        TWO_POINTS,
        /** 30 % less than the baseline (the line for a baseline up to 6⅔). */
        THIRTY_PERCENT
    }

    /**
     * One plan week: its days, how many mornings were reported, their mean pain (one decimal; null
     * with fewer than {@link PainTrends#MIN_REPORTS} reports) and whether it is at or below the line.
     */
    @Schema(description = "One plan week")
    public record PainWeek(
            @Schema(description = "The plan week, 1 for the first")
            int week,

            @NotNull LocalDate start,
            @NotNull LocalDate end,

            @Schema(description = "Mornings reported in the week")
            int reports,

            @Schema(description = "The mean morning pain, 0–10, one decimal; null with fewer than 4 reports")
            BigDecimal pain,

            @Schema(description = "True when the week is after the baseline and at or below the line")
            boolean meaningful) {}
}
