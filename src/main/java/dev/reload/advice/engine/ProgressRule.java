package dev.reload.advice.engine;

import java.util.Optional;

import dev.reload.knee.Phase;
import dev.reload.knee.Severity;
import dev.reload.knee.VolumeUnit;

/**
 * R3.progress — every session GREEN and at least the planned number done: next week rises by the
 * step (knob, 5–15 %; at most 10 % in Maintain), rounded down to the grain but always at least
 * one grain higher.
 */
final class ProgressRule implements WeekRule {

    static final String ID = "R3.progress";
    static final double MAINTAIN_STEP_CAP = 10;

    @Override
    public Optional<WeekVerdict> judge(WeekContext c) {
        WeekStats w = c.week();
        if (c.phase() == Phase.SETTLE
                || !w.allGreen()
                || w.sessions() < c.plan().sessionsPerWeek()) {
            return Optional.empty();
        }
        double step = step(c.knobs().stepPercent(), c.phase());
        double volume = progressedVolume(c.volume(), step, c.unit());
        return Optional.of(new WeekVerdict.Dose(
                4,
                c.phase(),
                DoseDecision.PROGRESS,
                volume,
                Escalation.NONE,
                new Reason(
                        ID,
                        Severity.INFO,
                        () -> "Every session this week went well, so next week can grow by about "
                                + Doses.percent(step) + " to " + c.fmt(volume) + ". Raise the amount, not the"
                                + " effort: " + hardSessions(w.hardSessions()) + ".",
                        Sources.and(Sources.ARTICLE, Sources.BUIST_2008))));
    }

    /** How many hard sessions (effort of {@link WeekStats#HARD_RPE} or more) next week may have: this week's. */
    static String hardSessions(int hard) {
        if (hard == 0) {
            return "keep every session under an effort of " + WeekStats.HARD_RPE + "/10, as this week";
        }
        return "no more than " + hard + " hard session" + (hard == 1 ? "" : "s") + " (an effort of "
                + WeekStats.HARD_RPE + "/10 or more), as this week";
    }

    static double step(double stepPercent, Phase phase) {
        return phase == Phase.MAINTAIN ? Math.min(stepPercent, MAINTAIN_STEP_CAP) : stepPercent;
    }

    /** {@code volume × (1 + step)}, rounded down to the grain, but at least one grain above {@code volume} rounded down. */
    static double progressedVolume(double volume, double stepPercent, VolumeUnit unit) {
        return Math.max(unit.roundDown(volume * (1 + stepPercent / 100)), unit.roundDown(volume) + unit.grain());
    }
}
