package dev.reload.knee;

/** The contributors of R8 (api.md {@code contributors[].id}). */
public enum ContributorKind {
    HIP_GLUTE_WEAKNESS,
    QUADRICEPS_WEAKNESS,
    TIGHTNESS,
    TRAINING_ERROR,
    FOOTWEAR_SURFACE,
    WHOLE_BODY
}
