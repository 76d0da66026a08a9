package dev.reload.advice.engine;

import java.util.function.Supplier;

import dev.reload.knee.Severity;

/**
 * A finding whose message is worded only when asked: the weekly review judges every week of a
 * plan, but only the last week's reasons reach the advice.
 */
record Reason(String rule, Severity severity, Supplier<String> message, String source) {

    Finding toFinding() {
        return new Finding(rule, severity, message.get(), source);
    }
}
