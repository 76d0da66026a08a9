package dev.reload.finder;

/** Activities that can bring the pain on or make it worse. */
public enum Aggravator {
    RUNNING,
    DOWNHILL,
    STAIRS_SQUATTING,
    JUMPING,
    CYCLING,
    WALKING_HIKING,
    KNEELING,
    SITTING,
    STARTING_UP
}
