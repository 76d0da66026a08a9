package dev.reload.report;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import dev.reload.knee.Activity;
import dev.reload.knee.VolumeUnit;
import dev.reload.progress.Progress;
import dev.reload.progress.Progress.AdherenceWeek;
import dev.reload.progress.Progress.Change;
import dev.reload.progress.Progress.PainDay;
import dev.reload.progress.Progress.RatioDay;
import dev.reload.progress.Progress.StrengthLine;
import dev.reload.progress.Progress.StrengthPoint;
import dev.reload.report.ClinicianReport.Chart;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report's charts from progress read models made by hand: what each sentence says at its
 * edges, and which charts are left out while they have nothing to show.
 */
class ReportChartsTests {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    private final ReportCharts charts = new ReportCharts(messages());

    @Test
    void bodyWeightStrengthAloneIsMeasuredOnTheLeftAndItsStepsAreCountedAndNamed() {
        StrengthLine clamshell = new StrengthLine(
                "CLAMSHELL",
                "Clamshell",
                List.of(
                        point(MONDAY, 10, null),
                        point(MONDAY.plusDays(2), 12, Change.PROGRESSION),
                        point(MONDAY.plusDays(4), 10, Change.REGRESSION)));

        Chart chart = charts.strength(progress(List.of(), List.of(), List.of(clamshell), List.of()))
                .orElseThrow();

        assertThat(chart.caption())
                .startsWith("2 Mar to 6 Mar, 3 days with strength work: each dashed line is the repetitions")
                .endsWith("Steps up: 1. Steps down: 1 (Clamshell on 6 Mar).");
        assertThat(chart.svg())
                .as("one axis, titled for repetitions, and no right axis")
                .contains(">Repetitions or seconds</text>")
                .doesNotContain(">Load (kg)</text>")
                .contains(">Clamshell (repetitions)</text>");
    }

    @Test
    void painBelowTheEdgeIsSaidSoAndTheRatioIsLeftOutWhileItWarmsUp() {
        List<PainDay> days =
                List.of(new PainDay(MONDAY, 3, 2, 3, null), new PainDay(MONDAY.plusDays(1), 0, null, null, 1));
        List<RatioDay> ratio = List.of(new RatioDay(MONDAY, null), new RatioDay(MONDAY.plusDays(1), null));

        Progress progress = progress(days, ratio, List.of(), List.of());

        assertThat(charts.painDays(progress).orElseThrow().caption())
                .startsWith("2 Mar to 3 Mar: dots are the worst pain during a session")
                .endsWith("Every pain reported was under 4.");
        assertThat(charts.ratio(progress)).isEmpty();
    }

    @Test
    void painAtTheEdgeIsCountedAndARatioAboveTheLinesToo() {
        List<PainDay> days = List.of(
                new PainDay(MONDAY, 3, 4, 5, 3),
                new PainDay(MONDAY.plusDays(1), 0, null, null, 2),
                new PainDay(MONDAY.plusDays(2), 3, 2, 2, 5));
        List<RatioDay> ratio = List.of(
                new RatioDay(MONDAY, 1.404),
                new RatioDay(MONDAY.plusDays(1), 1.5),
                new RatioDay(MONDAY.plusDays(2), 0.7));

        Progress progress = progress(days, ratio, List.of(), List.of());

        assertThat(charts.painDays(progress).orElseThrow().caption())
                .endsWith("Days with pain at the edge (4–5): 2; none reached 6.");
        assertThat(charts.ratio(progress).orElseThrow().caption())
                .endsWith("On 4 Mar it was 0.70. Days above 1.3: 2, of them at 1.5 or more: 1; days under 0.8: 1.");
    }

    @Test
    void adherenceIsLeftOutUntilSomethingIsDoneAndThenAddedUp() {
        List<AdherenceWeek> none = List.of(new AdherenceWeek(1, MONDAY, 3, 0, 2, 0));
        List<AdherenceWeek> some = List.of(
                new AdherenceWeek(1, MONDAY, 3, 2, 2, 1), new AdherenceWeek(2, MONDAY.plusWeeks(1), 3, 3, 2, 2));

        assertThat(charts.adherence(progress(List.of(), List.of(), List.of(), none)))
                .isEmpty();
        assertThat(charts.adherence(progress(List.of(), List.of(), List.of(), some))
                        .orElseThrow()
                        .caption())
                .startsWith("Plan weeks 1 to 2:")
                .endsWith("Done in these weeks: 5 of 6 sessions and 3 of 4 strength days.");
    }

    private static StrengthPoint point(LocalDate date, int reps, Change change) {
        return new StrengthPoint(date, "CLAMSHELL", "Clamshell", 0, 0, 3, reps, null, change);
    }

    private static Progress progress(
            List<PainDay> pain, List<RatioDay> ratio, List<StrengthLine> strength, List<AdherenceWeek> adherence) {
        return new Progress(
                Progress.State.READY,
                MONDAY.plusDays(6),
                new Progress.PlanFacts(Activity.RUN, VolumeUnit.KM, 20, 3, 10, MONDAY, 1, 1),
                new Progress.Lines(4, 6, 0.8, 1.3, 1.5),
                List.of(),
                List.of(),
                pain,
                ratio,
                strength,
                adherence);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "i18n/journey", "i18n/report");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
