package dev.reload.advice.engine;

/** How next week's dose of the target activity was decided (api.md {@code nextWeek.decision}). */
public enum DoseDecision {
    PROGRESS,
    HOLD,
    BACK_OFF,
    DELOAD,
    START,
    SETTLE
}
