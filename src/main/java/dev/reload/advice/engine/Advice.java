package dev.reload.advice.engine;

import java.time.LocalDate;
import java.util.List;

import dev.reload.knee.Phase;
import dev.reload.knee.Programme;

/**
 * The adviser's answer for one day (api.md, "Advice preview"). {@code lastSessionResponse} is
 * null without a target session; {@code nextWeek} and {@code nextSession} (R3.next-session) are
 * null when escalation is URGENT or R7.bone-stress applies.
 */
public record Advice(
        LocalDate asOf,
        Phase phase,
        Light light,
        Escalation escalation,
        Response lastSessionResponse,
        WeeklyDose nextWeek,
        NextSession nextSession,
        List<StrengthAdvice> strength,
        List<Contributor> contributors,
        List<Finding> findings,
        Programme programme) {

    public Advice {
        strength = List.copyOf(strength);
        contributors = List.copyOf(contributors);
        findings = List.copyOf(findings);
    }

    /** Whether some finding names {@code rule}. */
    public boolean hasFinding(String rule) {
        return findings.stream().anyMatch(f -> f.rule().equals(rule));
    }
}
