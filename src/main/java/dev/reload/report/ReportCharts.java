package dev.reload.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import dev.reload.outcomes.PainTrend;
import dev.reload.outcomes.PainTrend.PainWeek;
import dev.reload.report.ClinicianReport.Chart;

/**
 * The report's charts, each an {@link SvgChart} with a title and a sentence for those who cannot
 * see it. The words come from {@code i18n/report.properties}.
 */
@Component
class ReportCharts {

    static final String PAIN = "#b03a2e";
    static final String LINE = "#1f6f43";

    private final MessageSource messages;

    ReportCharts(MessageSource messages) {
        this.messages = messages;
    }

    /** The weekly morning pain with the meaningful-change line; empty while no week has a mean. */
    Optional<Chart> painTrend(PainTrend trend) {
        if (!trend.hasPain()) {
            return Optional.empty();
        }
        List<PainWeek> weeks = trend.weeks();
        SvgChart chart = new SvgChart(
                        weeks.stream()
                                .map(w -> text("report.chart.week", w.week()))
                                .toList(),
                        text("report.chart.pain.axis"))
                .axisAtLeast(10)
                .line(
                        text("report.chart.pain.series"),
                        weeks.stream()
                                .map(w -> w.pain() == null ? null : w.pain().doubleValue())
                                .toList(),
                        PAIN);
        String caption;
        if (trend.meaningfulChange() != null) {
            BigDecimal line = trend.meaningfulChange().line();
            chart.level(text("report.chart.pain.line", line.toPlainString()), line.doubleValue(), LINE);
            caption = trend.firstMeaningfulWeek() == null
                    ? text(
                            "report.chart.pain.caption.notYet",
                            trend.baseline().week(),
                            trend.baseline().pain().toPlainString(),
                            line.toPlainString())
                    : text(
                            "report.chart.pain.caption.reached",
                            trend.baseline().week(),
                            trend.baseline().pain().toPlainString(),
                            line.toPlainString(),
                            trend.firstMeaningfulWeek());
        } else {
            caption = text("report.chart.pain.caption.noLine");
        }
        return Optional.of(new Chart(text("report.chart.pain.title"), caption, chart.svg()));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.ENGLISH);
    }
}
