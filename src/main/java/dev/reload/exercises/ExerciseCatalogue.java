package dev.reload.exercises;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import dev.reload.knee.Condition;
import dev.reload.knee.Exercise;
import dev.reload.knee.ExerciseKind;
import dev.reload.knee.ExerciseLibrary;
import dev.reload.knee.Programme;

/**
 * The exercise library as people browse it: grouped by programme, each exercise with the
 * programmes (and so the conditions) that use it, found by its id or by its address slug.
 */
@Service
public class ExerciseCatalogue {

    private final ExerciseLibrary library;

    public ExerciseCatalogue(ExerciseLibrary library) {
        this.library = library;
    }

    /** A programme's use of an exercise: the programme, and the stage that names it (null if unstaged). */
    public record Use(Programme programme, String stage) {

        public List<Condition> conditions() {
            return conditionsOf(programme);
        }
    }

    /** A group of the list page: a programme's exercises, or the stretches, or the remaining variants. */
    public record Group(String key, Programme programme, List<Exercise> exercises) {

        public List<Condition> conditions() {
            return programme == null ? List.of() : conditionsOf(programme);
        }
    }

    /** A programme's conditions in the order of {@link Condition}, without "not sure". */
    public static List<Condition> conditionsOf(Programme programme) {
        return programme.conditions().stream()
                .filter(c -> c != Condition.UNSURE)
                .sorted()
                .toList();
    }

    public List<Exercise> all() {
        return library.exercises();
    }

    /** Finds an exercise by its library id ({@code SPLIT_SQUAT}) or its slug ({@code split-squat}). */
    public Optional<Exercise> find(String idOrSlug) {
        if (idOrSlug == null || idOrSlug.isBlank() || idOrSlug.length() > 80) {
            return Optional.empty();
        }
        return library.find(idOrSlug.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    public Optional<Exercise> variant(String id) {
        return id == null ? Optional.empty() : library.find(id);
    }

    public static String slug(String id) {
        return id.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The programmes that use the exercise, in library order. */
    public List<Use> usesOf(String id) {
        List<Use> uses = new ArrayList<>();
        for (Programme programme : library.programmes()) {
            String stage = programme.stages().stream()
                    .filter(s -> s.exercises().contains(id))
                    .map(Programme.Stage::name)
                    .findFirst()
                    .orElse(null);
            if (stage != null || programme.exercises().contains(id)) {
                uses.add(new Use(programme, stage));
            }
        }
        return uses;
    }

    /**
     * For a variant no programme names: the nearest exercise along its easier and harder chain that a
     * programme does use (easier first), so the page can say whose version it is.
     */
    public Optional<Exercise> nearestProgrammeRelative(String id) {
        if (!usesOf(id).isEmpty()) {
            return Optional.empty();
        }
        for (int steps = 1; steps <= 4; steps++) {
            for (boolean easier : new boolean[] {true, false}) {
                Optional<Exercise> relative = walk(id, easier, steps);
                if (relative.isPresent() && !usesOf(relative.get().id()).isEmpty()) {
                    return relative;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Exercise> walk(String id, boolean easier, int steps) {
        Optional<Exercise> current = library.find(id);
        for (int i = 0; i < steps && current.isPresent(); i++) {
            current = variant(easier ? current.get().easier() : current.get().harder());
        }
        return current;
    }

    /** The conditions whose programmes use the exercise, without "not sure". */
    public Set<Condition> conditionsUsing(String id) {
        Set<Condition> conditions = new LinkedHashSet<>();
        for (Use use : usesOf(id)) {
            for (Condition condition : Condition.values()) {
                if (condition != Condition.UNSURE
                        && use.programme().conditions().contains(condition)) {
                    conditions.add(condition);
                }
            }
        }
        return conditions;
    }

    /**
     * Each programme with its exercises, then the stretches, then every other exercise (the easier
     * and harder variants). Each exercise appears in the first group that lists it.
     */
    public List<Group> groups() {
        List<Group> groups = new ArrayList<>();
        Set<String> shown = new LinkedHashSet<>();
        for (Programme programme : library.programmes()) {
            List<Exercise> exercises = new ArrayList<>();
            for (String id : programme.exercises()) {
                library.find(id).ifPresent(exercises::add);
                shown.add(id);
            }
            groups.add(new Group(programme.id(), programme, exercises));
        }
        List<Exercise> stretches = library.exercises().stream()
                .filter(e -> e.kind() == ExerciseKind.STRETCH && !shown.contains(e.id()))
                .toList();
        stretches.forEach(e -> shown.add(e.id()));
        groups.add(new Group("STRETCHES", null, stretches));
        groups.add(new Group(
                "VARIANTS",
                null,
                library.exercises().stream()
                        .filter(e -> !shown.contains(e.id()))
                        .toList()));
        return groups;
    }
}
