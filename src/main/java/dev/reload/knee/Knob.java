package dev.reload.knee;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The plan's knobs a clinician may tune (rules.md: numbers marked <em>knob</em>, plus the planned
 * sessions a week and the exercises of the programme), each with its bounds. A value outside them
 * is refused naming the knob, never clamped. The adviser's {@code Knobs} and the plan's tuning
 * check against these same bounds.
 */
public enum Knob {

    /** R3.progress: the weekly step, 5–15 %; the plan's {@code progressionPercent}. */
    STEP_PERCENT("stepPercent", 5, 15, false),

    /** The planned target-activity sessions a week (R3, R3.next-session, R7.nonresponse), 1–14. */
    SESSIONS_PER_WEEK("sessionsPerWeek", 1, Plausible.SESSIONS_PER_WEEK, true),

    /** R1.stop: pain during a session that answers "stop now", 5–7. */
    STOP_PAIN("stopPain", 5, 7, true),

    /** R3.deload: every n-th week of Maintain is a rest week, 3–6. */
    DELOAD_EVERY_WEEKS("deloadEveryWeeks", 3, 6, true),

    /** R3.deload: a rest week's volume as a share of the week before, 60–80 %. */
    DELOAD_PERCENT("deloadPercent", 60, 80, false),

    /** R5.progress: the load added, 5–10 %. */
    STRENGTH_PROGRESS_PERCENT("strengthProgressPercent", 5, 10, false),

    /** R5.regress: the load taken off, 10–20 %. */
    STRENGTH_REGRESS_PERCENT("strengthRegressPercent", 10, 20, false),

    /** R5: the exercises of the condition's programme the plan uses (at least one, and one of each stage). */
    EXERCISES("exercises", 0, 0, false);

    /** Percentages are kept to two decimals. */
    public static final int PERCENT_SCALE = 2;

    private final String id;
    private final int min;
    private final int max;
    private final boolean whole;

    Knob(String id, int min, int max, boolean whole) {
        this.id = id;
        this.min = min;
        this.max = max;
        this.whole = whole;
    }

    /** The knob's name in requests, errors and the change log ({@code stepPercent}, …). */
    public String id() {
        return id;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    /** Whether the knob takes whole numbers only (a count or a pain score), not a percentage. */
    public boolean whole() {
        return whole;
    }

    /** Whether the knob is a number with bounds (every knob but {@link #EXERCISES}). */
    public boolean numeric() {
        return this != EXERCISES;
    }

    /** Whether {@code value} lies within the bounds, both included (never for {@link #EXERCISES}). */
    public boolean allows(double value) {
        return numeric() && value >= min && value <= max;
    }

    /** Whether {@code value} lies within the bounds and has no more decimals than the knob keeps. */
    public boolean allows(BigDecimal value) {
        return value != null
                && allows(value.doubleValue())
                && value.stripTrailingZeros().scale() <= (whole ? 0 : PERCENT_SCALE);
    }

    /** What a value outside the bounds is told: "must be between 5 and 15" (or "a whole number"). */
    public String problem() {
        return whole
                ? "must be a whole number between " + min + " and " + max
                : "must be between " + min + " and " + max + ", with at most " + PERCENT_SCALE + " decimals";
    }

    /** The knob named {@code id}, if there is one. */
    public static Optional<Knob> byId(String id) {
        for (Knob knob : values()) {
            if (knob.id.equals(id)) {
                return Optional.of(knob);
            }
        }
        return Optional.empty();
    }
}
