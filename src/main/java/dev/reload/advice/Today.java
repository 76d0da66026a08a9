package dev.reload.advice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dev.reload.advice.engine.Advice;
import dev.reload.advice.engine.Finding;
import dev.reload.advice.engine.StrengthDecision;
import dev.reload.advice.engine.WeeklyDose;
import dev.reload.log.SessionView;
import dev.reload.plan.PlanEntry;

/**
 * What the Today page shows for one account on one day, computed from one read of its plan and
 * log.
 *
 * @param date the day
 * @param plan the active plan as stored
 * @param planWeek the plan week {@code date} falls in (1 for the first; 0 before the plan starts)
 * @param reviewDay true on the first day of each plan week after the first: the weekly review
 * @param nextReview the first day of the next plan week
 * @param advice the advice on {@code date}: light, phase, findings, strength, escalation
 * @param dose the dose in force: the one decided when the plan week began (null: no impact dose)
 * @param doneSoFar the target activity's volume logged this plan week so far, in the plan's unit
 *     (null before the plan starts)
 * @param reviewFindings the week's decisions and escalation checks (R3, R4, R5, R7.nonresponse)
 * @param otherFindings the rest of the day's findings
 * @param strengthItems the strength programme for today, one item per exercise
 * @param checkedInToday true when the morning check-in of {@code date} is logged
 * @param unrated the target activity's sessions in the plan without pain scores, oldest first
 */
public record Today(
        LocalDate date,
        PlanEntry plan,
        int planWeek,
        boolean reviewDay,
        LocalDate nextReview,
        Advice advice,
        WeeklyDose dose,
        Double doneSoFar,
        List<Finding> reviewFindings,
        List<Finding> otherFindings,
        List<StrengthItem> strengthItems,
        boolean checkedInToday,
        List<SessionView> unrated) {

    /**
     * One exercise to do today: the adviser's prescription for an exercise already logged, or the
     * library's default dose for one of the programme not yet started ({@code decision} null).
     */
    public record StrengthItem(
            String exercise,
            String name,
            int sets,
            int reps,
            BigDecimal loadKg,
            Integer holdSec,
            StrengthDecision decision) {}
}
