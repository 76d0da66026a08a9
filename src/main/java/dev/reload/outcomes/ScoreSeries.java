package dev.reload.outcomes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One subscale's scores over time, oldest first, for a chart: a point for every questionnaire that
 * took the subscale, with a null score where it was not valid (a gap in the line).
 */
public record ScoreSeries(KoosSubscale subscale, List<Point> points) {

    /** One questionnaire's score of the subscale. */
    public record Point(long outcomeId, LocalDate date, BigDecimal score) {}
}
