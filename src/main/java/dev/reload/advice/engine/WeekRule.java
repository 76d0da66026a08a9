package dev.reload.advice.engine;

import java.util.Optional;

/** A rule judged when a plan week ends (R3, R4): it proposes a dose for the next week, adds a note, or stays silent. */
interface WeekRule {

    Optional<WeekVerdict> judge(WeekContext week);
}
