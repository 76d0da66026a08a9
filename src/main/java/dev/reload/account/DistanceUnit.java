package dev.reload.account;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** How a person likes distances shown. Stored values and the API are always in kilometres. */
public enum DistanceUnit {
    KM,
    MILES;

    private static final BigDecimal KM_PER_MILE = new BigDecimal("1.609344");

    /** Kilometres as this unit shows them, to two decimals. */
    public BigDecimal fromKm(BigDecimal km) {
        if (km == null || this == KM) {
            return km;
        }
        return km.divide(KM_PER_MILE, MathContext.DECIMAL64)
                .setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }

    /** A distance typed in this unit, in kilometres (to three decimals). */
    public BigDecimal toKm(BigDecimal value) {
        if (value == null || this == KM) {
            return value;
        }
        return value.multiply(KM_PER_MILE).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
