package dev.reload.plan;

import java.math.BigDecimal;
import java.util.List;

/**
 * Knob values someone proposes for a plan (a change, or a what-if); a null value leaves that knob
 * as it is. {@link PlanTuning} checks each against its bounds.
 */
public record ProposedKnobs(
        BigDecimal stepPercent,
        Integer sessionsPerWeek,
        Integer stopPain,
        Integer deloadEveryWeeks,
        BigDecimal deloadPercent,
        BigDecimal strengthProgressPercent,
        BigDecimal strengthRegressPercent,
        List<String> exercises) {

    /** Nothing proposed: every knob as it is. */
    public static final ProposedKnobs NONE = new ProposedKnobs(null, null, null, null, null, null, null, null);

    /** Proposes exactly the values of {@code knobs}. */
    public static ProposedKnobs of(PlanKnobs knobs) {
        return new ProposedKnobs(
                knobs.stepPercent(),
                knobs.sessionsPerWeek(),
                knobs.stopPain(),
                knobs.deloadEveryWeeks(),
                knobs.deloadPercent(),
                knobs.strengthProgressPercent(),
                knobs.strengthRegressPercent(),
                knobs.exercises());
    }

    /** These values over {@code current}, unchecked. */
    PlanKnobs over(PlanKnobs current) {
        return new PlanKnobs(
                stepPercent == null ? current.stepPercent() : stepPercent,
                sessionsPerWeek == null ? current.sessionsPerWeek() : sessionsPerWeek,
                stopPain == null ? current.stopPain() : stopPain,
                deloadEveryWeeks == null ? current.deloadEveryWeeks() : deloadEveryWeeks,
                deloadPercent == null ? current.deloadPercent() : deloadPercent,
                strengthProgressPercent == null ? current.strengthProgressPercent() : strengthProgressPercent,
                strengthRegressPercent == null ? current.strengthRegressPercent() : strengthRegressPercent,
                exercises == null ? current.exercises() : exercises);
    }
}
