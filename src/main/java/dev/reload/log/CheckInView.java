package dev.reload.log;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A morning check-in as the API lists it. */
public record CheckInView(
        long id,
        LocalDate date,
        Integer morningPain,
        Integer morningStiffness,
        BigDecimal sleepHours,
        Integer stress,
        String notes) {

    static CheckInView of(StoredCheckIn c) {
        return new CheckInView(
                c.id(),
                c.date(),
                c.morningPain(),
                c.morningStiffness(),
                Values.plain(c.sleepHours()),
                c.stress(),
                c.notes());
    }
}
