package dev.reload.advice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dev.reload.advice.engine.Advice;
import dev.reload.advice.engine.Finding;
import dev.reload.advice.engine.Response;
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
 * @param lastSession the most recent target-activity session of the plan on or before {@code date}
 *     (null: none logged yet)
 * @param nextSessionFinding the finding behind {@code advice.nextSession()} (R3.next-session), shown
 *     with the next session itself (null when there is no next session)
 * @param reviewFindings the decisions behind the dose in force (R3, R4, R7.nonresponse: from the day its
 *     plan week began) and today's strength decisions (R5)
 * @param otherFindings the rest of the day's findings
 * @param strengthItems the strength programme for today, one item per exercise
 * @param checkedInToday true when the morning check-in of {@code date} is logged
 * @param toRate the target activity's sessions in the plan that lack a pain score, oldest first:
 *     imported ones not rated yet, and those of the last 7 days logged without the pain after
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
        SessionView lastSession,
        Finding nextSessionFinding,
        List<Finding> reviewFindings,
        List<Finding> otherFindings,
        List<StrengthItem> strengthItems,
        boolean checkedInToday,
        List<SessionView> toRate) {

    /** What the most recent session of the plan waits for before R1 can judge it. */
    public enum Awaited {
        /** Imported without pain scores. */
        RATING,
        /** The worst pain in the hours after it. */
        PAIN_AFTER,
        /** The next morning's check-in. */
        MORNING,
        /** Both the pain after and the next morning. */
        PAIN_AFTER_AND_MORNING
    }

    /**
     * What the most recent session of the plan waits for (R1 PENDING), or null when it is judged
     * (or there is none). A rated session is PENDING only on its day and the day after, so its next
     * morning is tomorrow's check-in or today's.
     */
    public Awaited awaited() {
        if (lastSession == null || advice.lastSessionResponse() != Response.PENDING) {
            return null;
        }
        if (lastSession.painDuring() == null) {
            return Awaited.RATING;
        }
        boolean morning = lastSession.date().equals(date) || !checkedInToday;
        if (lastSession.painAfter() == null) {
            return morning ? Awaited.PAIN_AFTER_AND_MORNING : Awaited.PAIN_AFTER;
        }
        return Awaited.MORNING;
    }

    /**
     * One exercise to do today: the adviser's prescription for an exercise already logged, or the
     * library's default dose for one of the programme not yet started ({@code decision} null).
     * {@code painToday} is the pain during of the same exercise logged today (null: not yet done).
     */
    public record StrengthItem(
            String exercise,
            String name,
            int sets,
            int reps,
            BigDecimal loadKg,
            Integer holdSec,
            StrengthDecision decision,
            Integer painToday) {

        public boolean doneToday() {
            return painToday != null;
        }
    }
}
