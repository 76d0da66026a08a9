package dev.reload.progress;

import java.time.LocalDate;
import java.util.List;

import dev.reload.advice.PlanHistory.Light;
import dev.reload.knee.Activity;
import dev.reload.knee.Phase;
import dev.reload.knee.VolumeUnit;

/**
 * What the progress page draws (decision 0015): plain, aggregated series, each within its window.
 * Stable for other readers (the clinician's report draws the same charts).
 *
 * @param state      whether there is a plan and anything logged to draw
 * @param asOf       the person's today
 * @param plan       the plan's facts; null without a plan
 * @param lines      the rules' lines (pain zones, ratio flags); null without a plan
 * @param volume     the last {@value Progresses#WEEKS_SHOWN} plan weeks of the target activity
 * @param months     the whole plan month by month, when it is longer than the weeks shown (else empty)
 * @param pain       the last {@value Progresses#DAYS_SHOWN} days (from the plan's start or first session)
 * @param ratio      the acute:chronic ratio of the same days
 * @param strength   per exercise family, its entries of the last {@value Progresses#WEEKS_SHOWN} weeks
 * @param adherence  planned against done, per plan week, for the weeks of {@code volume}
 */
public record Progress(
        State state,
        LocalDate asOf,
        PlanFacts plan,
        Lines lines,
        List<VolumeWeek> volume,
        List<VolumeMonth> months,
        List<PainDay> pain,
        List<RatioDay> ratio,
        List<StrengthLine> strength,
        List<AdherenceWeek> adherence) {

    public Progress {
        volume = List.copyOf(volume);
        months = List.copyOf(months);
        pain = List.copyOf(pain);
        ratio = List.copyOf(ratio);
        strength = List.copyOf(strength);
        adherence = List.copyOf(adherence);
    }

    /** NO_PLAN: nothing to chart yet; NO_DATA: a plan, nothing logged in it yet; READY: charts. */
    public enum State {
        NO_PLAN,
        NO_DATA,
        READY
    }

    /**
     * The plan's facts the charts need: its target activity and unit, weekly goal, sessions a week,
     * step (percent), first day, the plan week holding {@code asOf} (0 before the start) and the
     * number of plan weeks so far.
     */
    public record PlanFacts(
            Activity activity,
            VolumeUnit unit,
            double weeklyGoal,
            int sessionsPerWeek,
            double stepPercent,
            LocalDate start,
            int currentWeek,
            int weeks) {}

    /**
     * The rules' lines: pain zones 0 to {@code amberPain − 1} fine, from {@code amberPain} at the edge,
     * from {@code redPain} too much (R1); ratio flags under {@code ratioUnder}, above
     * {@code ratioCaution}, from {@code ratioHigh} (R6.acwr).
     */
    public record Lines(int amberPain, int redPain, double ratioUnder, double ratioCaution, double ratioHigh) {}

    /**
     * One plan week of the target activity: the volume done, the dose in force (null: none to try),
     * the weekly goal, the guard band (last tolerated week's volume to that plus one step; nulls
     * before any), its phase, its light (null without a session) and whether it has ended.
     */
    public record VolumeWeek(
            int week,
            LocalDate start,
            Phase phase,
            double volume,
            Double dose,
            double goal,
            Double guardFrom,
            Double guardTo,
            Light light,
            boolean ended) {}

    /** One calendar month of the plan: the weeks that began in it, their volume and sessions, and how many were red. */
    public record VolumeMonth(LocalDate month, int weeks, double volume, int sessions, int redWeeks) {}

    /**
     * One day: the target activity's volume (0 on a rest day), the worst pain during and after its
     * sessions, and the next morning's pain (each null when not reported).
     */
    public record PainDay(
            LocalDate date, double volume, Integer painDuring, Integer painAfter, Integer nextMorningPain) {}

    /** One day's exponentially weighted acute:chronic ratio (null while warming up). */
    public record RatioDay(LocalDate date, Double ratio) {}

    /**
     * One exercise family (an exercise with its easier and harder variants, named after the
     * programme's member) and its entries, oldest first.
     */
    public record StrengthLine(String family, String name, List<StrengthPoint> points) {

        public StrengthLine {
            points = List.copyOf(points);
        }
    }

    /**
     * One day's entry of a family: the variant done, its level in the family (0 the easiest),
     * its load (kg, 0 for body weight), sets, reps, hold (s, or null), and whether it was a step
     * up or down from the family's previous entry (null: neither, or the first).
     */
    public record StrengthPoint(
            LocalDate date,
            String exercise,
            String exerciseName,
            int level,
            double loadKg,
            int sets,
            int reps,
            Integer holdSec,
            Change change) {}

    /** A step up (heavier, harder, or more reps at body weight) or down from the previous entry. */
    public enum Change {
        PROGRESSION,
        REGRESSION
    }

    /**
     * One plan week's adherence: target sessions planned and done, strength days planned (the
     * programme's lowest stated number a week; 1 in Maintain, R5.maintain) and done.
     */
    public record AdherenceWeek(
            int week, LocalDate start, int plannedSessions, int doneSessions, int plannedStrength, int doneStrength) {}
}
