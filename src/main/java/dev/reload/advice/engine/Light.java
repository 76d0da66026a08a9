package dev.reload.advice.engine;

/** Today's traffic light: the worst recent response, or RED while an escalation stands. */
public enum Light {
    GREEN,
    AMBER,
    RED;

    static Light of(Response response) {
        return switch (response) {
            case RED -> RED;
            case AMBER -> AMBER;
            case GREEN, PENDING -> GREEN;
        };
    }

    Light worse(Light other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
