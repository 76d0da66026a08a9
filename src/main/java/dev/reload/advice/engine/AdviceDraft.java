package dev.reload.advice.engine;

import java.util.ArrayList;
import java.util.List;

/** The advice as the rules build it: escalation only ever rises, findings and contributors accumulate. */
final class AdviceDraft {

    Escalation escalation = Escalation.NONE;
    boolean noImpactDose;
    /** R3.next-session, set last (null under URGENT or R7.bone-stress). */
    NextSession nextSession;

    final List<Finding> findings = new ArrayList<>();
    final List<Contributor> contributors = new ArrayList<>();
    final List<StrengthAdvice> strength = new ArrayList<>();

    void escalate(Escalation value) {
        escalation = escalation.max(value);
    }

    void add(Finding finding) {
        findings.add(finding);
    }
}
