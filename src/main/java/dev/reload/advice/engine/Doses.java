package dev.reload.advice.engine;

import java.math.BigDecimal;
import java.util.Locale;

import dev.reload.knee.VolumeUnit;

/** Small helpers to word volumes and loads in messages. */
final class Doses {

    static String format(double volume, VolumeUnit unit) {
        String number = number(volume);
        return switch (unit) {
            case KM -> number + " km";
            case MINUTES -> number + " min";
            case JUMPS -> number + " jumps";
        };
    }

    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static String percent(double value) {
        return number(value) + " %";
    }

    static String kg(double value) {
        return String.format(Locale.ROOT, "%s kg", number(value));
    }

    private Doses() {}
}
