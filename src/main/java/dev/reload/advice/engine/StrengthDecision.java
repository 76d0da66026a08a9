package dev.reload.advice.engine;

/** The R5 decision for one exercise. */
public enum StrengthDecision {
    PROGRESS,
    HOLD,
    REGRESS
}
