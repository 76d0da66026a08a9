package dev.reload.knee;

/** The kinds of activity a person logs; one of them is the plan's target activity. */
public enum Activity {
    RUN,
    WALK,
    HIKE,
    CYCLE,
    SWIM,
    JUMP_SPORT,
    OTHER
}
