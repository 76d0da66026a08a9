package dev.reload.knee;

/**
 * How much a finding matters: the advice's findings and R6's history findings
 * ({@code dev.reload.advice.engine.load.HistoryFinding}) alike. Answered by name in JSON and on pages
 * ({@code INFO}, {@code CAUTION}, {@code HIGH}), so the names are part of the API.
 */
public enum Severity {
    INFO,
    CAUTION,
    HIGH
}
