package dev.reload.advice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.media.Schema;

import dev.reload.advice.WhatIfAdvice.WhatIfStrength;
import dev.reload.plan.PlanKnobs;

/**
 * A what-if: the advice on {@code asOf} with the plan's stored knobs and with the proposed ones,
 * side by side, and what differs between the two. Nothing is stored by asking.
 */
@Schema(description = "The advice with the stored knobs and with the proposed ones, and what differs")
public record WhatIfAnswer(
        LocalDate asOf,
        PlanKnobs currentKnobs,
        PlanKnobs proposedKnobs,
        WhatIfAdvice current,
        WhatIfAdvice whatIf,
        List<WhatIfDifference> differences) {

    public WhatIfAnswer {
        differences = List.copyOf(differences);
    }

    /**
     * One thing that differs: {@code what} is {@code light}, {@code phase}, {@code escalation},
     * {@code nextWeek}, {@code nextSession}, {@code strength.<exercise id>} or {@code programme};
     * {@code current} and {@code whatIf} are its value each way, in words ("13 KM, PROGRESS"; "none").
     */
    @Schema(description = "One part of the advice that the proposed knobs change")
    public record WhatIfDifference(String what, String current, String whatIf) {}

    static WhatIfAnswer of(
            LocalDate asOf,
            PlanKnobs currentKnobs,
            PlanKnobs proposedKnobs,
            WhatIfAdvice current,
            WhatIfAdvice whatIf) {
        List<WhatIfDifference> differences = new ArrayList<>();
        compare(differences, "phase", current.phase(), whatIf.phase());
        compare(differences, "light", current.light(), whatIf.light());
        compare(differences, "escalation", current.escalation(), whatIf.escalation());
        compare(
                differences,
                "nextWeek",
                dose(current.nextWeekVolume(), current.unit(), current.nextWeekDecision()),
                dose(whatIf.nextWeekVolume(), whatIf.unit(), whatIf.nextWeekDecision()));
        compare(
                differences,
                "nextSession",
                dose(current.nextSessionVolume(), current.unit(), current.nextSessionDecision()),
                dose(whatIf.nextSessionVolume(), whatIf.unit(), whatIf.nextSessionDecision()));
        Map<String, WhatIfStrength> before = byExercise(current.strength());
        Map<String, WhatIfStrength> after = byExercise(whatIf.strength());
        for (String exercise : before.keySet()) {
            compare(differences, "strength." + exercise, next(before.get(exercise)), next(after.get(exercise)));
        }
        compare(
                differences,
                "programme",
                String.join(", ", current.programme()),
                String.join(", ", whatIf.programme()));
        return new WhatIfAnswer(asOf, currentKnobs, proposedKnobs, current, whatIf, differences);
    }

    private static void compare(List<WhatIfDifference> differences, String what, Object current, Object whatIf) {
        String before = current == null ? "none" : current.toString();
        String after = whatIf == null ? "none" : whatIf.toString();
        if (!Objects.equals(before, after)) {
            differences.add(new WhatIfDifference(what, before, after));
        }
    }

    private static String dose(Object volume, Object unit, String decision) {
        if (decision == null) {
            return null;
        }
        return volume == null ? decision : volume + " " + unit + ", " + decision;
    }

    private static String next(WhatIfStrength s) {
        return s == null ? null : s.sets() + " × " + s.reps() + " at " + s.loadKg() + " kg, " + s.decision();
    }

    private static Map<String, WhatIfStrength> byExercise(List<WhatIfStrength> strength) {
        return strength.stream()
                .collect(Collectors.toMap(
                        WhatIfStrength::exercise, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
