package dev.reload.advice.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The exercise library and the programmes of R5, as data ({@code /exercises/exercises.json}).
 * Every id the file refers to must be an exercise of the file.
 */
public final class ExerciseLibrary {

    public static final String RESOURCE = "/exercises/exercises.json";

    /** The file's shape. */
    record Data(
            List<Exercise> exercises,
            List<Programme> programmes,
            Map<ContributorKind, List<String>> contributorExercises,
            Map<TightStructure, List<String>> stretches) {}

    private final Map<String, Exercise> exercises;
    private final List<Programme> programmes;
    private final Map<ContributorKind, List<String>> contributorExercises;
    private final Map<TightStructure, List<String>> stretches;

    ExerciseLibrary(Data data) {
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

    /** Loads the library from the class path. */
    public static ExerciseLibrary load() {
        try (InputStream in = ExerciseLibrary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return new ExerciseLibrary(JsonMapper.builder().build().readValue(in, Data.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
