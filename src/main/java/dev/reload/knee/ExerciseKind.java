package dev.reload.knee;

/** How an exercise progresses (R5). */
public enum ExerciseKind {
    /** Body weight or an external load: load up 5–10 %, or reps up by 2 to 15 then the harder variant. */
    STRENGTH,
    /** A held position (stage 1 of tendon loading): moves on to its harder variant, the slow heavy stage. */
    ISOMETRIC,
    /** Slow heavy resistance (stage 2 of tendon loading): follows the RM stages of Kongsgaard 2009. */
    SLOW_HEAVY,
    /** Jumps (stage 3, energy storage): impact, never prescribed while bone stress is suspected. */
    JUMP,
    /** A stretch for a tight structure (R8.tightness). */
    STRETCH
}
