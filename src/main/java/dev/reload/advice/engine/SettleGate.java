package dev.reload.advice.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.reload.advice.engine.load.HistoryWords;
import dev.reload.knee.Condition;
import dev.reload.knee.Phase;
import dev.reload.knee.Severity;

/**
 * R4 — the Settle phase and its gate to Return. While settling, the dose to keep trying is the
 * volume of the week's GREEN target sessions, else the stated tolerable dose × sessions a week,
 * else none (cross-training only). The gate opens when a week ends with at least 3 target
 * sessions, all GREEN, no morning pain above 3, and Build has had at least 2 plan weeks with 2
 * or more strength sessions each.
 */
final class SettleGate implements WeekRule {

    static final String SETTLE = "R4.settle";
    static final String RETURN = "R4.return";
    static final int GATE_SESSIONS = 3;
    static final int GATE_MAX_MORNING_PAIN = 3;
    static final int GATE_BUILD_WEEKS = 2;
    static final int BUILD_SESSIONS_PER_WEEK = 2;

    @Override
    public Optional<WeekVerdict> judge(WeekContext c) {
        if (c.phase() != Phase.SETTLE) {
            return Optional.empty();
        }
        WeekStats w = c.week();
        List<String> missing = new ArrayList<>();
        if (c.plan().condition() == Condition.BONE_STRESS) {
            missing.add("a clinician's all-clear for the bone first");
        }
        if (w.sessions() < GATE_SESSIONS) {
            missing.add("at least " + GATE_SESSIONS + " sessions of "
                    + HistoryWords.name(c.plan().targetActivity()) + " in the week (" + soFar(w.sessions()) + ")");
        }
        if (!w.allGreen()) {
            missing.add("every one of them green");
        }
        if (w.maxMorningPain() > GATE_MAX_MORNING_PAIN) {
            missing.add("morning pain no higher than " + GATE_MAX_MORNING_PAIN + " (it reached " + w.maxMorningPain()
                    + ")");
        }
        if (c.buildWeeks() < GATE_BUILD_WEEKS) {
            missing.add(GATE_BUILD_WEEKS + " weeks with " + BUILD_SESSIONS_PER_WEEK + " or more strength sessions ("
                    + soFar(c.buildWeeks()) + ")");
        }
        if (missing.isEmpty()) {
            double volume = c.unit().roundDown(w.volume());
            return Optional.of(new WeekVerdict.Dose(
                    0,
                    Phase.RETURN,
                    DoseDecision.START,
                    volume,
                    Escalation.NONE,
                    new Reason(
                            RETURN,
                            Severity.INFO,
                            () -> "The knee settled: a full week of green sessions, quiet mornings and steady strength"
                                    + " work. Return starts at this week's " + c.fmt(volume)
                                    + ", and strength work carries on beside it.",
                            Sources.ARTICLE)));
        }
        double volume = settleVolume(c);
        String dose = volume > 0
                ? "Keep trying about " + c.fmt(volume) + " a week of "
                        + HistoryWords.name(c.plan().targetActivity())
                : "For now, keep fit with cross-training that does not stir the knee (easy cycling, pool"
                        + " walking or running, upper body and core work, walking)";
        return Optional.of(new WeekVerdict.Dose(
                0,
                Phase.SETTLE,
                DoseDecision.SETTLE,
                volume,
                Escalation.NONE,
                new Reason(
                        SETTLE,
                        Severity.INFO,
                        () -> dose + ". Return begins once a week ends with " + String.join(", ", missing) + ".",
                        Sources.ARTICLE)));
    }

    /** The Settle dose after week {@code c}: this week's GREEN volume, else tolerable dose × sessions, else 0. */
    static double settleVolume(WeekContext c) {
        if (c.week().greenVolume() > 0) {
            return c.unit().roundDown(c.week().greenVolume());
        }
        return startingVolume(c.plan());
    }

    /** The plan's stated tolerable dose × sessions a week (never above the goal), or 0 when none was stated. */
    static double startingVolume(Plan plan) {
        if (plan.tolerableDose() == null) {
            return 0;
        }
        return plan.unit().roundDown(Math.min(plan.tolerableDose() * plan.sessionsPerWeek(), plan.weeklyGoal()));
    }

    /** "none so far", "2 so far". */
    private static String soFar(int count) {
        return (count == 0 ? "none" : String.valueOf(count)) + " so far";
    }
}
