package dev.reload.progress;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@code static/js/progress-charts.js} draws, as the JSON of each canvas's {@code data-chart}
 * attribute: one object per chart, its labels and its numbers exactly as the table beside it
 * shows them (nulls where nothing was reported).
 */
@Component
public class ProgressCharts {

    /** How the charts and the tables write a day: "2 Mar". */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    /** How they write a month: "Mar 2026". */
    public static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    private final JsonMapper json;
    private final MessageSource messages;

    ProgressCharts(JsonMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    /** The JSON of every chart of {@code progress}, by name (volume, pain, ratio, strength, adherence, months). */
    public Map<String, String> all(Progress progress) {
        Map<String, String> charts = new LinkedHashMap<>();
        charts.put("volume", volume(progress));
        charts.put("pain", pain(progress));
        charts.put("ratio", ratio(progress));
        charts.put("strength", strength(progress));
        charts.put("adherence", adherence(progress));
        charts.put("months", months(progress));
        return charts;
    }

    /** The plan weeks: volume, dose, goal, guard band, phase (its name) and light of each. */
    public String volume(Progress progress) {
        Map<String, Object> chart = chart("volume");
        chart.put("labels", map(progress.volume(), w -> message("progress.weekLabel", w.week())));
        chart.put("volume", map(progress.volume(), Progress.VolumeWeek::volume));
        chart.put("dose", map(progress.volume(), Progress.VolumeWeek::dose));
        chart.put("goal", progress.plan() == null ? null : progress.plan().weeklyGoal());
        chart.put("guardFrom", map(progress.volume(), Progress.VolumeWeek::guardFrom));
        chart.put("guardTo", map(progress.volume(), Progress.VolumeWeek::guardTo));
        chart.put("phases", map(progress.volume(), w -> w.phase().name()));
        chart.put(
                "phaseNames",
                map(progress.volume(), w -> message("phase." + w.phase().name().toLowerCase(Locale.ROOT))));
        chart.put(
                "lights",
                map(progress.volume(), w -> w.light() == null ? null : w.light().name()));
        return json.writeValueAsString(chart);
    }

    /** The days: the target activity's volume and the pains (during, after, next morning), with R1's zones. */
    public String pain(Progress progress) {
        Map<String, Object> chart = chart("pain");
        chart.put("labels", map(progress.pain(), d -> d.date().format(DAY)));
        chart.put("volume", map(progress.pain(), Progress.PainDay::volume));
        chart.put("during", map(progress.pain(), Progress.PainDay::painDuring));
        chart.put("after", map(progress.pain(), Progress.PainDay::painAfter));
        chart.put("morning", map(progress.pain(), Progress.PainDay::nextMorningPain));
        chart.put(
                "amberPain", progress.lines() == null ? null : progress.lines().amberPain());
        chart.put("redPain", progress.lines() == null ? null : progress.lines().redPain());
        return json.writeValueAsString(chart);
    }

    /** The days' acute:chronic ratios (2 decimals), with R6.acwr's lines. */
    public String ratio(Progress progress) {
        Map<String, Object> chart = chart("ratio");
        chart.put("labels", map(progress.ratio(), d -> d.date().format(DAY)));
        chart.put("ratio", map(progress.ratio(), d -> d.ratio() == null ? null : round2(d.ratio())));
        if (progress.lines() != null) {
            chart.put("under", progress.lines().ratioUnder());
            chart.put("caution", progress.lines().ratioCaution());
            chart.put("high", progress.lines().ratioHigh());
        }
        return json.writeValueAsString(chart);
    }

    /**
     * The strength days (every day any family was done, in order) and per family its loads on them
     * (null on days it was not done), its repetitions or hold seconds, what it is measured in (kg
     * when any load was lifted; else seconds when every entry is a hold, else reps: a body-weight
     * exercise is drawn by its repetitions), the variant done and the change (PROGRESSION, REGRESSION).
     */
    public String strength(Progress progress) {
        TreeSet<LocalDate> days = new TreeSet<>();
        progress.strength().forEach(l -> l.points().forEach(p -> days.add(p.date())));
        List<LocalDate> order = new ArrayList<>(days);
        List<Map<String, Object>> series = new ArrayList<>();
        for (Progress.StrengthLine line : progress.strength()) {
            List<Double> load = new ArrayList<>();
            List<Integer> count = new ArrayList<>();
            List<String> change = new ArrayList<>();
            List<String> variant = new ArrayList<>();
            int i = 0;
            for (LocalDate day : order) {
                Progress.StrengthPoint point =
                        i < line.points().size() ? line.points().get(i) : null;
                if (point != null && point.date().equals(day)) {
                    load.add(point.loadKg());
                    count.add(point.holdSec() != null ? point.holdSec() : point.reps());
                    change.add(point.change() == null ? null : point.change().name());
                    variant.add(point.exerciseName());
                    i++;
                } else {
                    load.add(null);
                    count.add(null);
                    change.add(null);
                    variant.add(null);
                }
            }
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("family", line.family());
            one.put("label", line.name());
            boolean weighted = line.points().stream().anyMatch(p -> p.loadKg() > 0);
            boolean held = line.points().stream().allMatch(p -> p.holdSec() != null);
            one.put("measure", weighted ? "kg" : held ? "seconds" : "reps");
            one.put("load", load);
            one.put("count", count);
            one.put("change", change);
            one.put("variant", variant);
            series.add(one);
        }
        Map<String, Object> chart = chart("strength");
        chart.put("labels", map(order, d -> d.format(DAY)));
        chart.put("series", series);
        return json.writeValueAsString(chart);
    }

    /** The plan weeks' sessions and strength days, planned and done. */
    public String adherence(Progress progress) {
        Map<String, Object> chart = chart("adherence");
        chart.put("labels", map(progress.adherence(), w -> message("progress.weekLabel", w.week())));
        chart.put("plannedSessions", map(progress.adherence(), Progress.AdherenceWeek::plannedSessions));
        chart.put("doneSessions", map(progress.adherence(), Progress.AdherenceWeek::doneSessions));
        chart.put("plannedStrength", map(progress.adherence(), Progress.AdherenceWeek::plannedStrength));
        chart.put("doneStrength", map(progress.adherence(), Progress.AdherenceWeek::doneStrength));
        return json.writeValueAsString(chart);
    }

    /** The whole plan by month (empty for a plan shorter than the weeks shown). */
    public String months(Progress progress) {
        Map<String, Object> chart = chart("months");
        chart.put("labels", map(progress.months(), m -> m.month().format(MONTH)));
        chart.put("volume", map(progress.months(), m -> round2(m.volume())));
        chart.put("redWeeks", map(progress.months(), Progress.VolumeMonth::redWeeks));
        return json.writeValueAsString(chart);
    }

    /** Two decimals, as the tables write a ratio or a month's volume. */
    public static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static Map<String, Object> chart(String kind) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("kind", kind);
        return chart;
    }

    private static <T, R> List<R> map(List<T> items, Function<T, R> f) {
        List<R> result = new ArrayList<>(items.size());
        for (T item : items) {
            result.add(f.apply(item));
        }
        return result;
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
