package dev.reload.advice.engine;

/** How strongly the adviser sends the person to a clinician (R7, R3.repeat-red). */
public enum Escalation {
    NONE,
    SEE_CLINICIAN,
    URGENT;

    Escalation max(Escalation other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
