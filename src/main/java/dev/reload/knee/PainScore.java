package dev.reload.knee;

/** A 0–10 numeric pain rating, whole numbers only. */
public record PainScore(int value) {

    public PainScore {
        if (value < 0 || value > 10) {
            throw new IllegalArgumentException("pain must be 0–10, was " + value);
        }
    }

    private static final PainScore[] SCORES = new PainScore[11];

    static {
        for (int i = 0; i < SCORES.length; i++) {
            SCORES[i] = new PainScore(i);
        }
    }

    /** The score {@code value} (one shared instance per value). */
    public static PainScore of(int value) {
        return value >= 0 && value < SCORES.length ? SCORES[value] : new PainScore(value);
    }
}
