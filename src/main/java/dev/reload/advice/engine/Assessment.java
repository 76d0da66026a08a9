package dev.reload.advice.engine;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import dev.reload.knee.TightStructure;

/** The contributor assessment of R8; every field is optional (null). */
public record Assessment(
        Integer sidePlankHoldSec,
        Boolean kneeDivesInOnSingleLegSquat,
        Boolean quadricepsWeak,
        Set<TightStructure> tight,
        LocalDate newShoesOn,
        LocalDate surfaceChangeOn,
        Double sleepHoursTypical,
        Boolean proteinLow,
        Boolean stressHigh,
        Integer age,
        Boolean lowVitaminD,
        Boolean inflammatoryCondition) {

    public static final Assessment NONE =
            new Assessment(null, null, null, Set.of(), null, null, null, null, null, null, null, null);

    public Assessment {
        tight = tight == null || tight.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(tight));
        if (sidePlankHoldSec != null && sidePlankHoldSec < 0) {
            throw new IllegalArgumentException("sidePlankHoldSec must not be negative, was " + sidePlankHoldSec);
        }
        if (sleepHoursTypical != null && !(sleepHoursTypical >= 0 && sleepHoursTypical <= 24)) {
            throw new IllegalArgumentException("sleepHoursTypical must be 0–24, was " + sleepHoursTypical);
        }
        if (age != null && (age < 0 || age > 130)) {
            throw new IllegalArgumentException("age must be 0–130, was " + age);
        }
    }
}
