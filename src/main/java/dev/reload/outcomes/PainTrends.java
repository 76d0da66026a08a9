package dev.reload.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import dev.reload.knee.PainScore;
import dev.reload.outcomes.PainTrend.MeaningfulChange;
import dev.reload.outcomes.PainTrend.PainBaseline;
import dev.reload.outcomes.PainTrend.PainWeek;
import dev.reload.outcomes.PainTrend.Threshold;

/**
 * Computes a {@link PainTrend}, pure Java: no clock (today is a parameter), no storage. The
 * numbers that are compared are the ones shown: each week's mean, the baseline and the line are
 * rounded to one decimal first.
 */
public final class PainTrends {

    /** Mornings a week needs for a mean: more than half of its seven days, so one morning does not make a week. */
    public static final int MIN_REPORTS = 4;

    /** Farrar 2001: a reduction of about two points … */
    static final BigDecimal TWO_POINTS = BigDecimal.valueOf(2);

    /** … or of about 30 % is a clinically important difference. */
    static final BigDecimal SEVENTY_PERCENT = new BigDecimal("0.7");

    private PainTrends() {}

    /** One morning's reported pain. */
    public record MorningPain(LocalDate date, int pain) {

        public MorningPain {
            if (!PainScore.isValid(pain)) {
                throw new IllegalArgumentException("morning pain " + PainScore.OUT_OF_RANGE + ", was " + pain);
            }
        }
    }

    /**
     * The weeks of a plan that began on {@code planStart}, from its first week to the one holding
     * {@code today} (none when the plan starts later), with the morning pains reported in them.
     * Mornings outside those weeks are left out; a day reported twice counts once per report.
     */
    public static PainTrend weekly(LocalDate planStart, LocalDate today, List<MorningPain> mornings) {
        if (today.isBefore(planStart)) {
            return new PainTrend(planStart, null, null, null, List.of());
        }
        int weekCount = (int) (ChronoUnit.DAYS.between(planStart, today) / 7) + 1;
        int[] reports = new int[weekCount];
        long[] sums = new long[weekCount];
        LocalDate lastDay = planStart.plusWeeks(weekCount).minusDays(1);
        for (MorningPain morning : mornings) {
            if (morning.date().isBefore(planStart) || morning.date().isAfter(lastDay)) {
                continue;
            }
            int index = (int) (ChronoUnit.DAYS.between(planStart, morning.date()) / 7);
            reports[index]++;
            sums[index] += morning.pain();
        }
        BigDecimal[] means = new BigDecimal[weekCount];
        PainBaseline baseline = null;
        for (int i = 0; i < weekCount; i++) {
            if (reports[i] >= MIN_REPORTS) {
                means[i] = BigDecimal.valueOf(sums[i]).divide(BigDecimal.valueOf(reports[i]), 1, RoundingMode.HALF_UP);
                if (baseline == null) {
                    baseline = new PainBaseline(i + 1, means[i]);
                }
            }
        }
        MeaningfulChange change = baseline == null ? null : meaningfulChange(baseline.pain());
        List<PainWeek> weeks = new ArrayList<>(weekCount);
        Integer firstMeaningful = null;
        for (int i = 0; i < weekCount; i++) {
            boolean meaningful = change != null
                    && means[i] != null
                    && i + 1 > baseline.week()
                    && means[i].compareTo(change.line()) <= 0;
            if (meaningful && firstMeaningful == null) {
                firstMeaningful = i + 1;
            }
            LocalDate start = planStart.plusWeeks(i);
            weeks.add(new PainWeek(i + 1, start, start.plusDays(6), reports[i], means[i], meaningful));
        }
        return new PainTrend(planStart, baseline, change, firstMeaningful, List.copyOf(weeks));
    }

    /**
     * The meaningful-change line for a baseline: the higher of {@code baseline − 2} and
     * {@code baseline × 0.7} (to one decimal), the drop that is reached first; none for a baseline of
     * 0, which has no pain to lose. Below a baseline of 6⅔ that is the 30 % line, above it the
     * 2-point line.
     */
    public static MeaningfulChange meaningfulChange(BigDecimal baseline) {
        if (baseline.signum() <= 0) {
            return null;
        }
        BigDecimal twoPoints = baseline.subtract(TWO_POINTS);
        BigDecimal thirtyPercent = baseline.multiply(SEVENTY_PERCENT).setScale(1, RoundingMode.HALF_UP);
        return twoPoints.compareTo(thirtyPercent) > 0
                ? new MeaningfulChange(twoPoints.setScale(1, RoundingMode.HALF_UP), Threshold.TWO_POINTS)
                : new MeaningfulChange(thirtyPercent, Threshold.THIRTY_PERCENT);
    }
}
