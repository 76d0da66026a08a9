package dev.reload.log.web;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.reload.knee.Activity;
import dev.reload.knee.VolumeUnit;
import dev.reload.log.web.LogForms.SessionForm;

/**
 * Prefills the session form from a link, such as Today's "Log this run" with the next session's
 * dose. A value that cannot be read is left out: the form keeps its defaults and the person types.
 */
final class SessionPrefill {

    private SessionPrefill() {}

    static void apply(SessionForm form, String activity, String volume, String unit) {
        parse(activity, Activity.class).ifPresent(form::setActivity);
        parse(unit, VolumeUnit.class).ifPresent(form::setUnit);
        amount(volume).ifPresent(form::setVolume);
    }

    private static <E extends Enum<E>> Optional<E> parse(String value, Class<E> type) {
        try {
            return value == null ? Optional.empty() : Optional.of(Enum.valueOf(type, value));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** A plain amount such as {@code 4} or {@code 2.49}: no sign, no exponent, at most 4 + 2 digits. */
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,4}(\\.\\d{1,2})?");

    private static Optional<BigDecimal> amount(String value) {
        if (value == null || !AMOUNT.matcher(value).matches()) {
            return Optional.empty();
        }
        BigDecimal amount = new BigDecimal(value);
        return amount.signum() > 0 ? Optional.of(amount) : Optional.empty();
    }
}
