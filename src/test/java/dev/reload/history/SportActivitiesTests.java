package dev.reload.history;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.reload.importing.Sport;
import dev.reload.knee.Activity;

import static org.assertj.core.api.Assertions.assertThat;

class SportActivitiesTests {

    /** The intended activity of every sport; a new sport fails below until it is added here. */
    private static final Map<Sport, Activity> INTENDED = new EnumMap<>(Map.of(
            Sport.RUN, Activity.RUN,
            Sport.WALK, Activity.WALK,
            Sport.HIKE, Activity.HIKE,
            Sport.CYCLE, Activity.CYCLE,
            Sport.SWIM, Activity.SWIM,
            Sport.JUMP_SPORT, Activity.JUMP_SPORT,
            Sport.OTHER, Activity.OTHER));

    @ParameterizedTest
    @EnumSource(Sport.class)
    void everySportIsLoggedAsItsIntendedActivity(Sport sport) {
        assertThat(INTENDED).as("the table names %s", sport).containsKey(sport);
        assertThat(SportActivities.activityOf(sport)).isEqualTo(INTENDED.get(sport));
    }
}
