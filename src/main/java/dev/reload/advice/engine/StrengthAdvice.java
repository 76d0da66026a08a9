package dev.reload.advice.engine;

/** The R5 decision for one exercise of the log and the prescription for its next session. */
public record StrengthAdvice(String exercise, StrengthDecision decision, Prescription next) {}
