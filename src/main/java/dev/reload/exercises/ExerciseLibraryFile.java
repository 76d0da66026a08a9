package dev.reload.exercises;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import tools.jackson.databind.json.JsonMapper;

import dev.reload.knee.ExerciseLibrary;

/**
 * Reads the exercise library and the programmes of R5 from their data file on the class path,
 * {@value #RESOURCE}. The adviser engine gets the library this reads; it reads no file itself.
 */
public final class ExerciseLibraryFile {

    public static final String RESOURCE = "/exercises/exercises.json";

    private ExerciseLibraryFile() {}

    /** Reads and checks the library: every id the file refers to must be an exercise of the file. */
    public static ExerciseLibrary read() {
        try (InputStream in = ExerciseLibraryFile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return new ExerciseLibrary(JsonMapper.builder().build().readValue(in, ExerciseLibrary.Data.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
