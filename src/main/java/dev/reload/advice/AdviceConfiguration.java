package dev.reload.advice;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.reload.advice.engine.AdviceEngine;
import dev.reload.knee.ExerciseLibrary;

/** Wires the pure adviser engine, given the exercise library, into the application. */
@Configuration(proxyBeanMethods = false)
public class AdviceConfiguration {

    @Bean
    AdviceEngine adviceEngine(ExerciseLibrary exerciseLibrary) {
        return new AdviceEngine(exerciseLibrary);
    }
}
