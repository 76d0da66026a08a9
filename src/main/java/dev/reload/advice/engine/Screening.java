package dev.reload.advice.engine;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import dev.reload.knee.RedFlag;

/** The safety screen's answers with the day they were given (null: undated, always in force). */
public record Screening(LocalDate answeredOn, Set<RedFlag> redFlags) {

    public static final Screening NONE = new Screening(null, Set.of());

    public Screening {
        redFlags = redFlags == null || redFlags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(redFlags));
    }

    /** The red flags answered by {@code asOf}. */
    public Set<RedFlag> flagsKnownOn(LocalDate asOf) {
        return answeredOn == null || !answeredOn.isAfter(asOf) ? redFlags : Set.of();
    }
}
