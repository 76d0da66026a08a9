package dev.reload.advice.engine;

import dev.reload.knee.Activity;
import dev.reload.knee.VolumeUnit;

/**
 * The dose of the next target-activity session on or after {@code asOf} (rules.md R3.next-session).
 *
 * @param volume null for {@link SessionDecision#REST}, {@link SessionDecision#DONE} and
 *     {@link SessionDecision#CROSS_TRAIN}
 * @param weekDose the dose in force for the plan week holding {@code asOf}
 * @param doneThisWeek the target volume logged in that week on or before {@code asOf}
 */
public record NextSession(
        Activity activity,
        Double volume,
        VolumeUnit unit,
        SessionDecision decision,
        double weekDose,
        double doneThisWeek) {

    public NextSession {
        if ((volume == null)
                != (decision == SessionDecision.REST
                        || decision == SessionDecision.DONE
                        || decision == SessionDecision.CROSS_TRAIN)) {
            throw new IllegalArgumentException("volume is null exactly for REST, DONE and CROSS_TRAIN: " + decision);
        }
    }
}
