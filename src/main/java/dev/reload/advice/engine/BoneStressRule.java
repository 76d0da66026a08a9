package dev.reload.advice.engine;

import dev.reload.knee.Severity;

/**
 * R7.bone-stress — a bone stress reaction, or pain at night with bony tenderness: no impact
 * dose at all until a clinician has assessed it; only pain-free activity without impact.
 */
final class BoneStressRule implements AdviceRule {

    static final String ID = "R7.bone-stress";

    @Override
    public void apply(Situation s, AdviceDraft draft) {
        if (!s.boneStress()) {
            return;
        }
        draft.escalate(Escalation.SEE_CLINICIAN);
        draft.noImpactDose = true;
        draft.add(new Finding(
                ID,
                Severity.HIGH,
                "A stressed bone needs rest from impact: no running or jumping dose until a clinician has"
                        + " assessed it. Pain-free activity without impact, such as cycling or swimming, is fine.",
                Sources.and(Sources.ARTICLE, Sources.COOK_PURDAM_2009)));
    }
}
