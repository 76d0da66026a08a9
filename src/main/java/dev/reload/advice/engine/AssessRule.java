package dev.reload.advice.engine;

import dev.reload.knee.Condition;
import dev.reload.knee.Severity;

/** R7.assess — not sure which condition it is: a clinical assessment clarifies (advice, no escalation). */
final class AssessRule implements AdviceRule {

    static final String ID = "R7.assess";

    @Override
    public void apply(Situation s, AdviceDraft draft) {
        if (s.plan().condition() != Condition.UNSURE) {
            return;
        }
        draft.add(new Finding(
                ID,
                Severity.CAUTION,
                "It is not clear yet which knee problem this is. An assessment by a physiotherapist or sports"
                        + " doctor (with imaging only if they think it is needed) would point the plan at the"
                        + " right target; until then it uses a general full-body programme.",
                Sources.ARTICLE));
    }
}
