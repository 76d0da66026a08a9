package dev.reload.advice.engine;

import java.time.LocalDate;

import dev.reload.knee.Phase;

/**
 * One plan week as the weekly review (R3, R4) walked it: the dose in force and its phase, what was
 * done, and how the knee answered. The week holding {@code asOf} is the last one, judged on what is
 * known so far ({@code ended} false).
 *
 * @param week          the plan week, from 1
 * @param start         its first day
 * @param phase         the phase in force during the week
 * @param dose          the week's dose of the target activity; null when there was none to try
 *                      (Settle without a tolerable dose or a green session: cross-training only)
 * @param decision      how that dose was decided
 * @param volume        the target activity's volume done
 * @param sessions      target sessions done (known by {@code asOf})
 * @param green         of them GREEN (R1)
 * @param amber         of them AMBER
 * @param red           of them RED
 * @param pending       of them PENDING
 * @param light         the worst R1 class of its sessions as the light words it (PENDING as GREEN);
 *                      null without a session
 * @param guardFrom     the volume of the most recent all-GREEN week before this one (what R3.backoff
 *                      returns to); null before any
 * @param guardTo       {@code guardFrom} grown by one step (R3.progress, in this week's phase); null with it
 * @param strengthDays  days with at least one strength set (R4's strength session)
 * @param ended         whether the week has ended by {@code asOf}
 */
public record PlanWeek(
        int week,
        LocalDate start,
        Phase phase,
        Double dose,
        DoseDecision decision,
        double volume,
        int sessions,
        int green,
        int amber,
        int red,
        int pending,
        Light light,
        Double guardFrom,
        Double guardTo,
        int strengthDays,
        boolean ended) {

    /** R1's pain zones: a pain from this one is at the edge (AMBER), 0 up to it is fine. */
    public static final int AMBER_PAIN = TwentyFourHourResponse.AMBER_PAIN;

    /** R1's pain zones: a pain from this one is too much (RED). */
    public static final int RED_PAIN = TwentyFourHourResponse.RED_PAIN;

    /** The light of a week's sessions: RED over AMBER over GREEN (PENDING as GREEN); null without one. */
    static Light lightOf(WeekStats week) {
        if (week.sessions() == 0) {
            return null;
        }
        if (week.red() > 0) {
            return Light.RED;
        }
        return week.amber() > 0 ? Light.AMBER : Light.GREEN;
    }
}
