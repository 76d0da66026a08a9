package dev.reload.importing.strava;

import java.util.Locale;
import java.util.Map;

import dev.reload.importing.Sport;

/** Strava's activity types (the "Activity Type" column) to Reload's activities; unknown types are OTHER. */
final class StravaActivityTypes {

    private static final Map<String, Sport> TYPES = Map.ofEntries(
            Map.entry("run", Sport.RUN),
            Map.entry("trail run", Sport.RUN),
            Map.entry("virtual run", Sport.RUN),
            Map.entry("wheelchair", Sport.OTHER),
            Map.entry("walk", Sport.WALK),
            Map.entry("hike", Sport.HIKE),
            Map.entry("snowshoe", Sport.HIKE),
            Map.entry("ride", Sport.CYCLE),
            Map.entry("virtual ride", Sport.CYCLE),
            Map.entry("e-bike ride", Sport.CYCLE),
            Map.entry("mountain bike ride", Sport.CYCLE),
            Map.entry("e-mountain bike ride", Sport.CYCLE),
            Map.entry("gravel ride", Sport.CYCLE),
            Map.entry("handcycle", Sport.CYCLE),
            Map.entry("velomobile", Sport.CYCLE),
            Map.entry("swim", Sport.SWIM),
            Map.entry("basketball", Sport.JUMP_SPORT),
            Map.entry("volleyball", Sport.JUMP_SPORT));

    private StravaActivityTypes() {}

    static Sport map(String type) {
        if (type == null) {
            return Sport.OTHER;
        }
        return TYPES.getOrDefault(type.trim().toLowerCase(Locale.ROOT), Sport.OTHER);
    }
}
