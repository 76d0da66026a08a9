package dev.reload.log;

import java.math.BigDecimal;

/** How the log writes the values it stores and shows. */
final class Values {

    private Values() {}

    /** A decimal without trailing zeros and without an exponent: 13.0 → 13, 1E+1 → 10. */
    static BigDecimal plain(BigDecimal value) {
        return value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
    }

    /** A text as stored: stripped, and null when blank. */
    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
