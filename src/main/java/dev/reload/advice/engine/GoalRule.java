package dev.reload.advice.engine;

import java.util.List;

import dev.reload.knee.Severity;

/**
 * R3.goal — no dose exceeds the weekly goal; two all-GREEN weeks at the goal move Return to
 * Maintain (R4).
 */
final class GoalRule {

    static final String ID = "R3.goal";
    static final String MAINTAIN = "R4.maintain";
    static final int WEEKS_AT_GOAL = 2;

    /** Caps {@code dose} at the goal; a progression that the cap leaves no higher than this week becomes a hold. */
    static WeekVerdict.Dose cap(WeekContext c, WeekVerdict.Dose dose, List<Reason> findings) {
        double goal = c.unit().roundDown(c.plan().weeklyGoal());
        if (dose.volume() <= goal || goal <= 0) {
            return dose;
        }
        Reason finding = new Reason(
                ID,
                Severity.INFO,
                () -> "Next week stops at the weekly goal of " + c.fmt(goal) + ": the plan never asks for more.",
                Sources.ARTICLE);
        findings.add(finding);
        if (dose.decision() == DoseDecision.PROGRESS && goal <= c.unit().roundDown(c.volume())) {
            findings.removeIf(f -> f.rule().equals(ProgressRule.ID));
            return dose.withVolume(goal, DoseDecision.HOLD, finding);
        }
        return dose.withVolume(goal, dose.decision(), dose.reason());
    }

    /** Whether week {@code w} counts toward Maintain: all GREEN at or above the goal. */
    static boolean atGoal(WeekStats w, Plan plan) {
        return w.allGreen() && w.volume() >= plan.weeklyGoal() - 1e-9;
    }

    static List<Reason> enterMaintain(WeekContext c) {
        return List.of(
                new Reason(
                        ID,
                        Severity.INFO,
                        () -> "Two fully green weeks at the goal of "
                                + c.fmt(c.plan().weeklyGoal()) + ": the return is complete.",
                        Sources.ARTICLE),
                new Reason(
                        MAINTAIN,
                        Severity.INFO,
                        () -> "Welcome to maintenance: keep the weekly amount steady or growing slowly, take a lighter"
                                + " week every " + c.knobs().deloadEveryWeeks() + " weeks, and keep one or two"
                                + " strength sessions a week for the hips and thighs.",
                        Sources.ARTICLE));
    }

    private GoalRule() {}
}
