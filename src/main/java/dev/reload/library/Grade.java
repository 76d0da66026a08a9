package dev.reload.library;

/** How good the evidence is that a thing helps the problem on the page (about/methodology.md). */
public enum Grade {
    /** Strong: several good trials or a high-quality review or guideline agree. */
    A,
    /** Moderate: some good trials point the same way; the size of the benefit is uncertain. */
    B,
    /** Limited: small or weak studies, or evidence from a related problem. */
    C,
    /** No good evidence: not properly studied, or no benefit beyond placebo. */
    D
}
