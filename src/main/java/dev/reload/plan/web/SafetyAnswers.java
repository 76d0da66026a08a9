package dev.reload.plan.web;

import java.util.Collection;
import java.util.Optional;

import dev.reload.knee.RedFlag;

/**
 * The safety screen wants an answer for every sign: the ones that apply ticked, or "None of these
 * apply to me" ticked on its own. An empty screen is not taken as "none".
 */
final class SafetyAnswers {

    static final String MISSING = "Tick each sign that applies to you, or \u201cNone of these apply to me\u201d.";
    static final String BOTH =
            "You ticked a sign and \u201cNone of these apply to me\u201d: untick the one that is not true.";

    private SafetyAnswers() {}

    /** What is wrong with these answers, if anything. */
    static Optional<String> check(Collection<RedFlag> flags, boolean noneApply) {
        if (flags.isEmpty() && !noneApply) {
            return Optional.of(MISSING);
        }
        if (!flags.isEmpty() && noneApply) {
            return Optional.of(BOTH);
        }
        return Optional.empty();
    }
}
