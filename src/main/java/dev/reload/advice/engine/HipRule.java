package dev.reload.advice.engine;

import java.util.ArrayList;
import java.util.List;

import dev.reload.knee.ContributorKind;

/** R8.hip — hip and glute weakness: a side plank held under 30 s, or the knee diving inward on a single-leg squat. */
final class HipRule implements AdviceRule {

    static final String ID = "R8.hip";
    static final int SIDE_PLANK_SECONDS = 30;

    @Override
    public void apply(Situation s, AdviceDraft draft) {
        Assessment a = s.input().assessment();
        List<String> evidence = new ArrayList<>();
        if (a.sidePlankHoldSec() != null && a.sidePlankHoldSec() < SIDE_PLANK_SECONDS) {
            evidence.add("side plank held " + a.sidePlankHoldSec() + " s");
        }
        if (Boolean.TRUE.equals(a.kneeDivesInOnSingleLegSquat())) {
            evidence.add("knee drifts inward on a single-leg squat");
        }
        if (evidence.isEmpty()) {
            return;
        }
        Contributors.add(
                s,
                draft,
                ContributorKind.HIP_GLUTE_WEAKNESS,
                String.join("; ", evidence),
                ID,
                "The hip muscles look weak (" + String.join("; ", evidence) + "). They steer the thigh and so"
                        + " the load on the knee: the hip exercises get extra emphasis.",
                Sources.and(Sources.ARTICLE, Sources.CROSSLEY_2016));
    }
}
