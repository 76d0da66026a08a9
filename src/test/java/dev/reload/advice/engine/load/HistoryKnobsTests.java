package dev.reload.advice.engine.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.reload.advice.engine.Knobs.KnobOutOfBoundsException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** R6's numbers as one record of knobs: the defaults are rules.md's, every bound is checked. */
class HistoryKnobsTests {

    @Test
    void defaultsAreThoseOfTheRules() {
        assertThat(HistoryKnobs.DEFAULTS)
                .isEqualTo(new HistoryKnobs(1.10, 1.30, 1.3, 1.5, 0.8, 7, 7, 14, 0.80, 2.0, 0.05, 21, 8));
    }

    @ParameterizedTest(name = "{0} = {1} is out of bounds")
    @CsvSource({
        "weeklyJumpRatio, 0.99", "weeklyJumpRatio, 2.01",
        "twoWeekSpikeRatio, 0.99", "twoWeekSpikeRatio, 3.01",
        "acwrCaution, 0.99", "acwrCaution, 2.01",
        "acwrHigh, 1.29", "acwrHigh, 3.01",
        "acwrUnder, 0.09", "acwrUnder, 1.01",
        "hardRpe, 0", "hardRpe, 11",
        "daysWithoutRest, 1", "daysWithoutRest, 29",
        "breakDays, 6", "breakDays, 91",
        "returnShare, 0.09", "returnShare, 2.01",
        "monotony, 0.99", "monotony, 10.01",
        "paceFasterShare, -0.01", "paceFasterShare, 0.51",
        "gearWindowDays, 0", "gearWindowDays, 91",
        "lookbackWeeks, 0", "lookbackWeeks, 53",
        "weeklyJumpRatio, NaN"
    })
    void rejectsAValueOutsideItsBoundsNamingTheKnob(String knob, double value) {
        assertThatThrownBy(() -> with(knob, value))
                .isInstanceOf(KnobOutOfBoundsException.class)
                .hasMessageStartingWith(knob + " must be between")
                .satisfies(
                        e -> assertThat(((KnobOutOfBoundsException) e).knob()).isEqualTo(knob));
    }

    @ParameterizedTest(name = "{0} = {1} is within bounds")
    @CsvSource({
        "weeklyJumpRatio, 1.0", "weeklyJumpRatio, 2.0",
        "twoWeekSpikeRatio, 1.0", "twoWeekSpikeRatio, 3.0",
        "acwrCaution, 1.0", "acwrCaution, 1.5",
        "acwrHigh, 1.3", "acwrHigh, 3.0",
        "acwrUnder, 0.1", "acwrUnder, 1.0",
        "hardRpe, 1", "hardRpe, 10",
        "daysWithoutRest, 2", "daysWithoutRest, 28",
        "breakDays, 7", "breakDays, 90",
        "returnShare, 0.1", "returnShare, 2.0",
        "monotony, 1.0", "monotony, 10.0",
        "paceFasterShare, 0.0", "paceFasterShare, 0.5",
        "gearWindowDays, 1", "gearWindowDays, 90",
        "lookbackWeeks, 1", "lookbackWeeks, 52"
    })
    void acceptsTheBoundsThemselves(String knob, double value) {
        assertThatCode(() -> with(knob, value)).doesNotThrowAnyException();
    }

    @Test
    void theHighRatioIsNeverBelowTheCautionOne() {
        assertThatThrownBy(() -> new HistoryKnobs(1.10, 1.30, 1.6, 1.5, 0.8, 7, 7, 14, 0.80, 2.0, 0.05, 21, 8))
                .isInstanceOf(KnobOutOfBoundsException.class)
                .hasMessage("acwrHigh must be between 1.6 and 3, was 1.5");
    }

    /** The defaults with one knob changed. */
    static HistoryKnobs with(String knob, double value) {
        HistoryKnobs d = HistoryKnobs.DEFAULTS;
        return new HistoryKnobs(
                knob.equals("weeklyJumpRatio") ? value : d.weeklyJumpRatio(),
                knob.equals("twoWeekSpikeRatio") ? value : d.twoWeekSpikeRatio(),
                knob.equals("acwrCaution") ? value : d.acwrCaution(),
                knob.equals("acwrHigh") ? value : d.acwrHigh(),
                knob.equals("acwrUnder") ? value : d.acwrUnder(),
                knob.equals("hardRpe") ? (int) value : d.hardRpe(),
                knob.equals("daysWithoutRest") ? (int) value : d.daysWithoutRest(),
                knob.equals("breakDays") ? (int) value : d.breakDays(),
                knob.equals("returnShare") ? value : d.returnShare(),
                knob.equals("monotony") ? value : d.monotony(),
                knob.equals("paceFasterShare") ? value : d.paceFasterShare(),
                knob.equals("gearWindowDays") ? (int) value : d.gearWindowDays(),
                knob.equals("lookbackWeeks") ? (int) value : d.lookbackWeeks());
    }
}
