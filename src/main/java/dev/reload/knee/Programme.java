package dev.reload.knee;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A strength programme of R5 for one or more conditions, built from library exercises; staged
 * programmes (tendon loading) list their stages in order.
 */
public record Programme(
        String id,
        String name,
        Set<Condition> conditions,
        String sessionsPerWeek,
        String dose,
        List<String> exercises,
        List<Stage> stages) {

    public Programme {
        Objects.requireNonNull(id, "id");
        conditions = Set.copyOf(conditions);
        exercises = List.copyOf(exercises);
        stages = stages == null ? List.of() : List.copyOf(stages);
    }

    /**
     * The programme with only the {@code chosen} exercises (the plan's exercise choice), in the
     * programme's order; stages keep their chosen exercises. No choice (empty) is the whole
     * programme. A choice must pass {@link #choiceProblem}.
     */
    public Programme narrowedTo(Collection<String> chosen) {
        if (chosen == null || chosen.isEmpty()) {
            return this;
        }
        return new Programme(
                id,
                name,
                conditions,
                sessionsPerWeek,
                dose,
                exercises.stream().filter(chosen::contains).toList(),
                stages.stream()
                        .map(s -> new Stage(
                                s.name(),
                                s.dose(),
                                s.exercises().stream().filter(chosen::contains).toList(),
                                s.movesOnWhen()))
                        .toList());
    }

    /**
     * Why {@code chosen} is not a choice of this programme's exercises, or empty when it is one: at
     * least one exercise, each of this programme, none twice, and at least one of every stage.
     */
    public Optional<String> choiceProblem(List<String> chosen) {
        if (chosen == null || chosen.isEmpty()) {
            return Optional.of("must name at least one exercise of the programme");
        }
        for (String id : chosen) {
            if (id == null || !exercises.contains(id)) {
                return Optional.of("'" + shown(id) + "' is not an exercise of the programme " + name);
            }
        }
        if (Set.copyOf(chosen).size() != chosen.size()) {
            return Optional.of("must name each exercise once");
        }
        for (Stage stage : stages) {
            if (stage.exercises().stream().noneMatch(chosen::contains)) {
                return Optional.of("must keep at least one exercise of the stage " + stage.name());
            }
        }
        return Optional.empty();
    }

    private static String shown(String id) {
        return id == null ? "null" : id.length() <= 40 ? id : id.substring(0, 40) + "…";
    }

    /** One stage of a staged programme. */
    public record Stage(String name, String dose, List<String> exercises, String movesOnWhen) {

        public Stage {
            exercises = List.copyOf(exercises);
        }
    }
}
