package dev.reload.advice.engine;

import java.util.ArrayList;
import java.util.List;

import dev.reload.knee.ContributorKind;

/** R8.whole-body — short sleep, low protein, high stress, age over 50, low vitamin D or an inflammatory condition. */
final class WholeBodyRule implements AdviceRule {

    static final String ID = "R8.whole-body";
    static final double SLEEP_HOURS = 7;
    static final int AGE = 50;

    @Override
    public void apply(Situation s, AdviceDraft draft) {
        Assessment a = s.input().assessment();
        List<String> evidence = new ArrayList<>();
        if (a.sleepHoursTypical() != null && a.sleepHoursTypical() < SLEEP_HOURS) {
            evidence.add("sleep about " + Doses.number(a.sleepHoursTypical()) + " h a night");
        }
        if (Boolean.TRUE.equals(a.proteinLow())) {
            evidence.add("low protein intake");
        }
        if (Boolean.TRUE.equals(a.stressHigh())) {
            evidence.add("high stress");
        }
        if (a.age() != null && a.age() > AGE) {
            evidence.add("age " + a.age());
        }
        if (Boolean.TRUE.equals(a.lowVitaminD())) {
            evidence.add("low vitamin D");
        }
        if (Boolean.TRUE.equals(a.inflammatoryCondition())) {
            evidence.add("an inflammatory condition");
        }
        if (evidence.isEmpty()) {
            return;
        }
        String text = String.join("; ", evidence);
        Contributors.add(
                s,
                draft,
                ContributorKind.WHOLE_BODY,
                text,
                ID,
                "Healing draws on the whole body (" + text + "): enough sleep, protein with each meal and some"
                        + " calm in the week all help the tissue recover.",
                Sources.ARTICLE);
    }
}
