package dev.reload.advice.engine;

/** A 0–10 numeric pain rating, whole numbers only. */
public record PainScore(int value) {

    public PainScore {
        if (value < 0 || value > 10) {
            throw new IllegalArgumentException("pain must be 0–10, was " + value);
        }
    }

    public static PainScore of(int value) {
        return new PainScore(value);
    }
}
