package dev.reload.advice.engine;

/** How the next target-activity session was decided (api.md {@code nextSession.decision}, rules.md R3.next-session). */
public enum SessionDecision {
    /** The per-session share, within what is left of the week's dose. */
    TRY,
    /** After an AMBER session: the smaller of the share and that session's volume. */
    HOLD,
    /** A RED session this week and the morning since back at baseline: at most 80 % of it. */
    BACK_OFF,
    /** The most recent session was RED and no morning since is back at baseline: cross-training only. */
    REST,
    /** The week's dose or its planned sessions are done. */
    DONE,
    /** Settling with no dose to try: the cross-training options. */
    CROSS_TRAIN
}
