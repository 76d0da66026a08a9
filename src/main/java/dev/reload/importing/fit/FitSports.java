package dev.reload.importing.fit;

import com.garmin.fit.SubSport;

import dev.reload.importing.Sport;

/** FIT sport and sub-sport to Reload's activities. */
final class FitSports {

    private FitSports() {}

    static Sport map(com.garmin.fit.Sport sport, SubSport subSport) {
        if (subSport != null) {
            switch (subSport) {
                case TREADMILL, INDOOR_RUNNING, TRACK, TRAIL, STREET -> {
                    if (sport == null
                            || sport == com.garmin.fit.Sport.RUNNING
                            || sport == com.garmin.fit.Sport.FITNESS_EQUIPMENT) {
                        return Sport.RUN;
                    }
                }
                case INDOOR_WALKING, CASUAL_WALKING, SPEED_WALKING -> {
                    return Sport.WALK;
                }
                case INDOOR_CYCLING, SPIN -> {
                    return Sport.CYCLE;
                }
                case LAP_SWIMMING, OPEN_WATER -> {
                    return Sport.SWIM;
                }
                default -> {}
            }
        }
        if (sport == null) {
            return Sport.OTHER;
        }
        return switch (sport) {
            case RUNNING, WHEELCHAIR_PUSH_RUN -> Sport.RUN;
            case WALKING, WHEELCHAIR_PUSH_WALK -> Sport.WALK;
            case HIKING, MOUNTAINEERING, SNOWSHOEING -> Sport.HIKE;
            case CYCLING, E_BIKING -> Sport.CYCLE;
            case SWIMMING -> Sport.SWIM;
            case BASKETBALL, VOLLEYBALL, JUMP_ROPE -> Sport.JUMP_SPORT;
            default -> Sport.OTHER;
        };
    }
}
