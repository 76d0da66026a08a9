package dev.reload.advice.engine;

/** How much a finding matters. */
public enum Severity {
    INFO,
    CAUTION,
    HIGH
}
