package dev.reload.advice.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

import dev.reload.knee.VolumeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Numbers are written as the api.md examples write them. */
class AdviceResponseTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({"13, KM, 13.0", "11.5, KM, 11.5", "95, MINUTES, 95", "120, JUMPS, 120"})
    void writesKilometresWithOneDecimalAndMinutesAndJumpsWhole(double volume, VolumeUnit unit, String json) {
        assertThat(JSON.writeValueAsString(AdviceResponse.volume(volume, unit))).isEqualTo(json);
    }

    @ParameterizedTest(name = "{0} kg → {1}")
    @CsvSource({"10, 10", "0, 0", "12.5, 12.5", "40, 40", "100, 100"})
    void writesWholeKilogramsWithoutDecimals(double kg, String json) {
        assertThat(JSON.writeValueAsString(AdviceResponse.load(kg))).isEqualTo(json);
    }
}
