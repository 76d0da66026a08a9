package dev.reload.advice.engine;

import dev.reload.knee.Phase;
import dev.reload.knee.VolumeUnit;

/**
 * One ended plan week as the week rules see it: its stats, the previous week's, and what the
 * review remembers from earlier weeks.
 *
 * @param redStreak consecutive weeks with a RED target session, this one included
 * @param lastAllGreenVolume volume of the most recent all-GREEN week before this one (NaN: none)
 * @param prescribed the volume that was advised for this week (NaN: none)
 * @param maintainWeek this week's number within Maintain (0 outside Maintain)
 * @param deloadWeek whether this week was a rest week
 * @param preDeloadVolume the volume before the rest week (NaN: none)
 * @param buildWeeks plan weeks so far, this one included, with at least 2 strength sessions
 */
record WeekContext(
        Plan plan,
        Knobs knobs,
        WeekStats week,
        WeekStats previous,
        Phase phase,
        int redStreak,
        double lastAllGreenVolume,
        double prescribed,
        int maintainWeek,
        boolean deloadWeek,
        double preDeloadVolume,
        int buildWeeks) {

    VolumeUnit unit() {
        return plan.unit();
    }

    /** This week's volume; a week without any target session stands at what was advised for it. */
    double volume() {
        if (week.sessions() > 0 || Double.isNaN(prescribed)) {
            return week.volume();
        }
        return prescribed;
    }

    boolean hasAllGreenWeek() {
        return !Double.isNaN(lastAllGreenVolume);
    }

    String fmt(double volume) {
        return Doses.format(volume, plan.unit());
    }
}
