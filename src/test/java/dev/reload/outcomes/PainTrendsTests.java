package dev.reload.outcomes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.reload.outcomes.PainTrend.Threshold;
import dev.reload.outcomes.PainTrends.MorningPain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The weekly pain trend and Farrar's meaningful-change line (decision 0014). */
class PainTrendsTests {

    /** A Monday; the plan's first week runs to Sunday 11 January. */
    static final LocalDate START = LocalDate.of(2026, 1, 5);

    @ParameterizedTest(name = "baseline {0} → line {1} ({2})")
    @CsvSource({
        "5.0, 3.5, THIRTY_PERCENT", // 30 % of 5 is 1.5: reached before 2 points
        "3.0, 2.1, THIRTY_PERCENT",
        "1.0, 0.7, THIRTY_PERCENT", // 2 points would be below zero
        "6.6, 4.6, THIRTY_PERCENT", // 4.62 against 4.6: the same line either way
        "6.7, 4.7, THIRTY_PERCENT", // the two meet at 6⅔
        "7.0, 5.0, TWO_POINTS", // 2 points (5.0) come before 30 % (4.9)
        "9.0, 7.0, TWO_POINTS",
        "10.0, 8.0, TWO_POINTS"
    })
    void theLineIsAtWhicheverOfTwoPointsAndThirtyPercentComesFirst(String baseline, String line, Threshold threshold) {
        PainTrend.MeaningfulChange change = PainTrends.meaningfulChange(new BigDecimal(baseline));

        assertThat(change.line()).isEqualByComparingTo(line);
        assertThat(change.threshold()).isEqualTo(threshold);
    }

    @Test
    void aBaselineWithoutPainHasNoLine() {
        assertThat(PainTrends.meaningfulChange(new BigDecimal("0.0"))).isNull();
    }

    @Test
    void eachWeekIsTheMeanOfItsMorningsAndTheFirstFullEnoughWeekIsTheBaseline() {
        List<MorningPain> mornings = new ArrayList<>();
        mornings.addAll(week(0, 6, 6, 6)); // only three mornings: no mean
        mornings.addAll(week(1, 5, 5, 6, 4, 5, 5, 5)); // 5.0
        mornings.addAll(week(2, 4, 4, 4, 3)); // 3.75 → 3.8
        mornings.addAll(week(3, 3, 4, 3, 4, 3, 4, 3)); // 3.43 → 3.4

        PainTrend trend = PainTrends.weekly(START, START.plusWeeks(4).plusDays(2), mornings);

        assertThat(trend.weeks())
                .extracting(PainTrend.PainWeek::week, PainTrend.PainWeek::reports, PainTrend.PainWeek::pain)
                .containsExactly(
                        tuple(1, 3, null),
                        tuple(2, 7, new BigDecimal("5.0")),
                        tuple(3, 4, new BigDecimal("3.8")),
                        tuple(4, 7, new BigDecimal("3.4")),
                        tuple(5, 0, null));
        assertThat(trend.baseline().week()).isEqualTo(2);
        assertThat(trend.meaningfulChange().line()).isEqualByComparingTo("3.5");
        assertThat(trend.weeks())
                .extracting(PainTrend.PainWeek::meaningful)
                .containsExactly(false, false, false, true, false);
        assertThat(trend.firstMeaningfulWeek()).isEqualTo(4);
        assertThat(trend.weeks().get(0).start()).isEqualTo(START);
        assertThat(trend.weeks().get(0).end()).isEqualTo(LocalDate.of(2026, 1, 11));
    }

    @Test
    void aWeekExactlyOnTheLineCounts() {
        List<MorningPain> mornings = new ArrayList<>(week(0, 5, 5, 5, 5));
        mornings.addAll(week(1, 4, 3, 4, 3)); // 3.5: on the line

        PainTrend trend = PainTrends.weekly(START, START.plusWeeks(1).plusDays(6), mornings);

        assertThat(trend.weeks().get(1).meaningful()).isTrue();
        assertThat(trend.firstMeaningfulWeek()).isEqualTo(2);
    }

    @Test
    void theBaselineWeekItselfIsNeverMeaningful() {
        PainTrend trend = PainTrends.weekly(START, START.plusDays(6), week(0, 1, 1, 1, 1));

        assertThat(trend.weeks())
                .singleElement()
                .satisfies(w -> assertThat(w.meaningful()).isFalse());
        assertThat(trend.firstMeaningfulWeek()).isNull();
    }

    @Test
    void morningsBeforeThePlanOrAfterTodayAreLeftOutAndAPlanNotStartedHasNoWeeks() {
        List<MorningPain> mornings = List.of(
                new MorningPain(START.minusDays(1), 9),
                new MorningPain(START, 2),
                new MorningPain(START.plusDays(9), 9));

        PainTrend trend = PainTrends.weekly(START, START.plusDays(3), mornings);

        assertThat(trend.weeks())
                .singleElement()
                .satisfies(w -> assertThat(w.reports()).isEqualTo(1));
        assertThat(PainTrends.weekly(START, START.minusDays(1), mornings).weeks())
                .isEmpty();
        assertThat(PainTrends.weekly(START, START.minusDays(1), mornings).planStart())
                .isEqualTo(START);
    }

    @Test
    void noBaselineWithoutAWeekOfEnoughMornings() {
        PainTrend trend = PainTrends.weekly(START, START.plusWeeks(2), week(1, 3, 3, 3));

        assertThat(trend.baseline()).isNull();
        assertThat(trend.meaningfulChange()).isNull();
        assertThat(trend.hasPain()).isFalse();
    }

    @Test
    void tenYearsOfMorningsAreFiveHundredAndTwentyTwoWeeks() {
        LocalDate today = START.plusYears(10);
        List<MorningPain> mornings = new ArrayList<>();
        for (LocalDate d = START; !d.isAfter(today); d = d.plusDays(1)) {
            mornings.add(new MorningPain(d, d.isBefore(START.plusWeeks(8)) ? 6 : 2));
        }

        PainTrend trend = PainTrends.weekly(START, today, mornings);

        assertThat(trend.weeks()).hasSize(522);
        assertThat(trend.meaningfulChange().line()).isEqualByComparingTo("4.2");
        assertThat(trend.firstMeaningfulWeek()).isEqualTo(9);
    }

    /** Mornings on the first days of plan week {@code index + 1}. */
    static List<MorningPain> week(int index, int... pains) {
        List<MorningPain> mornings = new ArrayList<>();
        for (int i = 0; i < pains.length; i++) {
            mornings.add(new MorningPain(START.plusWeeks(index).plusDays(i), pains[i]));
        }
        return mornings;
    }
}
