package dev.reload.finder;

/** The places on the knee map where it can hurt. */
public enum KneeRegion {
    /** On or around the kneecap, at the front. */
    AROUND_KNEECAP,
    /** Just below the kneecap, over the tendon that joins it to the shin. */
    BELOW_KNEECAP,
    /** On the outer side of the knee. */
    OUTER_KNEE,
    /** On the inner side, a little below the joint line. */
    INNER_BELOW_JOINT_LINE,
    /** Along the joint line, the gap between thigh bone and shin bone. */
    JOINT_LINE,
    /** One spot on the bone itself, usually the upper shin. */
    BONY_POINT
}
