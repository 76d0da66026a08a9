package dev.reload.log;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A pair of shoes with the kilometres it has done (before Reload plus the sessions logged in it). */
public record ShoeView(
        long id, String name, LocalDate startedOn, BigDecimal startKm, LocalDate retiredOn, BigDecimal totalKm) {}
