package dev.reload.advice.engine;

import java.util.Optional;

import dev.reload.knee.Phase;
import dev.reload.knee.Severity;

/** R3.hold — an AMBER (or still PENDING) session and no RED, or fewer sessions than planned: next week repeats this one. */
final class HoldRule implements WeekRule {

    static final String ID = "R3.hold";

    @Override
    public Optional<WeekVerdict> judge(WeekContext c) {
        WeekStats w = c.week();
        boolean fewer = w.sessions() < c.plan().sessionsPerWeek();
        if (c.phase() == Phase.SETTLE || w.anyRed() || !(w.anyAmberOrPending() || fewer)) {
            return Optional.empty();
        }
        double volume = c.unit().roundDown(c.volume());
        String why = w.anyAmberOrPending()
                ? "the knee was at the edge after a session this week"
                : "the week had " + w.sessions() + " of the " + c.plan().sessionsPerWeek() + " planned sessions";
        return Optional.of(new WeekVerdict.Dose(
                3,
                c.phase(),
                DoseDecision.HOLD,
                volume,
                Escalation.NONE,
                new Reason(
                        ID,
                        Severity.INFO,
                        () -> "Stay at " + c.fmt(volume) + " next week: " + why + ". Go up again once a full week"
                                + " feels fine during and the next morning.",
                        Sources.and(Sources.ARTICLE, Sources.SILBERNAGEL_2007))));
    }
}
