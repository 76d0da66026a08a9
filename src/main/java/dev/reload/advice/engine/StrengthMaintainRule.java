package dev.reload.advice.engine;

import dev.reload.knee.Phase;
import dev.reload.knee.Severity;

/** R5.maintain — in Maintain, strength goes on 1–2 times a week; fewer than 2 sessions over the last 2 weeks is a finding. */
final class StrengthMaintainRule implements AdviceRule {

    static final String ID = "R5.maintain";
    static final int DAYS = 14;
    static final int MIN_SESSIONS = 2;

    @Override
    public void apply(Situation s, AdviceDraft draft) {
        if (s.review().phase() != Phase.MAINTAIN) {
            return;
        }
        LogIndex log = s.log();
        int sessions = log.strengthDays(log.asOf - DAYS, log.asOf - 1);
        if (sessions >= MIN_SESSIONS) {
            return;
        }
        draft.add(new Finding(
                ID,
                Severity.CAUTION,
                "Only " + sessions + " strength session" + (sessions == 1 ? "" : "s") + " in the last two weeks."
                        + " One or two a week for the hips and thighs keep the knee's gains.",
                Sources.ARTICLE));
    }
}
