package dev.reload.importing.strava;

import org.junit.jupiter.api.Test;

import dev.reload.importing.Sport;

import static org.assertj.core.api.Assertions.assertThat;

class StravaActivityTypesTests {

    @Test
    void unknownActivityTypesAreOther() {
        assertThat(StravaActivityTypes.map("Trail Run")).isEqualTo(Sport.RUN);
        assertThat(StravaActivityTypes.map("E-Bike Ride")).isEqualTo(Sport.CYCLE);
        assertThat(StravaActivityTypes.map("Hike")).isEqualTo(Sport.HIKE);
        assertThat(StravaActivityTypes.map("Kitesurf")).isEqualTo(Sport.OTHER);
        assertThat(StravaActivityTypes.map(null)).isEqualTo(Sport.OTHER);
    }
}
