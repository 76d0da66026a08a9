package dev.reload.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import dev.reload.advice.PlanHistory.Light;
import dev.reload.knee.Phase;
import dev.reload.outcomes.PainTrend;
import dev.reload.outcomes.PainTrend.PainWeek;
import dev.reload.progress.Progress;
import dev.reload.progress.Progress.AdherenceWeek;
import dev.reload.progress.Progress.Change;
import dev.reload.progress.Progress.Lines;
import dev.reload.progress.Progress.PainDay;
import dev.reload.progress.Progress.RatioDay;
import dev.reload.progress.Progress.StrengthLine;
import dev.reload.progress.Progress.StrengthPoint;
import dev.reload.progress.Progress.VolumeWeek;
import dev.reload.progress.ProgressCharts;
import dev.reload.report.ClinicianReport.Chart;
import dev.reload.report.SvgChart.Axis;
import dev.reload.report.SvgChart.Marker;

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
    static final String DURING = "#1b2421";
    static final String AFTER = "#1d4ed8";
    static final String MORNING = "#6b21a8";
    static final String DAY_VOLUME = "#a9cbbd";
    static final String EDGE_ZONE = "#fbefd9";
    static final String RED_ZONE = "#f6dcdc";
    static final String UNDER = "#1d4ed8";
    static final String CAUTION = "#b36b00";
    static final String HIGH = "#a11d1d";
    static final String STRENGTH_DAYS = "#8e6bbf";
    static final String PLANNED = "#0b2e4f";
    static final String PLANNED_STRENGTH = "#3b0f63";
    /** The strength lines' colours, one per exercise family, cycled. */
    private static final String[] FAMILIES = {"#1f6f43", "#1d4ed8", "#b36b00", "#6b21a8", "#334155", "#a11d1d"};

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

    /**
     * Pain during, after and next morning, day by day, as markers over R1's zones, with the day's
     * volume of the target activity as bars on a second axis; the sentence names the worst days.
     * Empty while nothing of the days is logged.
     */
    Optional<Chart> painDays(Progress progress) {
        List<PainDay> days = progress.pain();
        if (progress.state() != Progress.State.READY
                || days.stream()
                        .noneMatch(d -> d.volume() > 0
                                || d.painDuring() != null
                                || d.painAfter() != null
                                || d.nextMorningPain() != null)) {
            return Optional.empty();
        }
        Lines lines = progress.lines();
        String unit = text("unit." + progress.plan().unit());
        int edge = lines.amberPain();
        int red = lines.redPain();
        SvgChart chart = new SvgChart(
                        days.stream().map(d -> day(d.date())).toList(), text("report.chart.painDays.axis"))
                .axisAtLeast(10)
                .rightAxis(text("report.chart.painDays.rightAxis", unit))
                .zone(text("report.chart.painDays.edge", edge, red - 1), edge - 0.5, red - 0.5, EDGE_ZONE)
                .zone(text("report.chart.painDays.red", red), red - 0.5, 10, RED_ZONE)
                .barsOnRight(
                        text("report.chart.painDays.volume", unit),
                        days.stream().map(PainDay::volume).toList(),
                        DAY_VOLUME)
                .points(
                        text("report.chart.painDays.during"),
                        days.stream().map(d -> value(d.painDuring())).toList(),
                        DURING,
                        Marker.CIRCLE,
                        -0.3)
                .points(
                        text("report.chart.painDays.after"),
                        days.stream().map(d -> value(d.painAfter())).toList(),
                        AFTER,
                        Marker.UP,
                        0)
                .points(
                        text("report.chart.painDays.morning"),
                        days.stream().map(d -> value(d.nextMorningPain())).toList(),
                        MORNING,
                        Marker.DIAMOND,
                        0.3);
        int worst = -1;
        LocalDate worstDay = null;
        int redDays = 0;
        int edgeDays = 0;
        for (PainDay d : days) {
            int most = worstPain(d);
            if (most > worst) {
                worst = most;
                worstDay = d.date();
            }
            if (most >= red) {
                redDays++;
            } else if (most >= edge) {
                edgeDays++;
            }
        }
        String caption = text(
                        "report.chart.painDays.caption",
                        day(days.get(0).date()),
                        day(days.get(days.size() - 1).date()),
                        unit)
                + " "
                + (worst < 0
                        ? text("report.chart.painDays.none")
                        : worst >= red
                                ? text("report.chart.painDays.reachedRed", red, redDays, worst, day(worstDay))
                                : worst >= edge
                                        ? text("report.chart.painDays.reachedEdge", edge, red - 1, edgeDays, red)
                                        : text("report.chart.painDays.calm", edge));
        return Optional.of(new Chart(text("report.chart.painDays.title"), caption, chart.svg()));
    }

    /**
     * The acute:chronic ratio day by day (two decimals, as the progress page writes it) with
     * R6.acwr's lines; the sentence gives the last ratio and the days above the lines. Empty
     * while the ratio is still warming up on every day shown.
     */
    Optional<Chart> ratio(Progress progress) {
        List<RatioDay> days = progress.ratio();
        if (progress.state() != Progress.State.READY || days.stream().allMatch(d -> d.ratio() == null)) {
            return Optional.empty();
        }
        Lines lines = progress.lines();
        List<Double> ratios = days.stream()
                .map(d -> d.ratio() == null ? null : ProgressCharts.round2(d.ratio()))
                .toList();
        SvgChart chart = new SvgChart(days.stream().map(d -> day(d.date())).toList(), text("report.chart.ratio.axis"))
                .axisAtLeast(1.8)
                .line(text("report.chart.ratio.series"), ratios, DURING)
                .level(text("report.chart.ratio.under", number(lines.ratioUnder())), lines.ratioUnder(), UNDER)
                .level(text("report.chart.ratio.caution", number(lines.ratioCaution())), lines.ratioCaution(), CAUTION)
                .level(text("report.chart.ratio.high", number(lines.ratioHigh())), lines.ratioHigh(), HIGH);
        int last = ratios.size() - 1;
        while (ratios.get(last) == null) {
            last--;
        }
        long above = ratios.stream()
                .filter(Objects::nonNull)
                .filter(r -> r > lines.ratioCaution())
                .count();
        long high = ratios.stream()
                .filter(Objects::nonNull)
                .filter(r -> r >= lines.ratioHigh())
                .count();
        long under = ratios.stream()
                .filter(Objects::nonNull)
                .filter(r -> r < lines.ratioUnder())
                .count();
        String caption = text(
                "report.chart.ratio.caption",
                day(days.get(0).date()),
                day(days.get(days.size() - 1).date()),
                number(lines.ratioUnder()),
                number(lines.ratioCaution()),
                number(lines.ratioHigh()),
                day(days.get(last).date()),
                String.format(Locale.ROOT, "%.2f", ratios.get(last)),
                above,
                high,
                under);
        return Optional.of(new Chart(text("report.chart.ratio.title"), caption, chart.svg()));
    }

    /**
     * Each exercise family over the strength days shown: loads in kg on the left (solid), the
     * repetitions or seconds of a body-weight family on the right (dashed; on the left when no family
     * lifts a load), a triangle up or down where it stepped up or down; the sentence counts the steps
     * and names the steps down. Empty without strength work in the weeks shown.
     */
    Optional<Chart> strength(Progress progress) {
        List<StrengthLine> families = progress.strength();
        if (progress.state() != Progress.State.READY || families.isEmpty()) {
            return Optional.empty();
        }
        TreeSet<LocalDate> dates = new TreeSet<>();
        families.forEach(f -> f.points().forEach(p -> dates.add(p.date())));
        List<LocalDate> order = new ArrayList<>(dates);
        boolean anyLoad = families.stream().anyMatch(ReportCharts::weighted);
        SvgChart chart = new SvgChart(
                order.stream().map(ReportCharts::day).toList(),
                text(anyLoad ? "report.chart.strength.kg" : "report.chart.strength.count"));
        if (anyLoad && !families.stream().allMatch(ReportCharts::weighted)) {
            chart.rightAxis(text("report.chart.strength.count"));
        }
        int ups = 0;
        List<String> downs = new ArrayList<>();
        for (int f = 0; f < families.size(); f++) {
            StrengthLine family = families.get(f);
            boolean weighted = weighted(family);
            boolean held = family.points().stream().allMatch(p -> p.holdSec() != null);
            List<Double> values = new ArrayList<>();
            List<Marker> markers = new ArrayList<>();
            int next = 0;
            for (LocalDate date : order) {
                StrengthPoint point =
                        next < family.points().size() ? family.points().get(next) : null;
                if (point == null || !point.date().equals(date)) {
                    values.add(null);
                    markers.add(null);
                    continue;
                }
                next++;
                values.add(weighted ? point.loadKg() : held ? point.holdSec() : (double) point.reps());
                markers.add(
                        point.change() == Change.PROGRESSION
                                ? Marker.UP
                                : point.change() == Change.REGRESSION ? Marker.DOWN : Marker.CIRCLE);
                if (point.change() == Change.PROGRESSION) {
                    ups++;
                } else if (point.change() == Change.REGRESSION) {
                    downs.add(text("report.chart.strength.downOn", family.name(), day(point.date())));
                }
            }
            String measure = weighted ? "kg" : held ? "seconds" : "reps";
            chart.joined(
                    text("report.chart.strength.series." + measure, family.name()),
                    values,
                    FAMILIES[f % FAMILIES.length],
                    markers,
                    anyLoad && !weighted ? Axis.RIGHT : Axis.LEFT,
                    !weighted);
        }
        String caption = text(
                        !anyLoad
                                ? "report.chart.strength.caption.bodyWeight"
                                : families.stream().allMatch(ReportCharts::weighted)
                                        ? "report.chart.strength.caption.kg"
                                        : "report.chart.strength.caption",
                        day(order.get(0)),
                        day(order.get(order.size() - 1)),
                        order.size())
                + " "
                + text("report.chart.strength.ups", ups)
                + " "
                + (downs.isEmpty()
                        ? text("report.chart.strength.noDown")
                        : text("report.chart.strength.downs", downs.size(), String.join("; ", downs)));
        return Optional.of(new Chart(text("report.chart.strength.title"), caption, chart.svg()));
    }

    /**
     * Sessions of the target activity and strength days done per plan week as bars, what the plan
     * asked for as a dashed mark over each bar; the sentence adds them up over the weeks shown. Empty until a
     * session or a strength day is logged in them.
     */
    Optional<Chart> adherence(Progress progress) {
        List<AdherenceWeek> weeks = progress.adherence();
        if (progress.state() != Progress.State.READY
                || weeks.stream().allMatch(w -> w.doneSessions() == 0 && w.doneStrength() == 0)) {
            return Optional.empty();
        }
        SvgChart chart = new SvgChart(
                        weeks.stream()
                                .map(w -> text("report.chart.week", w.week()))
                                .toList(),
                        text("report.chart.adherence.axis"))
                .bars(
                        text("report.chart.adherence.sessions"),
                        weeks.stream().map(w -> (double) w.doneSessions()).toList(),
                        DONE)
                .bars(
                        text("report.chart.adherence.strength"),
                        weeks.stream().map(w -> (double) w.doneStrength()).toList(),
                        STRENGTH_DAYS)
                .targets(
                        text("report.chart.adherence.plannedSessions"),
                        weeks.stream().map(w -> (double) w.plannedSessions()).toList(),
                        PLANNED,
                        0)
                .targets(
                        text("report.chart.adherence.plannedStrength"),
                        weeks.stream().map(w -> (double) w.plannedStrength()).toList(),
                        PLANNED_STRENGTH,
                        1);
        String caption = text(
                "report.chart.adherence.caption",
                weeks.get(0).week(),
                weeks.get(weeks.size() - 1).week(),
                weeks.stream().mapToInt(AdherenceWeek::doneSessions).sum(),
                weeks.stream().mapToInt(AdherenceWeek::plannedSessions).sum(),
                weeks.stream().mapToInt(AdherenceWeek::doneStrength).sum(),
                weeks.stream().mapToInt(AdherenceWeek::plannedStrength).sum());
        return Optional.of(new Chart(text("report.chart.adherence.title"), caption, chart.svg()));
    }

    private static boolean weighted(StrengthLine family) {
        return family.points().stream().anyMatch(p -> p.loadKg() > 0);
    }

    /** The worst pain of a day (during, after or next morning); -1 when none was reported. */
    private static int worstPain(PainDay day) {
        int worst = -1;
        for (Integer pain : new Integer[] {day.painDuring(), day.painAfter(), day.nextMorningPain()}) {
            if (pain != null && pain > worst) {
                worst = pain;
            }
        }
        return worst;
    }

    private static Double value(Integer pain) {
        return pain == null ? null : pain.doubleValue();
    }

    private static String day(LocalDate date) {
        return date.format(ProgressCharts.DAY);
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
