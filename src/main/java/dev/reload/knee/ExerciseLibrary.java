package dev.reload.knee;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The exercise library and the programmes of R5 (read from its data file by the exercises feature).
 * Every id the file refers to must be an exercise of the file.
 */
public final class ExerciseLibrary {

    /** The library's contents, as its data file holds them. */
    public record Data(
            List<Exercise> exercises,
            List<Programme> programmes,
            Map<ContributorKind, List<String>> contributorExercises,
            Map<TightStructure, List<String>> stretches) {}

    private final Map<String, Exercise> exercises;
    private final List<Programme> programmes;
    private final Map<ContributorKind, List<String>> contributorExercises;
    private final Map<TightStructure, List<String>> stretches;

    public ExerciseLibrary(Data data) {
        Map<String, Exercise> byId = new LinkedHashMap<>();
        for (Exercise e : data.exercises()) {
            if (byId.put(e.id(), e) != null) {
                throw new IllegalStateException("exercise " + e.id() + " is listed twice");
            }
        }
        this.exercises = byId;
        this.programmes = List.copyOf(data.programmes());
        this.contributorExercises = new EnumMap<>(data.contributorExercises());
        this.stretches = new EnumMap<>(data.stretches());
        List<String> referenced = new ArrayList<>();
        for (Exercise e : byId.values()) {
            if (e.easier() != null) {
                referenced.add(e.easier());
            }
            if (e.harder() != null) {
                referenced.add(e.harder());
            }
        }
        for (Programme p : programmes) {
            referenced.addAll(p.exercises());
            p.stages().forEach(s -> referenced.addAll(s.exercises()));
        }
        contributorExercises.values().forEach(referenced::addAll);
        stretches.values().forEach(referenced::addAll);
        for (String id : referenced) {
            if (!byId.containsKey(id)) {
                throw new IllegalStateException("the exercise library refers to unknown exercise " + id);
            }
        }
        for (Condition c : Condition.values()) {
            programmeFor(c);
        }
    }

    public Optional<Exercise> find(String id) {
        return Optional.ofNullable(id == null ? null : exercises.get(id));
    }

    public boolean contains(String id) {
        return id != null && exercises.containsKey(id);
    }

    public List<Exercise> exercises() {
        return List.copyOf(exercises.values());
    }

    public List<Programme> programmes() {
        return programmes;
    }

    /** The programme of R5 for {@code condition}. */
    public Programme programmeFor(Condition condition) {
        return programmes.stream()
                .filter(p -> p.conditions().contains(condition))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no programme for " + condition));
    }

    public List<String> exercisesFor(ContributorKind contributor) {
        return contributorExercises.getOrDefault(contributor, List.of());
    }

    public List<String> stretchesFor(TightStructure structure) {
        return stretches.getOrDefault(structure, List.of());
    }
}
