package dev.reload.advice.engine;

import java.util.List;

import dev.reload.knee.RedFlag;
import dev.reload.knee.Severity;

/**
 * R7.clinician — locking, catching, giving way, marked swelling or bruising, a pop, pain that
 * limits daily life, night or bony pain, weight loss or a history of cancer: see a clinician
 * before loading.
 */
final class ClinicianRule implements AdviceRule {

    static final String ID = "R7.clinician";

    @Override
    public void apply(Situation s, AdviceDraft draft) {
        List<RedFlag> flags =
                s.redFlags().stream().filter(f -> !f.urgent()).sorted().toList();
        if (flags.isEmpty()) {
            return;
        }
        draft.escalate(Escalation.SEE_CLINICIAN);
        draft.add(new Finding(
                ID,
                Severity.HIGH,
                "The screen found " + Words.flags(flags) + ". Have a clinician examine the knee before adding"
                        + " load; this is not something to manage alone.",
                Sources.ARTICLE));
    }
}
