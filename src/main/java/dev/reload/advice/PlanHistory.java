package dev.reload.advice;

import java.time.LocalDate;
import java.util.List;

import dev.reload.knee.Activity;
import dev.reload.knee.Phase;
import dev.reload.knee.Programme;
import dev.reload.knee.VolumeUnit;
import dev.reload.log.StrengthView;

/**
 * A plan's course up to a day, as the adviser walks it (rules.md R1, R3, R4, R6): every plan week
 * with its dose, phase and light, every day of the target activity with its load and pain, and the
 * strength log. Read from one read of the plan and the log ({@link PlanHistoryService}).
 *
 * @param asOf             the day it is computed for
 * @param planStart        the plan's first day
 * @param activity         the plan's target activity
 * @param unit             the unit of its volumes
 * @param weeklyGoal       the plan's weekly goal volume
 * @param sessionsPerWeek  the target sessions the plan asks for a week
 * @param stepPercent      the plan's weekly step (R3.progress)
 * @param programme        the strength programme of the plan's condition (R5)
 * @param weeks            every plan week from the first to the one holding {@code asOf}, in order
 * @param days             every day from the first target session (or the plan's start, if earlier)
 *                         to {@code asOf}, in order; empty before either
 * @param strength         the strength log, oldest first
 * @param lines            the rules' lines a chart draws (R1's pain zones, R6.acwr's flags)
 */
public record PlanHistory(
        LocalDate asOf,
        LocalDate planStart,
        Activity activity,
        VolumeUnit unit,
        double weeklyGoal,
        int sessionsPerWeek,
        double stepPercent,
        Programme programme,
        List<Week> weeks,
        List<Day> days,
        List<StrengthView> strength,
        Lines lines) {

    public PlanHistory {
        weeks = List.copyOf(weeks);
        days = List.copyOf(days);
        strength = List.copyOf(strength);
    }

    /**
     * The lines of the rules: pain from {@code amberPain} is at the edge and from {@code redPain} too
     * much (R1, R2); an acute:chronic ratio below {@code ratioUnder} is under-loaded, above
     * {@code ratioCaution} a caution and from {@code ratioHigh} high (R6.acwr, flags not verdicts).
     */
    public record Lines(int amberPain, int redPain, double ratioUnder, double ratioCaution, double ratioHigh) {}

    /** The light words of R1: GREEN tolerated, AMBER at the edge, RED too much. */
    public enum Light {
        GREEN,
        AMBER,
        RED
    }

    /**
     * One plan week (see the engine's {@code PlanWeek}): the dose in force (null when there was none
     * to try), what was done, the R1 classes of its sessions and its light (null without a
     * session), the guard band from the last all-GREEN week's volume to that plus one step (nulls
     * before any), the strength days, and whether it has ended.
     */
    public record Week(
            int week,
            LocalDate start,
            Phase phase,
            Double dose,
            String decision,
            double volume,
            int sessions,
            int green,
            int amber,
            int red,
            int pending,
            Light light,
            Double guardFrom,
            Double guardTo,
            int strengthDays,
            boolean ended) {}

    /**
     * One day of the target activity: its volume, its load (R6: minutes × RPE where both are known,
     * else the volume; 0 on a rest day), the worst pain during and after its sessions (null without
     * a rated session), the next morning's pain (null when not reported), and the exponentially
     * weighted acute:chronic ratio of R6.acwr (null while warming up or when the chronic load is 0).
     */
    public record Day(
            LocalDate date,
            double volume,
            double load,
            int sessions,
            Integer painDuring,
            Integer painAfter,
            Integer nextMorningPain,
            Double acuteChronicRatio) {}
}
