package dev.reload.log;

import java.math.BigDecimal;
import java.time.LocalDate;

import dev.reload.knee.Activity;
import dev.reload.knee.VolumeUnit;

/** A session as the API lists it (api.md, GET /api/v1/sessions), with the extra fields it was logged with. */
public record SessionView(
        long id,
        LocalDate date,
        Activity activity,
        BigDecimal volume,
        VolumeUnit unit,
        Integer durationSec,
        BigDecimal distanceKm,
        Integer rpe,
        Integer painDuring,
        Integer painAfter,
        String source,
        String surface,
        String shoes,
        Long shoeId,
        Integer avgPaceSecPerKm) {

    static SessionView of(StoredSession s) {
        return new SessionView(
                s.id(),
                s.date(),
                s.activity(),
                Values.plain(s.volume()),
                s.unit(),
                s.durationSec(),
                Values.plain(s.distanceKm()),
                s.rpe(),
                s.painDuring(),
                s.painAfter(),
                s.source(),
                s.surface(),
                s.shoes(),
                s.shoeId(),
                s.avgPaceSecPerKm());
    }
}
