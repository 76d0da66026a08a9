package dev.reload.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * KOOS and KOOS-PF subscale scoring (the KOOS scoring rules of 2012; product.md capability 7),
 * pure Java. Each item is answered 0–4, the box marked from the left. A subscale's score is
 * {@code 100 − mean × 25} over the items answered, so 100 means no problems and 0 extreme ones;
 * it is valid only when at least half of its items were answered, and each subscale stands alone:
 * there is no total score. Scores are rounded to one decimal, half up.
 */
public final class KoosScoring {

    private KoosScoring() {}

    /**
     * The score of {@code subscale} from {@code answers} (item id → 0–4), which may hold other
     * subscales' items too: only this one's are counted.
     *
     * @throws IllegalArgumentException when an answer of this subscale is outside 0–4
     */
    public static SubscaleScore score(KoosSubscale subscale, Map<String, Integer> answers) {
        int answered = 0;
        long sum = 0;
        for (String item : subscale.items()) {
            Integer answer = answers.get(item);
            if (answer == null) {
                continue;
            }
            if (answer < KoosSubscale.MIN_ANSWER || answer > KoosSubscale.MAX_ANSWER) {
                throw new IllegalArgumentException(item + " " + KoosSubscale.ANSWER_PROBLEM + ", was " + answer);
            }
            answered++;
            sum += answer;
        }
        boolean valid = answered >= subscale.needed();
        return new SubscaleScore(
                subscale,
                subscale.items().size(),
                answered,
                subscale.needed(),
                valid,
                valid ? score(sum, answered) : null);
    }

    /** 100 − (sum / answered) × 25, exactly, then to one decimal: (100·n − 25·sum) / n. */
    private static BigDecimal score(long sum, int answered) {
        return BigDecimal.valueOf(100L * answered - 25L * sum)
                .divide(BigDecimal.valueOf(answered), 1, RoundingMode.HALF_UP);
    }
}
