package dev.reload.knee;

/** The phases of R4 for the target activity; Build (strength) runs beside all three. */
public enum Phase {
    SETTLE,
    RETURN,
    MAINTAIN
}
