package dev.reload.advice.engine;

import dev.reload.knee.Severity;

/**
 * R1 — the 24-hour response of a target-activity session, judged on a given day: pain during,
 * pain after, and the next morning against the baseline morning pain.
 */
final class TwentyFourHourResponse {

    static final String ID = "R1";
    /** Pain during or after at or above this is too much (fixed). */
    static final int RED_PAIN = 6;
    /** Pain during in 4–5 is at the edge (fixed). */
    static final int AMBER_PAIN = 4;

    /** The class of target session {@code i} as known on {@code judgeDay}. */
    static Response classify(LogIndex log, int i, long judgeDay) {
        long day = log.targetDay[i];
        int during = log.targetPainDuring[i];
        int after = log.targetPainAfter[i];
        if (during == LogIndex.NONE) {
            return Response.PENDING; // not rated yet: no 24-hour response until the person rates it
        }
        double baseline = log.baseline(day);
        int nextMorning = day + 1 <= judgeDay ? log.morningPain(day + 1) : LogIndex.NONE;
        boolean morningKnown = nextMorning != LogIndex.NONE;
        if (during >= RED_PAIN
                || after >= RED_PAIN
                || after >= baseline + 3
                || morningKnown && nextMorning >= baseline + 2) {
            return Response.RED;
        }
        if (during >= AMBER_PAIN || after >= baseline + 2 || morningKnown && nextMorning > baseline) {
            return Response.AMBER;
        }
        if (morningKnown || judgeDay >= day + 2) {
            return Response.GREEN;
        }
        return Response.PENDING;
    }

    /** True when session {@code i} is judged on {@code judgeDay} without its next-morning report. */
    static boolean judgedWithoutNextMorning(LogIndex log, int i, long judgeDay) {
        if (unrated(log, i)) {
            return false;
        }
        long day = log.targetDay[i];
        return judgeDay >= day + 2 && log.morningPain(day + 1) == LogIndex.NONE;
    }

    /** True when target session {@code i} was imported and not rated yet. */
    static boolean unrated(LogIndex log, int i) {
        return log.targetPainDuring[i] == LogIndex.NONE;
    }

    static Reason missingMorning(java.time.LocalDate sessionDate) {
        return new Reason(
                ID,
                Severity.INFO,
                () -> "No morning report for the day after the session of " + Days.inWords(sessionDate)
                        + ", so it was judged on the pain during and after it only. A quick morning check-in"
                        + " makes the advice sharper.",
                Sources.SILBERNAGEL_2007);
    }

    private TwentyFourHourResponse() {}
}
