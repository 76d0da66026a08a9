package dev.reload.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import dev.reload.advice.PlanHistory.Light;
import dev.reload.knee.Phase;
import dev.reload.outcomes.PainTrend;
import dev.reload.outcomes.PainTrend.PainWeek;
import dev.reload.progress.Progress;
import dev.reload.progress.Progress.VolumeWeek;
import dev.reload.report.ClinicianReport.Chart;

/**
 * The report's charts, each an {@link SvgChart} with a title and a sentence for those who cannot
 * see it. The words come from {@code i18n/report.properties}.
 */
@Component
class ReportCharts {

    static final String PAIN = "#b03a2e";
    static final String LINE = "#1f6f43";
    static final String DONE = "#2f5f8a";
    static final String DOSE = "#c77d16";
    static final String GUARD = "#d7e3ef";
    static final String GOAL = "#1f6f43";

    private final MessageSource messages;

    ReportCharts(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The weekly morning pain of {@code weeks} (the trend's last ones) with the trend's
     * meaningful-change line; empty while none of them has a mean.
     */
    Optional<Chart> painTrend(PainTrend trend, List<PainWeek> weeks) {
        if (weeks.stream().allMatch(w -> w.pain() == null)) {
            return Optional.empty();
        }
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

    /**
     * The weekly volume of the target activity per plan week (the progress read model's weeks):
     * done as bars over the guard band, the dose in force as a line, the goal as a level, the
     * phases as bands; the red weeks named in the sentence. Empty until something is logged.
     */
    Optional<Chart> volume(Progress progress) {
        if (progress.state() != Progress.State.READY || progress.volume().isEmpty()) {
            return Optional.empty();
        }
        List<VolumeWeek> weeks = progress.volume();
        String unit = text("unit." + progress.plan().unit());
        SvgChart chart = new SvgChart(
                        weeks.stream()
                                .map(w -> text("report.chart.week", w.week()))
                                .toList(),
                        text("report.chart.volume.axis", unit))
                .range(
                        text("report.chart.volume.guard"),
                        weeks.stream().map(VolumeWeek::guardFrom).toList(),
                        weeks.stream().map(VolumeWeek::guardTo).toList(),
                        GUARD)
                .bars(
                        text("report.chart.volume.done"),
                        weeks.stream().map(w -> w.volume()).toList(),
                        DONE)
                .line(
                        text("report.chart.volume.dose"),
                        weeks.stream().map(VolumeWeek::dose).toList(),
                        DOSE)
                .level(
                        text("report.chart.volume.goal", number(progress.plan().weeklyGoal()), unit),
                        progress.plan().weeklyGoal(),
                        GOAL);
        int from = 0;
        for (int i = 1; i <= weeks.size(); i++) {
            if (i == weeks.size() || weeks.get(i).phase() != weeks.get(from).phase()) {
                Phase phase = weeks.get(from).phase();
                if (phase != null) {
                    chart.band(from, i - 1, text("report.chart.phase." + phase), PHASE_FILLS[phase.ordinal()]);
                }
                from = i;
            }
        }
        List<String> red = new ArrayList<>();
        weeks.stream().filter(w -> w.light() == Light.RED).forEach(w -> red.add(String.valueOf(w.week())));
        String caption = text(
                        "report.chart.volume.caption",
                        weeks.get(0).week(),
                        weeks.get(weeks.size() - 1).week())
                + " "
                + (red.isEmpty()
                        ? text("report.chart.volume.noRed")
                        : text("report.chart.volume.red", String.join(", ", red)));
        return Optional.of(new Chart(text("report.chart.volume.title"), caption, chart.svg()));
    }

    /** The phases' shades, by {@link Phase#ordinal()}: light enough for the bars to read over them. */
    private static final String[] PHASE_FILLS = {"#f6f1e4", "#e9f3ea", "#eceaf4"};

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.ENGLISH);
    }
}
