package dev.reload.outcomes;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@code static/js/outcomes-chart.js} draws, as the JSON of a canvas's {@code data-chart}
 * attribute: the pain trend and the scores over time. The template fragments of
 * {@code outcomes/fragments.html} put them beside a table with the same numbers; any page that
 * shows those fragments (the outcomes page, the progress page) gets its chart data here.
 */
@Component
public class OutcomeCharts {

    /** How the charts and the tables write a day: "2 Mar 2026". */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final JsonMapper json;
    private final MessageSource messages;

    OutcomeCharts(JsonMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    /**
     * The weeks' labels ("Week 3"), their mean pains (null where a week has too few mornings), the
     * meaningful-change line and the baseline (each null when there is none).
     */
    public String painTrend(PainTrend trend) {
        List<String> labels = new ArrayList<>();
        List<BigDecimal> pain = new ArrayList<>();
        for (PainTrend.PainWeek week : trend.weeks()) {
            labels.add(message("outcomes.trend.weekLabel", week.week()));
            pain.add(week.pain());
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("kind", "pain-trend");
        chart.put("labels", labels);
        chart.put("pain", pain);
        chart.put(
                "line",
                trend.meaningfulChange() == null
                        ? null
                        : trend.meaningfulChange().line());
        chart.put("baseline", trend.baseline() == null ? null : trend.baseline().pain());
        return json.writeValueAsString(chart);
    }

    /**
     * The questionnaires' days and, per subscale ever taken, its name and its scores (null where it
     * was not taken or not valid), oldest first.
     */
    public String scores(List<OutcomeView> outcomes) {
        List<String> labels = outcomes.stream().map(o -> o.date().format(DAY)).toList();
        List<Map<String, Object>> series = new ArrayList<>();
        for (KoosSubscale subscale : taken(outcomes)) {
            List<BigDecimal> scores = outcomes.stream()
                    .map(o -> o.score(subscale).map(SubscaleScore::score).orElse(null))
                    .toList();
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("subscale", subscale.name());
            one.put("label", message("outcomes.subscale." + subscale.name()));
            one.put("scores", scores);
            series.add(one);
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("kind", "scores");
        chart.put("labels", labels);
        chart.put("series", series);
        return json.writeValueAsString(chart);
    }

    /** The subscales taken in any of the questionnaires, in the order of the forms. */
    public static List<KoosSubscale> taken(List<OutcomeView> outcomes) {
        return java.util.Arrays.stream(KoosSubscale.values())
                .filter(s -> outcomes.stream().anyMatch(o -> o.subscales().contains(s)))
                .toList();
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
