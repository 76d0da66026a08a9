package dev.reload.advice;

import java.util.stream.Stream;

import dev.reload.knee.Condition;
import dev.reload.knee.Phase;
import dev.reload.knee.Severity;

/**
 * Where a person stands on a day, in a few words for a clinician's patient list: the plan's
 * condition, the phase and plan week, today's light, how strongly the adviser sends them to a
 * clinician, and whether the non-response caution is armed (R7.nonresponse as a CAUTION, the end
 * of plan weeks 4 and 5, before it escalates).
 */
public record Standing(
        Condition condition,
        Phase phase,
        int planWeek,
        PlanHistory.Light light,
        Urgency escalation,
        boolean nonResponseCaution) {

    private static final String NON_RESPONSE = "R7.nonresponse";

    /** The adviser's escalation (R7): none, see a clinician, urgent care. */
    public enum Urgency {
        NONE,
        SEE_CLINICIAN,
        URGENT
    }

    /** The standing Today shows on its day. */
    public static Standing of(Today today) {
        boolean caution = Stream.concat(today.reviewFindings().stream(), today.advice().findings().stream())
                .anyMatch(f -> f.rule().equals(NON_RESPONSE) && f.severity() == Severity.CAUTION);
        return new Standing(
                today.plan().condition(),
                today.advice().phase(),
                today.planWeek(),
                PlanHistory.Light.valueOf(today.advice().light().name()),
                Urgency.valueOf(today.advice().escalation().name()),
                caution);
    }
}
