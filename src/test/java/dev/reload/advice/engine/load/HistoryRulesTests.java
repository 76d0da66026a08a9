package dev.reload.advice.engine.load;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One class per R6 rule, in rules.md's order. */
class HistoryRulesTests {

    @Test
    void listsEveryRuleOfRulesMdOnceInItsOrder() {
        assertThat(HistoryRules.RULES)
                .extracting(HistoryRule::id)
                .containsExactly(
                        "R6.weekly-jump",
                        "R6.two-week-spike",
                        "R6.acwr",
                        "R6.both",
                        "R6.no-recovery",
                        "R6.return-too-fast",
                        "R6.monotony",
                        "R6.gear");
        assertThat(HistoryAnalyzer.RULES)
                .isEqualTo(HistoryRules.RULES.stream().map(HistoryRule::id).toList());
    }
}
