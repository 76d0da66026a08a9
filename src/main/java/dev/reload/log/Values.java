package dev.reload.log;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the log writes the values it stores and shows. */
final class Values {

    private static final DateTimeFormatter DAY_IN_WORDS =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    private Values() {}

    /** A day as a sentence of the API says it: "Monday 13 July 2026". */
    static String inWords(LocalDate day) {
        return DAY_IN_WORDS.format(day);
    }

    /** A decimal without trailing zeros and without an exponent: 13.0 → 13, 1E+1 → 10. */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** A text as stored: stripped, and null when blank. */
    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
