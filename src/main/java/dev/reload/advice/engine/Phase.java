package dev.reload.advice.engine;

/** The phases of R4 for the target activity; Build (strength) runs beside all three. */
public enum Phase {
    SETTLE,
    RETURN,
    MAINTAIN
}
