package dev.reload.advice.engine;

import java.util.Optional;

import dev.reload.knee.Phase;
import dev.reload.knee.Severity;

/** R3.one-variable — a week whose volume rose may not also hold more hard (RPE ≥ 7) sessions than the week before. */
final class OneVariableRule implements WeekRule {

    static final String ID = "R3.one-variable";

    @Override
    public Optional<WeekVerdict> judge(WeekContext c) {
        WeekStats w = c.week();
        WeekStats p = c.previous();
        if (c.phase() == Phase.SETTLE
                || p == null
                || !(w.volume() > p.volume())
                || w.hardSessions() <= p.hardSessions()) {
            return Optional.empty();
        }
        return Optional.of(new WeekVerdict.Note(new Reason(
                ID,
                Severity.CAUTION,
                () -> "This week raised both the amount (" + c.fmt(p.volume()) + " to " + c.fmt(w.volume())
                        + ") and the number of hard sessions (" + p.hardSessions() + " to " + w.hardSessions()
                        + "). Change one thing at a time.",
                Sources.and(Sources.ARTICLE, Sources.NIELSEN_2014))));
    }
}
