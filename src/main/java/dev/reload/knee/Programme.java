package dev.reload.knee;

import java.util.List;
import java.util.Objects;
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

    /** One stage of a staged programme. */
    public record Stage(String name, String dose, List<String> exercises, String movesOnWhen) {

        public Stage {
            exercises = List.copyOf(exercises);
        }
    }
}
