package dev.reload.advice;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.reload.advice.RecentFindings.RuleFinding;
import dev.reload.advice.engine.Advice;
import dev.reload.advice.engine.Escalation;
import dev.reload.advice.engine.Finding;
import dev.reload.advice.engine.Light;
import dev.reload.knee.Phase;
import dev.reload.knee.Severity;

import static org.assertj.core.api.Assertions.assertThat;

/** Days of advice folded rule by rule for a report. */
class RecentFindingsTests {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    @Test
    void eachRuleOnceWithItsDaysItsLastWordsAndItsHighestSeverity() {
        List<RuleFinding> folded = RecentFindingsService.byRule(days(
                List.of(finding("R3.hold", Severity.INFO, "hold at 9 km")),
                List.of(
                        finding("R3.hold", Severity.CAUTION, "hold at 8 km"),
                        finding("R3.hold", Severity.INFO, "a second finding of the same day")),
                List.<Finding>of(),
                List.of(finding("R3.hold", Severity.INFO, "hold at 7 km"))));

        assertThat(folded).singleElement().satisfies(hold -> {
            assertThat(hold.rule()).isEqualTo("R3.hold");
            assertThat(hold.firstDay()).isEqualTo(MONDAY);
            assertThat(hold.lastDay()).isEqualTo(MONDAY.plusDays(3));
            assertThat(hold.days())
                    .as("the day without it does not count, the day with two counts once")
                    .isEqualTo(3);
            assertThat(hold.message()).isEqualTo("hold at 7 km");
            assertThat(hold.severity()).isEqualTo(Severity.CAUTION);
            assertThat(hold.source()).isEqualTo("source of R3.hold");
        });
    }

    @Test
    void theMostSevereComeFirstThenByTheirFirstDay() {
        Map<LocalDate, Advice> days = days(
                List.of(finding("R4.settle", Severity.INFO, "settle"), finding("R3.hold", Severity.CAUTION, "hold")),
                List.of(finding("R1.stop", Severity.CAUTION, "stop"), finding("R7.clinician", Severity.HIGH, "see")));

        assertThat(RecentFindingsService.byRule(days))
                .extracting(RuleFinding::rule)
                .containsExactly("R7.clinician", "R3.hold", "R1.stop", "R4.settle");
    }

    private static Finding finding(String rule, Severity severity, String message) {
        return new Finding(rule, severity, message, "source of " + rule);
    }

    /** The advice of consecutive days from {@link #MONDAY}, each with its findings. */
    @SafeVarargs
    private static Map<LocalDate, Advice> days(List<Finding>... findings) {
        Map<LocalDate, Advice> days = new LinkedHashMap<>();
        for (int i = 0; i < findings.length; i++) {
            LocalDate day = MONDAY.plusDays(i);
            days.put(
                    day,
                    new Advice(
                            day,
                            Phase.SETTLE,
                            Light.GREEN,
                            Escalation.NONE,
                            null,
                            null,
                            null,
                            List.of(),
                            List.of(),
                            findings[i],
                            null));
        }
        return days;
    }
}
