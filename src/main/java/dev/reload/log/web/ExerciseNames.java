package dev.reload.log.web;

import java.util.Map;
import java.util.stream.Collectors;

import dev.reload.knee.Exercise;
import dev.reload.knee.ExerciseLibrary;

/** The library's exercise names by id, so that a page writes "Split squat", never SPLIT_SQUAT. */
final class ExerciseNames {

    private ExerciseNames() {}

    static Map<String, String> of(ExerciseLibrary library) {
        return library.exercises().stream().collect(Collectors.toMap(Exercise::id, Exercise::name));
    }
}
