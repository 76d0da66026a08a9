package dev.reload.exercises;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.reload.knee.ExerciseLibrary;

/** The exercise library every feature (and the adviser engine) works with, read once at start-up. */
@Configuration(proxyBeanMethods = false)
public class ExercisesConfiguration {

    @Bean
    ExerciseLibrary exerciseLibrary() {
        return ExerciseLibraryFile.read();
    }
}
