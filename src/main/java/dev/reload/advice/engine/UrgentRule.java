package dev.reload.advice.engine;

import java.util.List;

import dev.reload.knee.RedFlag;
import dev.reload.knee.Severity;

/**
 * R7.urgent — a hot, red, swollen knee with fever; unable to bear weight after an injury; calf
 * pain or swelling; new numbness, tingling or weakness: urgent care now, no dose.
 */
final class UrgentRule implements AdviceRule {

    static final String ID = "R7.urgent";

    @Override
    public void apply(Situation s, AdviceDraft draft) {
        List<RedFlag> urgent =
                s.redFlags().stream().filter(RedFlag::urgent).sorted().toList();
        if (urgent.isEmpty()) {
            return;
        }
        draft.escalate(Escalation.URGENT);
        draft.add(new Finding(
                ID,
                Severity.HIGH,
                "The screen found " + Words.flags(urgent) + ". Get urgent medical care today; do not train"
                        + " the knee until it has been checked.",
                Sources.and(Sources.ARTICLE, Sources.STIELL_1995)));
    }
}
