package dev.reload.advice;

import java.time.LocalDate;
import java.util.List;

import dev.reload.knee.Activity;
import dev.reload.knee.ExerciseKind;
import dev.reload.knee.Phase;
import dev.reload.knee.VolumeUnit;

/**
 * The plan laid out over a few plan weeks around a day, for a calendar: each week's dose of the
 * target activity spread over suggested days, the strength days with their exercises, and the day
 * of each weekly review. Past weeks and the days before {@code today} show what was planned then;
 * the first session on or after {@code today} is the adviser's next session (rules.md
 * R3.next-session); later weeks are not decided yet and show the dose as the plan stands today.
 * Volumes are in the plan's unit.
 *
 * @param planId the active plan (a new plan lays out anew)
 * @param today the person's day the outlook was made on
 * @param currentWeek the plan week holding {@code today} (0 before the plan starts)
 * @param weeks the plan weeks laid out, in order
 */
public record PlanOutlook(
        long planId,
        Activity activity,
        VolumeUnit unit,
        int sessionsPerWeek,
        LocalDate startDate,
        LocalDate today,
        int currentWeek,
        List<Week> weeks) {

    public PlanOutlook {
        weeks = List.copyOf(weeks);
    }

    /**
     * One plan week.
     *
     * @param dose the week's dose of the target activity (null: no impact dose at all, R7)
     * @param decided false for a week that has not begun: its dose is decided when it does
     * @param sessions the suggested sessions of the target activity, by day
     * @param strengthDays the days with strength work, each with the exercises due that day
     */
    public record Week(
            int number,
            LocalDate start,
            Phase phase,
            Double dose,
            boolean decided,
            List<Session> sessions,
            List<StrengthDay> strengthDays) {

        public Week {
            sessions = List.copyOf(sessions);
            strengthDays = List.copyOf(strengthDays);
        }

        /** The last day of the week. */
        public LocalDate end() {
            return start.plusDays(6);
        }
    }

    /**
     * A suggested session of the target activity.
     *
     * @param slot its place among the week's sessions (1 for the first)
     * @param volume how much (null for {@link SessionKind#REST}, {@link SessionKind#DONE} and
     *     {@link SessionKind#CROSS_TRAIN})
     */
    public record Session(LocalDate date, int slot, SessionKind kind, Double volume) {}

    /**
     * What a suggested session asks for: the week's share ({@code PLANNED}: a past day, a week not
     * begun, or a day of this week after the next session), or the next session as the adviser
     * decided it (rules.md R3.next-session: {@code TRY} the share within what is left, {@code HOLD}
     * no more than a session at the edge, {@code BACK_OFF} less than one that was too much, {@code
     * REST} cross-training until a morning has settled, {@code DONE} the week's dose is done,
     * {@code CROSS_TRAIN} nothing to try yet while settling).
     */
    public enum SessionKind {
        PLANNED,
        TRY,
        HOLD,
        BACK_OFF,
        REST,
        DONE,
        CROSS_TRAIN
    }

    /** A day with strength work. */
    public record StrengthDay(LocalDate date, List<StrengthExercise> exercises) {

        public StrengthDay {
            exercises = List.copyOf(exercises);
        }
    }

    /**
     * One exercise of a strength day: the adviser's prescription for an exercise already logged, or
     * the library's dose for one not started yet. {@code holdSec} is null except for holds.
     */
    public record StrengthExercise(
            String id, String name, ExerciseKind kind, int sets, int reps, double loadKg, Integer holdSec) {}
}
