package dev.reload.outcomes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.reload.knee.Activity;
import dev.reload.knee.Condition;
import dev.reload.knee.VolumeUnit;
import dev.reload.plan.PlanEntry;

/** What the outcome tests build again and again: answers to the first items of a subscale, a runner's plan. */
public final class OutcomeFixtures {

    private OutcomeFixtures() {}

    /** Answers to the first items of a subscale, in order: {@code prefix + 1}, {@code prefix + 2}, … */
    public static Map<String, Integer> answers(String prefix, int... values) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            answers.put(prefix + (i + 1), values[i]);
        }
        return answers;
    }

    /** A runner's plan for kneecap pain from {@code start}: 25 km a week, three runs. */
    public static PlanEntry runningPlan(LocalDate start) {
        return new PlanEntry(
                Condition.PATELLOFEMORAL_PAIN,
                Activity.RUN,
                VolumeUnit.KM,
                start,
                BigDecimal.valueOf(25),
                3,
                null,
                BigDecimal.valueOf(3),
                null,
                null,
                null);
    }
}
