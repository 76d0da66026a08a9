package dev.reload.advice.engine;

/** The 24-hour response of one session (rules.md R1). */
public enum Response {
    GREEN,
    AMBER,
    RED,
    PENDING
}
