package dev.reload.importing;

/**
 * The kind of activity an imported file holds, mapped to Reload's activities. Anything Reload does
 * not coach (rowing, yoga, skiing, ...) is {@link #OTHER}.
 */
public enum Sport {
    RUN,
    WALK,
    HIKE,
    CYCLE,
    SWIM,
    JUMP_SPORT,
    OTHER
}
