package dev.reload.advice.engine;

import java.time.LocalDate;

import dev.reload.knee.Severity;

/**
 * R1 — the 24-hour response of a target-activity session, judged on a given day from what is
 * known: pain during, pain after, and the next morning against the baseline morning pain. A pain
 * after or next morning not reported keeps a session PENDING up to its next day (D+1), unless what
 * is known already makes it RED or AMBER; from D+2 on it is judged without them.
 */
final class TwentyFourHourResponse {

    static final String ID = "R1";
    /** Pain during or after at or above this is too much (fixed). */
    static final int RED_PAIN = 6;
    /** Pain during in 4–5 is at the edge (fixed). */
    static final int AMBER_PAIN = 4;

    /** What R1 reads of a rated session that is not reported on the day it is judged. */
    enum Unreported {
        NOTHING,
        PAIN_AFTER,
        NEXT_MORNING,
        PAIN_AFTER_AND_NEXT_MORNING;

        static Unreported of(boolean painAfter, boolean nextMorning) {
            if (painAfter) {
                return nextMorning ? PAIN_AFTER_AND_NEXT_MORNING : PAIN_AFTER;
            }
            return nextMorning ? NEXT_MORNING : NOTHING;
        }
    }

    /** The class of target session {@code i} as known on {@code judgeDay}. */
    static Response classify(LogIndex log, int i, long judgeDay) {
        long day = log.targetDay[i];
        int during = log.targetPainDuring[i];
        if (during == LogIndex.NONE) {
            return Response.PENDING; // not rated yet: no 24-hour response until the person rates it
        }
        int after = log.targetPainAfter[i];
        boolean afterKnown = after != LogIndex.NONE;
        double baseline = log.baseline(day);
        int nextMorning = nextMorning(log, i, judgeDay);
        boolean morningKnown = nextMorning != LogIndex.NONE;
        if (during >= RED_PAIN
                || afterKnown && (after >= RED_PAIN || after >= baseline + 3)
                || morningKnown && nextMorning >= baseline + 2) {
            return Response.RED;
        }
        if (during >= AMBER_PAIN || afterKnown && after >= baseline + 2 || morningKnown && nextMorning > baseline) {
            return Response.AMBER;
        }
        if (unreported(log, i, judgeDay) == Unreported.NOTHING || judgeDay >= day + 2) {
            return Response.GREEN;
        }
        return Response.PENDING;
    }

    /** The morning pain reported the day after target session {@code i}, if known on {@code judgeDay}, or {@link LogIndex#NONE}. */
    private static int nextMorning(LogIndex log, int i, long judgeDay) {
        long day = log.targetDay[i];
        return day + 1 <= judgeDay ? log.morningPain(day + 1) : LogIndex.NONE;
    }

    /** What rated target session {@code i} lacks on {@code judgeDay}: its pain after, its next morning, both or nothing. */
    static Unreported unreported(LogIndex log, int i, long judgeDay) {
        return Unreported.of(log.targetPainAfter[i] == LogIndex.NONE, nextMorning(log, i, judgeDay) == LogIndex.NONE);
    }

    /**
     * What rated target session {@code i} is judged without on {@code judgeDay}: from its second day
     * on, what was never reported; before that (or for a session not rated) nothing, it waits.
     */
    static Unreported judgedWithout(LogIndex log, int i, long judgeDay) {
        if (unrated(log, i) || judgeDay < log.targetDay[i] + 2) {
            return Unreported.NOTHING;
        }
        return unreported(log, i, judgeDay);
    }

    /** True when target session {@code i} was imported and not rated yet. */
    static boolean unrated(LogIndex log, int i) {
        return log.targetPainDuring[i] == LogIndex.NONE;
    }

    /** The finding for a session judged GREEN without {@code missing} (not {@link Unreported#NOTHING}). */
    static Reason judgedWithout(LocalDate sessionDate, Unreported missing) {
        String day = Days.inWords(sessionDate);
        return new Reason(
                ID,
                Severity.INFO,
                () -> switch (missing) {
                    case NEXT_MORNING ->
                        "No morning report for the day after the session of " + day
                                + ", so it was judged on the pain during and after it only. A quick morning check-in"
                                + " makes the advice sharper.";
                    case PAIN_AFTER ->
                        "The worst pain in the hours after the session of " + day
                                + " was not logged, so it was judged on the pain during it and the next morning only."
                                + " Noting the pain after, by bedtime, makes the advice sharper.";
                    case PAIN_AFTER_AND_NEXT_MORNING ->
                        "Neither the worst pain in the hours after the session of "
                                + day + " nor the next morning was reported, so it was judged on the pain during it"
                                + " only. The pain after, by bedtime, and a quick morning check-in make the advice"
                                + " sharper.";
                    case NOTHING -> throw new IllegalArgumentException("nothing is missing");
                },
                Sources.SILBERNAGEL_2007);
    }

    /** The note for a session still PENDING for want of {@code missing} when its week is judged (R3.hold). */
    static Reason pendingWhenWeekJudged(LocalDate sessionDate, Unreported missing) {
        String day = Days.inWords(sessionDate);
        return new Reason(
                HoldRule.ID,
                Severity.INFO,
                () -> switch (missing) {
                    case NEXT_MORNING ->
                        "The morning report after the session of " + day
                                + " is missing, so that session counts as at the edge for this week's decision.";
                    case PAIN_AFTER ->
                        "The worst pain in the hours after the session of " + day
                                + " is not logged yet, so that session counts as at the edge for this week's decision.";
                    case PAIN_AFTER_AND_NEXT_MORNING ->
                        "The worst pain in the hours after the session of " + day
                                + " and the next morning's report are both missing, so that session counts as at the"
                                + " edge for this week's decision.";
                    case NOTHING -> throw new IllegalArgumentException("nothing is missing");
                },
                Sources.SILBERNAGEL_2007);
    }

    private TwentyFourHourResponse() {}
}
