package dev.reload.advice.engine;

import dev.reload.knee.Phase;
import dev.reload.knee.Severity;
import dev.reload.knee.VolumeUnit;

/**
 * R3.next-session — the dose of the next target-activity session on or after {@code asOf}, in every
 * phase. The week's dose is the one in force for the plan week holding {@code asOf}; its
 * per-session share is that dose ÷ sessions per week, rounded down to the grain (at least one
 * grain). Over this plan week's target sessions dated on or before {@code asOf}, the first that
 * applies: REST (the most recent is RED, no morning since back at its baseline), CROSS_TRAIN (Settle
 * with no dose to try), DONE (dose reached, planned sessions done, or under one grain left),
 * BACK_OFF (a RED one this week, a morning since back at its baseline: at most 80 % of it and the
 * share), HOLD (the most recent is AMBER, or still PENDING: the smaller of the share and its
 * volume), TRY (the share). None prescribes more than what is left of the week's dose. None at all
 * when escalation is URGENT or R7.bone-stress applies; the end-of-week decisions are unchanged.
 */
final class NextSessionRule implements AdviceRule {

    static final String ID = "R3.next-session";
    static final double BACK_OFF_SHARE = 0.80;
    private static final double EPSILON = 1e-9;

    @Override
    public void apply(Situation s, AdviceDraft draft) {
        if (draft.escalation == Escalation.URGENT || draft.noImpactDose) {
            draft.nextSession = null;
            return;
        }
        NextSession next = next(s);
        draft.nextSession = next;
        boolean lastPending = AdviceEngine.lastSessionResponse(s.log()) == Response.PENDING;
        draft.add(new Finding(ID, severity(next.decision()), message(next, lastPending), source(next.decision())));
    }

    static NextSession next(Situation s) {
        Plan plan = s.plan();
        VolumeUnit unit = plan.unit();
        LogIndex log = s.log();
        WeeklyReview.Result review = s.review();
        double weekDose = review.inForce().volume();
        Phase phase = review.inForce().phase();
        long weekStart = plan.startDate().toEpochDay() + 7L * (review.currentWeek() - 1);

        int from = LogIndex.lowerBound(log.targetDay, weekStart);
        int count = Math.max(0, log.targets - from);
        double done = 0;
        int lastRed = LogIndex.NONE;
        for (int i = from; i < log.targets; i++) {
            done += log.targetVolume[i];
            if (TwentyFourHourResponse.classify(log, i, log.asOf) == Response.RED) {
                lastRed = i;
            }
        }
        double grain = unit.grain();
        double share = Math.max(unit.roundDown(weekDose / plan.sessionsPerWeek()), grain);
        double left = unit.roundDown(weekDose - done);
        int last = count > 0 ? log.targets - 1 : LogIndex.NONE;
        Response lastResponse = last == LogIndex.NONE ? null : TwentyFourHourResponse.classify(log, last, log.asOf);

        SessionDecision decision;
        Double volume = null;
        if (lastResponse == Response.RED && !backAtBaselineSince(log, last)) {
            decision = SessionDecision.REST;
        } else if (phase == Phase.SETTLE && weekDose <= 0) {
            decision = SessionDecision.CROSS_TRAIN;
        } else if (done >= weekDose - EPSILON || count >= plan.sessionsPerWeek() || left < grain - EPSILON) {
            decision = SessionDecision.DONE;
        } else if (lastRed != LogIndex.NONE && backAtBaselineSince(log, lastRed)) {
            decision = SessionDecision.BACK_OFF;
            volume = atLeastOneGrain(unit, Math.min(BACK_OFF_SHARE * log.targetVolume[lastRed], share), left);
        } else if (lastResponse == Response.AMBER || lastResponse == Response.PENDING) {
            decision = SessionDecision.HOLD;
            volume = atLeastOneGrain(unit, Math.min(share, log.targetVolume[last]), left);
        } else {
            decision = SessionDecision.TRY;
            volume = atLeastOneGrain(unit, share, left);
        }
        return new NextSession(plan.targetActivity(), volume, unit, decision, weekDose, done);
    }

    /** Rounded down to the grain, at least one grain, never more than what is left (itself at least one grain here). */
    private static double atLeastOneGrain(VolumeUnit unit, double volume, double left) {
        return Math.min(Math.max(unit.roundDown(volume), unit.grain()), left);
    }

    /** Some morning report after target session {@code i}, up to {@code asOf}, is at or below its baseline. */
    static boolean backAtBaselineSince(LogIndex log, int i) {
        long day = log.targetDay[i];
        double baseline = log.baseline(day);
        for (long d = day + 1; d <= log.asOf; d++) {
            int pain = log.morningPain(d);
            if (pain != LogIndex.NONE && pain <= baseline) {
                return true;
            }
        }
        return false;
    }

    private static Severity severity(SessionDecision decision) {
        return decision == SessionDecision.REST || decision == SessionDecision.BACK_OFF
                ? Severity.CAUTION
                : Severity.INFO;
    }

    private static String source(SessionDecision decision) {
        return decision == SessionDecision.REST || decision == SessionDecision.BACK_OFF
                ? Sources.and(Sources.ARTICLE, Sources.SILBERNAGEL_2007)
                : Sources.ARTICLE;
    }

    private static String message(NextSession next, boolean lastPending) {
        String week = Doses.format(next.doneThisWeek(), next.unit()) + " of "
                + Doses.format(next.weekDose(), next.unit()) + " done this week";
        return switch (next.decision()) {
            case REST ->
                "The last session was too much for the knee. Rest from it, with cross-training only, until a"
                        + " morning is back to its usual level (" + week + ").";
            case CROSS_TRAIN ->
                "For now, keep fit with cross-training that does not stir the knee (easy cycling, pool"
                        + " walking or running, upper body and core work, walking).";
            case DONE -> "This week's dose is done (" + week + "): no more of it this week; cross-training is fine.";
            case BACK_OFF ->
                "The knee is back to its usual level after a session that was too much: next time, ease off" + " to "
                        + Doses.format(next.volume(), next.unit()) + " (" + week + ").";
            case HOLD ->
                (lastPending
                                ? "How the knee took the last session is not known yet: until it is, next time no more"
                                        + " than "
                                : "The last session was at the edge: next time, no more than ")
                        + Doses.format(next.volume(), next.unit()) + " (" + week + ").";
            case TRY -> "Next session: " + Doses.format(next.volume(), next.unit()) + " (" + week + ").";
        };
    }
}
