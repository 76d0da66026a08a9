package dev.reload.advice.engine;

import java.util.Objects;

import dev.reload.knee.Severity;

/** One reason behind the advice: the rule id of rules.md, how much it matters, what it means, and its source. */
public record Finding(String rule, Severity severity, String message, String source) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(source, "source");
    }
}
