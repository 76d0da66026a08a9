package dev.reload.log;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Strength work of one exercise on one day as the API lists it. */
public record StrengthView(
        long id,
        LocalDate date,
        String exercise,
        int sets,
        int reps,
        BigDecimal loadKg,
        Integer holdSec,
        String tempo,
        int painDuring) {

    static StrengthView of(StoredStrengthSet s) {
        return new StrengthView(
                s.id(),
                s.date(),
                s.exercise(),
                s.sets(),
                s.reps(),
                Values.plain(s.loadKg()),
                s.holdSec(),
                s.tempo(),
                s.painDuring());
    }
}
