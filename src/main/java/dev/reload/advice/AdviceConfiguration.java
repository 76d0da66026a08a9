package dev.reload.advice;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.reload.advice.engine.AdviceEngine;
import dev.reload.knee.ExerciseLibrary;

/** Wires the pure adviser engine, given the exercise library, into the application, and times it ({@link AdviceComputations}). */
@Configuration(proxyBeanMethods = false)
public class AdviceConfiguration {

    @Bean
    AdviceEngine adviceEngine(ExerciseLibrary exerciseLibrary) {
        return new AdviceEngine(exerciseLibrary);
    }

    @Bean
    AdviceComputations adviceComputations(AdviceEngine adviceEngine, MeterRegistry meterRegistry) {
        return new AdviceComputations(adviceEngine, meterRegistry);
    }
}
