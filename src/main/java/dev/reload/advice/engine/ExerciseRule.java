package dev.reload.advice.engine;

import java.util.Optional;

/** A rule deciding one exercise's next prescription (R5, and R7.bone-stress for impact). */
interface ExerciseRule {

    Optional<StrengthOutcome> judge(ExerciseContext exercise);
}
