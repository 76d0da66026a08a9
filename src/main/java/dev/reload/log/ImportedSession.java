package dev.reload.log;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import dev.reload.knee.Activity;
import dev.reload.knee.VolumeUnit;

/**
 * An activity read from a file, in the log's terms. {@code unit} null: the plan's unit for its
 * activity, else KM for distance sports and MINUTES for the rest. {@code importId}: the import
 * that read it, so its result can list what it brought in (null when there is none).
 */
public record ImportedSession(
        LocalDate date,
        Activity activity,
        Instant startedAt,
        Integer durationSec,
        BigDecimal distanceKm,
        Integer avgPaceSecPerKm,
        String source,
        VolumeUnit unit,
        Long importId) {}
