package dev.reload.history;

import dev.reload.importing.Sport;
import dev.reload.knee.Activity;

/**
 * The activity a session is logged as for the sport an imported file names. The switch has no
 * default: a new {@link Sport} does not compile until it is mapped here.
 */
final class SportActivities {

    private SportActivities() {}

    static Activity activityOf(Sport sport) {
        return switch (sport) {
            case RUN -> Activity.RUN;
            case WALK -> Activity.WALK;
            case HIKE -> Activity.HIKE;
            case CYCLE -> Activity.CYCLE;
            case SWIM -> Activity.SWIM;
            case JUMP_SPORT -> Activity.JUMP_SPORT;
            case OTHER -> Activity.OTHER;
        };
    }
}
