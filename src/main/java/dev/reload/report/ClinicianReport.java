package dev.reload.report;

import java.time.LocalDate;
import java.util.List;

import dev.reload.advice.RecentFindings;
import dev.reload.knee.Phase;
import dev.reload.outcomes.OutcomeView;
import dev.reload.outcomes.PainTrend;
import dev.reload.outcomes.PainTrend.PainWeek;
import dev.reload.plan.PlanEntry;
import dev.reload.plan.PlanService.ScreeningView;
import dev.reload.progress.Progresses;

/**
 * What the report for a clinician holds, read once: the person, their plan and where they are in
 * it, the safety screens, what the adviser found in the last weeks, the pain trend and the knee
 * questionnaires, and the charts as SVG. Without a plan, {@code plan} and {@code findings} are null
 * and the report says so; the screens and questionnaires still stand.
 *
 * @param madeOn the person's today, the day the report is made
 * @param screenings every safety screen, newest first
 * @param painWeeks the pain trend's last {@value dev.reload.progress.Progresses#WEEKS_SHOWN} weeks, as
 *     the volume chart shows them (its baseline and line are those of the whole trend)
 * @param outcomes every questionnaire with its scores, oldest first
 */
record ClinicianReport(
        LocalDate madeOn,
        Person person,
        PlanPosition plan,
        List<ScreeningView> screenings,
        RecentFindings findings,
        PainTrend painTrend,
        List<PainWeek> painWeeks,
        List<OutcomeView> outcomes,
        List<Chart> charts) {

    ClinicianReport {
        screenings = List.copyOf(screenings);
        painWeeks = List.copyOf(painWeeks);
        outcomes = List.copyOf(outcomes);
        charts = List.copyOf(charts);
    }

    /** Weeks of findings the report holds. */
    static final int FINDING_WEEKS = 4;

    /** The last weeks of a series, at most as many as the progress page shows. */
    static <T> List<T> lastWeeks(List<T> weeks) {
        return weeks.subList(Math.max(0, weeks.size() - Progresses.WEEKS_SHOWN), weeks.size());
    }

    /** The person as the account and the plan know them; age only when they gave it (R8). */
    record Person(String name, String email, Integer age) {}

    /**
     * The active plan and the person's place in it.
     *
     * @param week the plan week holding {@code madeOn}, 1 for the first; 0 before the plan starts
     * @param phase the adviser's phase on {@code madeOn} (rules.md R4)
     */
    record PlanPosition(PlanEntry entry, int week, LocalDate weekStart, Phase phase) {}

    /**
     * A chart with its title and a sentence saying what it shows, for the report's readers who
     * cannot see it.
     */
    record Chart(String title, String caption, String svg) {}
}
