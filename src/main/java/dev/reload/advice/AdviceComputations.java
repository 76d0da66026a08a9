package dev.reload.advice;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import dev.reload.advice.engine.Advice;
import dev.reload.advice.engine.AdviceEngine;
import dev.reload.advice.engine.AdviceInput;

/**
 * The one way the application asks the engine for a day's advice, timed in the metrics as
 * {@code reload.advice.computations} with the tag {@code source}: {@code stored} (an account's plan
 * and log), {@code preview} (the stateless preview) or {@code what-if} (other knob values on a copy).
 * Never tagged by account: the metrics say how long the adviser takes, not for whom.
 */
public class AdviceComputations {

    /** What the advice was computed for. */
    public enum Source {
        STORED,
        PREVIEW,
        WHAT_IF;

        String tag() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    static final String METRIC = "reload.advice.computations";

    private final AdviceEngine engine;
    private final Map<Source, Timer> timers = new EnumMap<>(Source.class);

    public AdviceComputations(AdviceEngine engine, MeterRegistry registry) {
        this.engine = engine;
        for (Source source : Source.values()) {
            timers.put(
                    source,
                    Timer.builder(METRIC)
                            .description("Time the adviser took for one day's advice")
                            .tag("source", source.tag())
                            .register(registry));
        }
    }

    /** The engine's advice for {@code input} on {@code asOf}, its time recorded under {@code source}. */
    public Advice advise(Source source, AdviceInput input, LocalDate asOf) {
        return timers.get(source).record(() -> engine.advise(input, asOf));
    }

    /** The engine itself, for what is not a day's advice (its exercise library, the plan's walk). */
    public AdviceEngine engine() {
        return engine;
    }
}
