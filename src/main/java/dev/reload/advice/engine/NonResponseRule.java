package dev.reload.advice.engine;

import dev.reload.knee.Severity;

/**
 * R7.nonresponse — with at least 70 % of the planned target sessions logged, a week whose worst
 * pain is 3 or more, no better by 2 points or 30 % than the first week's, at a volume less than
 * 20 % above the first week's: a caution at the end of weeks 4 and 5, a clinician from week 6 on.
 */
final class NonResponseRule implements AdviceRule {

    static final String ID = "R7.nonresponse";
    static final int FIRST_CAUTION_WEEK = 4;
    static final int ESCALATION_WEEK = 6;
    static final int ADHERENCE_PERCENT = 70;
    static final int WORST_PAIN = 3;
    static final int IMPROVEMENT_POINTS = 2;
    static final double IMPROVEMENT_SHARE = 0.30;
    static final double VOLUME_RISE = 1.20;

    @Override
    public void apply(Situation s, AdviceDraft draft) {
        WeeklyReview.Result review = s.review();
        WeekStats week = review.lastEnded();
        WeekStats first = review.firstWeek();
        if (week == null || first == null || week.week() < FIRST_CAUTION_WEEK) {
            return;
        }
        long planned = (long) s.plan().sessionsPerWeek() * week.week();
        if (review.targetSessionsToLastEnded() * 100L < planned * ADHERENCE_PERCENT) {
            return;
        }
        int worst = s.log().worstPain(week.firstDay(), week.knownUntil());
        int firstWorst = s.log().worstPain(first.firstDay(), first.knownUntil());
        if (!notResponding(worst, firstWorst, week.volume(), first.volume())) {
            return;
        }
        String facts = "after " + week.week() + " weeks of steady work the worst pain is still " + worst
                + "/10 (first week: " + (firstWorst == LogIndex.NONE ? "not reported" : firstWorst + "/10")
                + ") and the weekly amount has not grown by a fifth";
        if (week.week() >= ESCALATION_WEEK) {
            draft.escalate(Escalation.SEE_CLINICIAN);
            draft.add(new Finding(
                    ID,
                    Severity.HIGH,
                    "The knee is not answering the plan: " + facts + ". Please see a clinician to check the"
                            + " diagnosis and the programme.",
                    Sources.and(Sources.ARTICLE, Sources.FARRAR_2001)));
        } else {
            draft.add(new Finding(
                    ID,
                    Severity.CAUTION,
                    "Progress is slow so far: " + facts + ". If nothing changes by the end of week " + ESCALATION_WEEK
                            + ", the plan will suggest a clinician.",
                    Sources.and(Sources.ARTICLE, Sources.FARRAR_2001)));
        }
    }

    /** All of: worst pain ≥ 3, not 2 points or 30 % better than the first week, volume not 20 % above it. */
    static boolean notResponding(int worst, int firstWorst, double volume, double firstVolume) {
        if (worst < WORST_PAIN) {
            return false;
        }
        boolean improved = firstWorst != LogIndex.NONE
                && (firstWorst - worst >= IMPROVEMENT_POINTS || worst <= firstWorst * (1 - IMPROVEMENT_SHARE) + 1e-9);
        boolean loadRose = volume > 0 && volume >= firstVolume * VOLUME_RISE - 1e-9;
        return !improved && !loadRose;
    }
}
