package dev.reload.advice.engine.load;

/** How much a history finding matters. */
public enum Severity {
    INFO,
    CAUTION,
    HIGH
}
