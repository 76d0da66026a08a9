package dev.reload.advice.engine;

import java.util.List;

import dev.reload.knee.Knob;
import dev.reload.knee.PainScore;

/**
 * The values of rules.md a clinician may tune, each within its bounds. A value outside its
 * bounds throws {@link IllegalArgumentException} naming the knob. Every other number of the
 * rules is fixed and lives with its rule.
 *
 * @param stepPercent weekly progression step of R3.progress (5–15 %, default 10). Source: the
 *        article (+10–15 % a week; the 10 % rule as a heuristic), Buist 2008 (graded programmes);
 *        a plan's {@code progressionPercent} sets it
 * @param stopPain pain during a session that answers "stop now", R1.stop (5–7, default 6). Source:
 *        the article's pain scale (1–3 fine, 4–5 at the edge, more is too much), Silbernagel 2007
 * @param deloadEveryWeeks every n-th week of Maintain is a rest week, R3.deload (3–6, default 4).
 *        Source: the article (rest weeks in long-term maintenance), Gabbett 2016
 * @param deloadPercent volume of a rest week as a share of the week before, R3.deload (60–80 %,
 *        default 70). Source: as {@code deloadEveryWeeks}
 * @param strengthProgressPercent load added by R5.progress (5–10 %, default 10). Source: R5,
 *        Kongsgaard 2009, Crossley 2016
 * @param strengthRegressPercent load taken off by R5.regress (10–20 %, default 20). Source: R5,
 *        the article's "reduce the load" at the edge of the pain scale
 * @param exercises the exercises of the condition's R5 programme the plan uses, in any order; empty
 *        (the default): the whole programme. The advice's programme holds only these. Source: R5
 *        (the exercise library names each programme's exercises, with easier and harder variants)
 */
public record Knobs(
        double stepPercent,
        int stopPain,
        int deloadEveryWeeks,
        double deloadPercent,
        double strengthProgressPercent,
        double strengthRegressPercent,
        List<String> exercises) {

    public static final Knobs DEFAULTS = new Knobs(10, PainScore.STOP_DEFAULT, 4, 70, 10, 20);

    public Knobs {
        checkStep(stepPercent);
        check(Knob.STOP_PAIN, stopPain);
        check(Knob.DELOAD_EVERY_WEEKS, deloadEveryWeeks);
        check(Knob.DELOAD_PERCENT, deloadPercent);
        check(Knob.STRENGTH_PROGRESS_PERCENT, strengthProgressPercent);
        check(Knob.STRENGTH_REGRESS_PERCENT, strengthRegressPercent);
        exercises = exercises == null ? List.of() : List.copyOf(exercises);
    }

    /** The knobs with the whole programme. */
    public Knobs(
            double stepPercent,
            int stopPain,
            int deloadEveryWeeks,
            double deloadPercent,
            double strengthProgressPercent,
            double strengthRegressPercent) {
        this(
                stepPercent,
                stopPain,
                deloadEveryWeeks,
                deloadPercent,
                strengthProgressPercent,
                strengthRegressPercent,
                List.of());
    }

    static void checkStep(double stepPercent) {
        check(Knob.STEP_PERCENT, stepPercent);
    }

    private static void check(Knob knob, double value) {
        if (!knob.allows(value)) {
            throw new KnobOutOfBoundsException(knob.id(), value, knob.min(), knob.max());
        }
    }

    public Knobs withStepPercent(double value) {
        return new Knobs(
                value,
                stopPain,
                deloadEveryWeeks,
                deloadPercent,
                strengthProgressPercent,
                strengthRegressPercent,
                exercises);
    }

    /** A knob outside its bounds; {@link #knob()} names it. R6's {@code HistoryKnobs} throws it too. */
    public static final class KnobOutOfBoundsException extends IllegalArgumentException {

        private final String knob;

        public KnobOutOfBoundsException(String knob, double value, double min, double max) {
            super(knob + " must be between " + format(min) + " and " + format(max) + ", was " + format(value));
            this.knob = knob;
        }

        public String knob() {
            return knob;
        }

        private static String format(double value) {
            return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
        }
    }
}
