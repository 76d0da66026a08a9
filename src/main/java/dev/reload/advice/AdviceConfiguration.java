package dev.reload.advice;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.reload.advice.engine.AdviceEngine;
import dev.reload.advice.engine.ExerciseLibrary;

/** Wires the pure adviser engine and its exercise library into the application. */
@Configuration(proxyBeanMethods = false)
public class AdviceConfiguration {

    @Bean
    ExerciseLibrary exerciseLibrary() {
        return ExerciseLibrary.load();
    }

    @Bean
    AdviceEngine adviceEngine(ExerciseLibrary exerciseLibrary) {
        return new AdviceEngine(exerciseLibrary);
    }
}
