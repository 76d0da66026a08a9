package dev.reload.plan;

import java.math.BigDecimal;
import java.util.List;

import dev.reload.knee.Knob;

/**
 * The values of a plan's knobs ({@link Knob}): the weekly step and the sessions a week, which the
 * plan's own fields hold, the stop threshold, the deload rhythm and depth, the strength steps up
 * and down, and the exercises of the programme the plan uses ({@code exercises} empty: the whole
 * programme). Percentages have at most two decimals and no trailing zeros.
 */
public record PlanKnobs(
        BigDecimal stepPercent,
        int sessionsPerWeek,
        int stopPain,
        int deloadEveryWeeks,
        BigDecimal deloadPercent,
        BigDecimal strengthProgressPercent,
        BigDecimal strengthRegressPercent,
        List<String> exercises) {

    public static final int DEFAULT_STOP_PAIN = 6;
    public static final int DEFAULT_DELOAD_EVERY_WEEKS = 4;
    public static final BigDecimal DEFAULT_DELOAD_PERCENT = BigDecimal.valueOf(70);
    public static final BigDecimal DEFAULT_STRENGTH_PROGRESS_PERCENT = BigDecimal.TEN;
    public static final BigDecimal DEFAULT_STRENGTH_REGRESS_PERCENT = BigDecimal.valueOf(20);

    public PlanKnobs {
        stepPercent = plain(stepPercent);
        deloadPercent = plain(deloadPercent);
        strengthProgressPercent = plain(strengthProgressPercent);
        strengthRegressPercent = plain(strengthRegressPercent);
        exercises = exercises == null ? List.of() : List.copyOf(exercises);
    }

    /** The knobs of a plan never tuned: its own step and sessions a week, the rest as rules.md has them. */
    public static PlanKnobs defaultsOf(PlanEntry plan) {
        return new PlanKnobs(
                plan.stepOrDefault(),
                plan.sessionsPerWeek(),
                DEFAULT_STOP_PAIN,
                DEFAULT_DELOAD_EVERY_WEEKS,
                DEFAULT_DELOAD_PERCENT,
                DEFAULT_STRENGTH_PROGRESS_PERCENT,
                DEFAULT_STRENGTH_REGRESS_PERCENT,
                List.of());
    }

    /** The value of {@code knob} as the change log writes it: "7.5", "4", or exercise ids joined by commas. */
    public String value(Knob knob) {
        return switch (knob) {
            case STEP_PERCENT -> stepPercent.toPlainString();
            case SESSIONS_PER_WEEK -> Integer.toString(sessionsPerWeek);
            case STOP_PAIN -> Integer.toString(stopPain);
            case DELOAD_EVERY_WEEKS -> Integer.toString(deloadEveryWeeks);
            case DELOAD_PERCENT -> deloadPercent.toPlainString();
            case STRENGTH_PROGRESS_PERCENT -> strengthProgressPercent.toPlainString();
            case STRENGTH_REGRESS_PERCENT -> strengthRegressPercent.toPlainString();
            case EXERCISES -> String.join(",", exercises);
        };
    }

    static BigDecimal plain(BigDecimal value) {
        return value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
    }
}
