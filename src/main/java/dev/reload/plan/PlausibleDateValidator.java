package dev.reload.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import dev.reload.knee.Plausible;

/**
 * Checks {@link PlausibleDate} against the application's clock. A request does not say whose
 * today it is (the preview has no account at all), so the last plausible date is two years after
 * today where the day begins first (UTC+14, the Line Islands): nobody's own today is later, and
 * the importer, which knows the person, checks against their own today (ActivityDating).
 */
class PlausibleDateValidator implements ConstraintValidator<PlausibleDate, LocalDate> {

    /** The zone furthest ahead: its date is the latest date anywhere. */
    static final ZoneOffset FURTHEST_AHEAD = ZoneOffset.ofHours(14);

    private final Clock clock;

    PlausibleDateValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
        if (date == null) {
            return true;
        }
        LocalDate today = LocalDate.now(clock.withZone(FURTHEST_AHEAD));
        if (Plausible.isPlausible(date, today)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(Plausible.dateProblem(today))
                .addConstraintViolation();
        return false;
    }
}
