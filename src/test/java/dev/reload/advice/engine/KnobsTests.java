package dev.reload.advice.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.reload.knee.PainScore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The knobs of rules.md: defaults and bounds. */
class KnobsTests {

    @Test
    void defaultsAreThoseOfTheRules() {
        assertThat(Knobs.DEFAULTS).isEqualTo(new Knobs(10, 6, 4, 70, 10, 20));
    }

    @ParameterizedTest(name = "{0} = {1} is out of bounds")
    @CsvSource({
        "stepPercent, 4", "stepPercent, 16",
        "stopPain, 4", "stopPain, 8",
        "deloadEveryWeeks, 2", "deloadEveryWeeks, 7",
        "deloadPercent, 59", "deloadPercent, 81",
        "strengthProgressPercent, 4", "strengthProgressPercent, 11",
        "strengthRegressPercent, 9", "strengthRegressPercent, 21"
    })
    void rejectsAValueOutsideItsBoundsNamingTheKnob(String knob, double value) {
        assertThatThrownBy(() -> with(knob, value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(knob)
                .satisfies(e ->
                        assertThat(((Knobs.KnobOutOfBoundsException) e).knob()).isEqualTo(knob));
    }

    @ParameterizedTest(name = "{0} = {1} is within bounds")
    @CsvSource({
        "stepPercent, 5",
        "stepPercent, 15",
        "stopPain, 5",
        "stopPain, 7",
        "deloadEveryWeeks, 3",
        "deloadEveryWeeks, 6",
        "deloadPercent, 60",
        "deloadPercent, 80",
        "strengthProgressPercent, 5",
        "strengthProgressPercent, 10",
        "strengthRegressPercent, 10",
        "strengthRegressPercent, 20"
    })
    void acceptsTheBoundsThemselves(String knob, double value) {
        assertThatCode(() -> with(knob, value)).doesNotThrowAnyException();
    }

    static Knobs with(String knob, double value) {
        Knobs d = Knobs.DEFAULTS;
        return new Knobs(
                knob.equals("stepPercent") ? value : d.stepPercent(),
                knob.equals("stopPain") ? (int) value : d.stopPain(),
                knob.equals("deloadEveryWeeks") ? (int) value : d.deloadEveryWeeks(),
                knob.equals("deloadPercent") ? value : d.deloadPercent(),
                knob.equals("strengthProgressPercent") ? value : d.strengthProgressPercent(),
                knob.equals("strengthRegressPercent") ? value : d.strengthRegressPercent());
    }

    @Test
    void rejectsPainOutsideZeroToTen() {
        assertThatThrownBy(() -> PainScore.of(11)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PainScore.of(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatCode(() -> PainScore.of(10)).doesNotThrowAnyException();
    }
}
