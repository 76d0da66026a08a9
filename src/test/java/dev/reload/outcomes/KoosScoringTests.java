package dev.reload.outcomes;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.reload.outcomes.OutcomeFixtures.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** KOOS and KOOS-PF subscale scoring: product.md's worked examples and the edges of the half rule. */
class KoosScoringTests {

    @Test
    void painAnswered11210201ScoresSeventyFive() {
        SubscaleScore pain = KoosScoring.score(KoosSubscale.PAIN, answers("P", 1, 1, 2, 1, 0, 2, 0, 1, 1));

        assertThat(pain.valid()).isTrue();
        assertThat(pain.answered()).isEqualTo(9);
        assertThat(pain.score()).isEqualByComparingTo("75.0");
        assertThat(pain.score().scale()).isEqualTo(1);
    }

    @Test
    void painWithFourOfNineAnsweredIsNotValid() {
        SubscaleScore pain = KoosScoring.score(KoosSubscale.PAIN, answers("P", 1, 1, 2, 1));

        assertThat(pain.valid()).isFalse();
        assertThat(pain.score()).isNull();
        assertThat(pain.answered()).isEqualTo(4);
        assertThat(pain.needed()).isEqualTo(5);
    }

    @Test
    void painWithFiveOfNineAnsweredIsScoredOverTheFive() {
        SubscaleScore pain = KoosScoring.score(KoosSubscale.PAIN, answers("P", 1, 1, 2, 1, 0));

        // mean 1.0 over the five answered, not over nine
        assertThat(pain.score()).isEqualByComparingTo("75.0");
    }

    @ParameterizedTest(name = "{0}: {1} items, {2} needed")
    @CsvSource({"SYMPTOMS, 7, 4", "PAIN, 9, 5", "ADL, 17, 9", "SPORT_REC, 5, 3", "QOL, 4, 2", "PF, 11, 6"})
    void aSubscaleNeedsAtLeastHalfItsItems(KoosSubscale subscale, int items, int needed) {
        assertThat(subscale.items()).hasSize(items);
        assertThat(subscale.needed()).isEqualTo(needed);
        int[] justEnough = new int[needed];
        int[] oneShort = new int[needed - 1];

        assertThat(KoosScoring.score(subscale, answers(subscale.prefix(), justEnough))
                        .valid())
                .isTrue();
        assertThat(KoosScoring.score(subscale, answers(subscale.prefix(), oneShort))
                        .valid())
                .isFalse();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "'0,0,0,0,0,0,0,0,0,0,0', 100.0",
        "'4,4,4,4,4,4,4,4,4,4,4', 0.0",
        "'1,2,1,2,1,2', 62.5",
        "'1,1,1,1,1,1,2', 71.4", // 100 − 8/7 × 25 = 71.43
        "'2,2,2,2,2,1', 54.2", // 100 − 11/6 × 25 = 54.17
        "'3,3,3,3,3,3,3,3,3,3,2', 27.3" // 100 − 32/11 × 25 = 27.27
    })
    void patellofemoralScoresAreOneHundredMinusTheMeanTimesTwentyFive(String values, String expected) {
        int[] boxes =
                List.of(values.split(",")).stream().mapToInt(Integer::parseInt).toArray();

        assertThat(KoosScoring.score(KoosSubscale.PF, answers("PF", boxes)).score())
                .isEqualByComparingTo(new BigDecimal(expected));
    }

    @Test
    void eachSubscaleCountsOnlyItsOwnItems() {
        Map<String, Integer> both = answers("P", 4, 4, 4, 4, 4, 4, 4, 4, 4);
        both.putAll(answers("SP", 0, 0, 0, 0, 0));

        assertThat(KoosScoring.score(KoosSubscale.PAIN, both).score()).isEqualByComparingTo("0.0");
        assertThat(KoosScoring.score(KoosSubscale.SPORT_REC, both).score()).isEqualByComparingTo("100.0");
        assertThat(KoosScoring.score(KoosSubscale.SYMPTOMS, both).answered()).isZero();
    }

    @Test
    void anAnswerOutsideTheBoxesIsRefused() {
        assertThatThrownBy(() -> KoosScoring.score(KoosSubscale.PAIN, Map.of("P1", 5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("P1 must be 0–4");
        assertThatThrownBy(() -> KoosScoring.score(KoosSubscale.PAIN, Map.of("P1", -1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void itemIdsAreTheFormsNumbersExactly() {
        assertThat(KoosSubscale.of("SP1")).contains(KoosSubscale.SPORT_REC);
        assertThat(KoosSubscale.of("S1")).contains(KoosSubscale.SYMPTOMS);
        assertThat(KoosSubscale.of("PF11")).contains(KoosSubscale.PF);
        assertThat(KoosSubscale.of("P10")).isEmpty();
        assertThat(KoosSubscale.of("p1")).isEmpty();
        assertThat(KoosSubscale.of("A0")).isEmpty();
        assertThat(KoosSubscale.allItems()).hasSize(53).startsWith("S1").endsWith("PF11");
    }
}
