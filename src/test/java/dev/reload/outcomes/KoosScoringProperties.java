package dev.reload.outcomes;

import java.util.HashMap;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/** Invariants of the subscale scoring over any answers. */
class KoosScoringProperties {

    /** A subscale and answers to some of its items (each item answered 0–4 or left out). */
    record Case(KoosSubscale subscale, Map<String, Integer> answers) {}

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.of(KoosSubscale.class)
                .flatMap(subscale -> Arbitraries.integers()
                        .between(-1, 4)
                        .list()
                        .ofSize(subscale.items().size())
                        .map(boxes -> {
                            Map<String, Integer> answers = new HashMap<>();
                            for (int i = 0; i < boxes.size(); i++) {
                                if (boxes.get(i) >= 0) { // −1: left out
                                    answers.put(subscale.items().get(i), boxes.get(i));
                                }
                            }
                            return new Case(subscale, answers);
                        }));
    }

    @Provide
    Arbitrary<KoosSubscale> subscales() {
        return Arbitraries.of(KoosSubscale.class);
    }

    @Provide
    Arbitrary<Case> allTheSame() {
        return Combinators.combine(
                        Arbitraries.of(KoosSubscale.class),
                        Arbitraries.integers().between(0, 4))
                .as((subscale, box) -> {
                    Map<String, Integer> answers = new HashMap<>();
                    subscale.items().forEach(item -> answers.put(item, box));
                    return new Case(subscale, answers);
                });
    }

    @Property(tries = 500)
    void aValidScoreIsFromZeroToOneHundred(@ForAll("cases") Case c) {
        SubscaleScore score = KoosScoring.score(c.subscale(), c.answers());

        assertThat(score.valid()).isEqualTo(c.answers().size() >= c.subscale().needed());
        if (score.valid()) {
            assertThat(score.score()).isBetween(java.math.BigDecimal.ZERO, java.math.BigDecimal.valueOf(100));
        } else {
            assertThat(score.score()).isNull();
        }
        assertThat(score.answered()).isEqualTo(c.answers().size());
    }

    @Property(tries = 100)
    void allZeroScoresOneHundredAndAllFourScoresZero(@ForAll("subscales") KoosSubscale subscale) {
        Map<String, Integer> none = new HashMap<>();
        Map<String, Integer> extreme = new HashMap<>();
        subscale.items().forEach(item -> {
            none.put(item, 0);
            extreme.put(item, 4);
        });

        assertThat(KoosScoring.score(subscale, none).score()).isEqualByComparingTo("100");
        assertThat(KoosScoring.score(subscale, extreme).score()).isEqualByComparingTo("0");
    }

    @Property(tries = 200)
    void everyAnswerTheSameScoresOneHundredMinusItTimesTwentyFive(@ForAll("allTheSame") Case c) {
        int box = c.answers().values().iterator().next();

        assertThat(KoosScoring.score(c.subscale(), c.answers()).score())
                .isEqualByComparingTo(String.valueOf(100 - 25 * box));
    }

    @Property(tries = 300)
    void aWorseAnswerNeverRaisesTheScore(@ForAll("cases") Case c) {
        SubscaleScore before = KoosScoring.score(c.subscale(), c.answers());
        if (!before.valid()) {
            return;
        }
        Map<String, Integer> worse = new HashMap<>(c.answers());
        worse.entrySet().stream()
                .filter(e -> e.getValue() < 4)
                .findFirst()
                .ifPresent(e -> e.setValue(e.getValue() + 1));

        assertThat(KoosScoring.score(c.subscale(), worse).score()).isLessThanOrEqualTo(before.score());
    }
}
