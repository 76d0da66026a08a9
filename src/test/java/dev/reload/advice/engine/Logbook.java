package dev.reload.advice.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import dev.reload.exercises.ExerciseLibraryFile;
import dev.reload.knee.Activity;
import dev.reload.knee.Condition;
import dev.reload.knee.PainScore;
import dev.reload.knee.Phase;
import dev.reload.knee.RedFlag;
import dev.reload.knee.VolumeUnit;

/** Builds a plan and its log fluently for engine tests, then asks the engine. */
final class Logbook {

    static final AdviceEngine ENGINE = new AdviceEngine(ExerciseLibraryFile.read());
    static final LocalDate MONDAY = LocalDate.of(2026, 5, 4);

    private Condition condition = Condition.PATELLOFEMORAL_PAIN;
    private Activity activity = Activity.RUN;
    private VolumeUnit unit = VolumeUnit.KM;
    private LocalDate start = MONDAY;
    private double goal = 30;
    private int sessionsPerWeek = 3;
    private double step = 10;
    private Double tolerable;
    private Phase phase;
    private Knobs knobs = Knobs.DEFAULTS;
    private Screening screening;
    private Assessment assessment;
    private LocalDate onset;
    private final List<ActivitySession> sessions = new ArrayList<>();
    private final List<CheckIn> checkIns = new ArrayList<>();
    private final List<StrengthSet> strength = new ArrayList<>();

    static Logbook plan() {
        return new Logbook();
    }

    /** A runner already in Return, 3 runs a week, goal 30 km, step 10 %. */
    static Logbook returning() {
        return new Logbook().phase(Phase.RETURN);
    }

    Logbook condition(Condition value) {
        condition = value;
        return this;
    }

    Logbook activity(Activity value, VolumeUnit u) {
        activity = value;
        unit = u;
        return this;
    }

    Logbook goal(double value) {
        goal = value;
        return this;
    }

    Logbook sessionsPerWeek(int value) {
        sessionsPerWeek = value;
        return this;
    }

    Logbook step(double value) {
        step = value;
        return this;
    }

    Logbook tolerable(double value) {
        tolerable = value;
        return this;
    }

    Logbook phase(Phase value) {
        phase = value;
        return this;
    }

    Logbook knobs(Knobs value) {
        knobs = value;
        return this;
    }

    Logbook redFlags(LocalDate answeredOn, RedFlag... flags) {
        screening = new Screening(
                answeredOn, flags.length == 0 ? EnumSet.noneOf(RedFlag.class) : EnumSet.copyOf(List.of(flags)));
        return this;
    }

    Logbook assessment(Assessment value, LocalDate painOnset) {
        assessment = value;
        onset = painOnset;
        return this;
    }

    /** Plan week {@code n} (1-based), day {@code d} (0 = the plan's start weekday). */
    LocalDate day(int week, int d) {
        return start.plusDays(7L * (week - 1) + d);
    }

    Logbook session(LocalDate date, double volume, int during, int after) {
        return session(date, volume, 4, during, after);
    }

    Logbook session(LocalDate date, double volume, int rpe, int during, int after) {
        sessions.add(ActivitySession.of(date, activity, volume, rpe, during, after));
        return this;
    }

    /** A session of the target activity logged with its pain during, the pain in the hours after left for later. */
    Logbook withoutPainAfter(LocalDate date, double volume, int during) {
        sessions.add(
                new ActivitySession(date, activity, volume, 4, PainScore.of(during), null, null, null, null, null));
        return this;
    }

    /** An imported session of the target activity, not rated yet (no pain scores). */
    Logbook imported(LocalDate date, double volume) {
        sessions.add(ActivitySession.unrated(date, activity, volume, null, null));
        return this;
    }

    /** An imported session of the target activity with duration and effort, not rated yet. */
    Logbook imported(LocalDate date, double volume, int rpe, int minutes) {
        sessions.add(ActivitySession.unrated(date, activity, volume, rpe, minutes));
        return this;
    }

    Logbook crossTraining(LocalDate date, Activity other, double volume, int during, int after) {
        sessions.add(ActivitySession.of(date, other, volume, 3, during, after));
        return this;
    }

    Logbook morning(LocalDate date, int pain) {
        checkIns.add(CheckIn.of(date, pain));
        return this;
    }

    /** A morning report of {@code pain} on every day of {@code [from, to]}. */
    Logbook mornings(LocalDate from, LocalDate to, int pain) {
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            morning(d, pain);
        }
        return this;
    }

    /**
     * A week of {@code runs} equal sessions (Mon, Wed, Fri, then Sun, Tue…) totalling {@code volume},
     * with mornings at {@code baseline} every day of the week and the next Monday.
     */
    Logbook week(int week, double volume, int runs, int during, int after, int baseline) {
        int[] days = {0, 2, 4, 6, 1, 3, 5};
        for (int i = 0; i < runs; i++) {
            session(day(week, days[i]), volume / runs, during, after);
        }
        return mornings(day(week, 0), day(week + 1, 0), baseline);
    }

    /** An all-green week of 3 runs, pain 1/1, mornings 1. */
    Logbook greenWeek(int week, double volume) {
        return week(week, volume, sessionsPerWeek, 1, 1, 1);
    }

    Logbook strength(LocalDate date, String exercise, int sets, int reps, double loadKg, int pain) {
        strength.add(StrengthSet.of(date, exercise, sets, reps, loadKg, pain));
        return this;
    }

    Logbook hold(LocalDate date, String exercise, int holds, int seconds, double loadKg, int pain) {
        strength.add(new StrengthSet(date, exercise, 1, holds, loadKg, PainScore.of(pain), seconds));
        return this;
    }

    /** Two strength sessions (Tue, Thu) of clamshells in each of weeks {@code from..to}: Build is running. */
    Logbook build(int from, int to) {
        for (int w = from; w <= to; w++) {
            strength(day(w, 1), "CLAMSHELL", 3, 15, 0, 1);
            strength(day(w, 3), "CLAMSHELL", 3, 15, 0, 1);
        }
        return this;
    }

    Plan toPlan() {
        return new Plan(condition, activity, unit, start, goal, sessionsPerWeek, step, tolerable, phase);
    }

    AdviceInput input() {
        return new AdviceInput(toPlan(), sessions, checkIns, strength, screening, assessment, onset, knobs);
    }

    Advice adviseOn(LocalDate asOf) {
        return ENGINE.advise(input(), asOf);
    }

    /** Advice on the first day of plan week {@code week}: the dose is for that week. */
    Advice adviseAtStartOf(int week) {
        return adviseOn(day(week, 0));
    }
}
