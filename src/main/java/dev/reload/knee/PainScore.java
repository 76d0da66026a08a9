package dev.reload.knee;

/**
 * A 0–10 numeric pain rating, whole numbers only. The scale is defined here once: the log's
 * validation (pain, stiffness, and effort and stress, rated on the same 0–10 scale) uses its bounds
 * and its message.
 */
public record PainScore(int value) {

    /** No pain. */
    public static final int MIN = 0;
    /** The worst pain imaginable. */
    public static final int MAX = 10;
    /** What a value outside the scale is told. */
    public static final String OUT_OF_RANGE = "must be 0–10";
    /**
     * Pain during a session at or above which the session stops (R1.stop, the {@code stopPain} knob's
     * default; clinicians may set 5–7).
     */
    public static final int STOP_DEFAULT = 6;

    public PainScore {
        if (!isValid(value)) {
            throw new IllegalArgumentException("pain " + OUT_OF_RANGE + ", was " + value);
        }
    }

    /** True when {@code value} is on the scale. */
    public static boolean isValid(int value) {
        return value >= MIN && value <= MAX;
    }

    private static final PainScore[] SCORES = new PainScore[11];

    static {
        for (int i = 0; i < SCORES.length; i++) {
            SCORES[i] = new PainScore(i);
        }
    }

    /** The score {@code value} (one shared instance per value). */
    public static PainScore of(int value) {
        return isValid(value) ? SCORES[value] : new PainScore(value);
    }
}
