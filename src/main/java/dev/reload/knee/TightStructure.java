package dev.reload.knee;

/** Structures an assessment can find tight (R8.tightness). */
public enum TightStructure {
    HIP_FLEXORS,
    CALVES,
    HAMSTRINGS
}
