package dev.reload.advice.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.reload.knee.Exercise;
import dev.reload.knee.ExerciseKind;

/**
 * R5 — applies the exercise rules to every exercise of the log, in order (the first that decides
 * wins, most conservative first), and returns one decision per exercise.
 */
final class StrengthCoach implements AdviceRule {

    private final List<ExerciseRule> rules;

    StrengthCoach(List<ExerciseRule> rules) {
        this.rules = List.copyOf(rules);
    }

    @Override
    public void apply(Situation s, AdviceDraft draft) {
        LocalDate slowHeavyStart = null;
        Map<String, List<StrengthSet>> byExercise = s.log().strengthByExercise();
        for (Map.Entry<String, List<StrengthSet>> e : byExercise.entrySet()) {
            Optional<Exercise> exercise = s.library().find(e.getKey());
            if (exercise.isPresent() && exercise.get().kind() == ExerciseKind.SLOW_HEAVY) {
                LocalDate first = e.getValue().get(0).date();
                if (slowHeavyStart == null || first.isBefore(slowHeavyStart)) {
                    slowHeavyStart = first;
                }
            }
        }
        for (Map.Entry<String, List<StrengthSet>> e : byExercise.entrySet()) {
            Optional<Exercise> exercise = s.library().find(e.getKey());
            if (exercise.isEmpty()) {
                continue;
            }
            ExerciseContext context = context(exercise.get(), e.getValue(), s, draft.noImpactDose, slowHeavyStart);
            for (ExerciseRule rule : rules) {
                Optional<StrengthOutcome> outcome = rule.judge(context);
                if (outcome.isPresent()) {
                    draft.strength.add(new StrengthAdvice(
                            e.getKey(), outcome.get().decision(), outcome.get().next()));
                    draft.add(outcome.get().finding());
                    break;
                }
            }
        }
    }

    /** The last session of the exercise and the one before it (same-day entries count as one session, at their worst pain). */
    private static ExerciseContext context(
            Exercise exercise, List<StrengthSet> sets, Situation s, boolean noImpact, LocalDate slowHeavyStart) {
        int i = sets.size() - 1;
        StrengthSet last = sets.get(i);
        int lastPain = last.painDuring().value();
        while (i > 0 && sets.get(i - 1).date().equals(last.date())) {
            i--;
            lastPain = Math.max(lastPain, sets.get(i).painDuring().value());
        }
        StrengthSet previous = null;
        int previousPain = 0;
        if (i > 0) {
            int j = i - 1;
            previous = sets.get(j);
            previousPain = previous.painDuring().value();
            while (j > 0 && sets.get(j - 1).date().equals(previous.date())) {
                j--;
                previousPain = Math.max(previousPain, sets.get(j).painDuring().value());
            }
        }
        return new ExerciseContext(exercise, last, previous, lastPain, previousPain, s, noImpact, slowHeavyStart);
    }

    static List<ExerciseRule> defaultRules() {
        return new ArrayList<>(List.of(
                new NoImpactRule(), new StrengthRegressRule(), new StrengthHoldRule(), new StrengthProgressRule()));
    }
}
