package dev.reload.advice.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything the adviser looks at: the plan, the log, the screening, the assessment, the day the
 * pain began (optional) and the knobs. Lists may be in any order; entries after {@code asOf} are
 * not yet known and are ignored.
 */
public record AdviceInput(
        Plan plan,
        List<ActivitySession> sessions,
        List<CheckIn> checkIns,
        List<StrengthSet> strength,
        Screening screening,
        Assessment assessment,
        LocalDate painOnset,
        Knobs knobs) {

    public AdviceInput {
        Objects.requireNonNull(plan, "plan");
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
        checkIns = checkIns == null ? List.of() : List.copyOf(checkIns);
        strength = strength == null ? List.of() : List.copyOf(strength);
        screening = screening == null ? Screening.NONE : screening;
        assessment = assessment == null ? Assessment.NONE : assessment;
        knobs = knobs == null ? Knobs.DEFAULTS : knobs;
    }

    public static AdviceInput of(
            Plan plan, List<ActivitySession> sessions, List<CheckIn> checkIns, List<StrengthSet> strength) {
        return new AdviceInput(plan, sessions, checkIns, strength, null, null, null, null);
    }

    public AdviceInput withScreening(Screening value) {
        return new AdviceInput(plan, sessions, checkIns, strength, value, assessment, painOnset, knobs);
    }

    public AdviceInput withAssessment(Assessment value, LocalDate onset) {
        return new AdviceInput(plan, sessions, checkIns, strength, screening, value, onset, knobs);
    }

    public AdviceInput withKnobs(Knobs value) {
        return new AdviceInput(plan, sessions, checkIns, strength, screening, assessment, painOnset, value);
    }
}
