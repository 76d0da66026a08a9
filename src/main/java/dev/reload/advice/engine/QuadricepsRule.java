package dev.reload.advice.engine;

import dev.reload.knee.ContributorKind;

/** R8.quadriceps — weak thigh muscles: the knee exercises get emphasis. */
final class QuadricepsRule implements AdviceRule {

    static final String ID = "R8.quadriceps";

    @Override
    public void apply(Situation s, AdviceDraft draft) {
        if (!Boolean.TRUE.equals(s.input().assessment().quadricepsWeak())) {
            return;
        }
        Contributors.add(
                s,
                draft,
                ContributorKind.QUADRICEPS_WEAKNESS,
                "quadriceps found weak",
                ID,
                "The front-of-thigh muscles are weak. They soak up the shock of each step, so the knee"
                        + " exercises get extra emphasis.",
                Sources.and(Sources.ARTICLE, Sources.CROSSLEY_2016));
    }
}
