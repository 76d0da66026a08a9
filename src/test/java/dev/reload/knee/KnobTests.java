package dev.reload.knee;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The knobs' bounds (rules.md) and the exercise choice of a programme. */
class KnobTests {

    @ParameterizedTest(name = "{0}: {1} refused, {2} and {3} allowed, {4} refused")
    @CsvSource({
        "stepPercent, 4.99, 5, 15, 15.01",
        "sessionsPerWeek, 0, 1, 14, 15",
        "stopPain, 4, 5, 7, 8",
        "deloadEveryWeeks, 2, 3, 6, 7",
        "deloadPercent, 59.99, 60, 80, 80.01",
        "strengthProgressPercent, 4.99, 5, 10, 10.01",
        "strengthRegressPercent, 9.99, 10, 20, 20.01"
    })
    void eachKnobAllowsItsBoundsAndRefusesJustOutside(
            String id, BigDecimal below, BigDecimal min, BigDecimal max, BigDecimal above) {
        Knob knob = Knob.byId(id).orElseThrow();

        assertThat(knob.allows(below)).isFalse();
        assertThat(knob.allows(min)).isTrue();
        assertThat(knob.allows(max)).isTrue();
        assertThat(knob.allows(above)).isFalse();
        assertThat(knob.problem()).contains(Integer.toString(knob.min())).contains(Integer.toString(knob.max()));
    }

    @Test
    void wholeKnobsRefuseFractionsAndPercentagesKeepTwoDecimals() {
        assertThat(Knob.STOP_PAIN.allows(new BigDecimal("5.5"))).isFalse();
        assertThat(Knob.SESSIONS_PER_WEEK.allows(new BigDecimal("3.0"))).isTrue();
        assertThat(Knob.STEP_PERCENT.allows(new BigDecimal("7.25"))).isTrue();
        assertThat(Knob.STEP_PERCENT.allows(new BigDecimal("7.125"))).isFalse();
        assertThat(Knob.EXERCISES.allows(BigDecimal.ONE)).isFalse();
        assertThat(Knob.byId("nonsense")).isEmpty();
    }

    static final Programme STAGED = new Programme(
            "T",
            "Staged",
            java.util.Set.of(Condition.PATELLAR_TENDINOPATHY),
            "3",
            "by stage",
            List.of("A", "B", "C", "D"),
            List.of(
                    new Programme.Stage("1", "d", List.of("A", "B"), "m"),
                    new Programme.Stage("2", "d", List.of("C", "D"), "m")));

    @Test
    void aChoiceKeepsOneExerciseOfEachStageAndOnlyTheProgrammesOwn() {
        assertThat(STAGED.choiceProblem(List.of("A", "C"))).isEmpty();
        assertThat(STAGED.choiceProblem(List.of("A", "B"))).get().asString().contains("stage 2");
        assertThat(STAGED.choiceProblem(List.of("A", "C", "X")))
                .get()
                .asString()
                .contains("'X'");
        assertThat(STAGED.choiceProblem(List.of())).isPresent();
        assertThat(STAGED.choiceProblem(List.of("A", "A", "C"))).isPresent();
        assertThat(STAGED.choiceProblem(java.util.Arrays.asList("A", null))).isPresent();
    }

    @Test
    void aNarrowedProgrammeKeepsItsOrderAndNoChoiceIsTheWholeProgramme() {
        Programme narrowed = STAGED.narrowedTo(List.of("D", "A"));

        assertThat(narrowed.exercises()).containsExactly("A", "D");
        assertThat(narrowed.stages())
                .extracting(Programme.Stage::exercises)
                .containsExactly(List.of("A"), List.of("D"));
        assertThat(STAGED.narrowedTo(List.of())).isSameAs(STAGED);
    }
}
