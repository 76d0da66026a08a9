package dev.reload.advice;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.reload.advice.engine.ActivitySession;
import dev.reload.advice.engine.AdviceInput;
import dev.reload.advice.engine.Assessment;
import dev.reload.advice.engine.CheckIn;
import dev.reload.advice.engine.Knobs;
import dev.reload.advice.engine.Plan;
import dev.reload.advice.engine.Screening;
import dev.reload.advice.engine.StrengthSet;
import dev.reload.advice.engine.load.HistorySession;
import dev.reload.knee.Activity;
import dev.reload.knee.PainScore;
import dev.reload.log.CheckInView;
import dev.reload.log.SessionView;
import dev.reload.log.StrengthView;
import dev.reload.plan.AssessmentEntry;
import dev.reload.plan.PlanEntry;
import dev.reload.plan.PlanKnobs;
import dev.reload.plan.PlanService;
import dev.reload.plan.PlanService.ScreeningView;

/**
 * The one mapping from what is stored (plans, screens, assessments and the log) to the engine's
 * records. An account's records are mapped once; {@link #on} then gives the input for any day, with
 * the screen in force on that day.
 */
public final class EngineInputs {

    private final Plan plan;
    private final Knobs knobs;
    private final Assessment assessment;
    private final LocalDate painOnset;
    private final List<ScreeningView> screenings;
    private final List<ActivitySession> sessions;
    private final List<CheckIn> checkIns;
    private final List<StrengthSet> strength;

    private EngineInputs(StoredRecords records) {
        PlanEntry entry = records.plan().entry();
        this.plan = plan(entry);
        this.knobs = knobs(records.plan().knobs());
        this.assessment = assessment(entry.assessment());
        this.painOnset = entry.painOnset();
        this.screenings = records.screenings();
        this.sessions = records.sessions().stream().map(EngineInputs::session).toList();
        this.checkIns = records.checkIns().stream().map(EngineInputs::checkIn).toList();
        this.strength = records.strength().stream().map(EngineInputs::strength).toList();
    }

    private EngineInputs(EngineInputs stored, Plan plan, Knobs knobs) {
        this.plan = plan;
        this.knobs = knobs;
        this.assessment = stored.assessment;
        this.painOnset = stored.painOnset;
        this.screenings = stored.screenings;
        this.sessions = stored.sessions;
        this.checkIns = stored.checkIns;
        this.strength = stored.strength;
    }

    /** The records' mapping, made once per {@link StoredRecords}. */
    static EngineInputs of(StoredRecords records) {
        return records.inputs();
    }

    /** Maps the records (see {@link StoredRecords#inputs()}, which keeps the result). */
    static EngineInputs map(StoredRecords records) {
        return new EngineInputs(records);
    }

    /** The same records with other knob values (a what-if): the plan's step and sessions a week too. */
    EngineInputs tunedTo(PlanKnobs values) {
        Plan tuned = new Plan(
                plan.condition(),
                plan.targetActivity(),
                plan.unit(),
                plan.startDate(),
                plan.weeklyGoal(),
                values.sessionsPerWeek(),
                values.stepPercent().doubleValue(),
                plan.tolerableDose(),
                plan.initialPhase());
        return new EngineInputs(this, tuned, knobs(values));
    }

    Plan plan() {
        return plan;
    }

    Knobs knobs() {
        return knobs;
    }

    /** The engine's input on {@code asOf}: the plan and the whole log, with the screen in force that day. */
    AdviceInput on(LocalDate asOf) {
        return new AdviceInput(
                plan,
                sessions,
                checkIns,
                strength,
                screening(PlanService.inForce(screenings, asOf)),
                assessment,
                painOnset,
                knobs);
    }

    /**
     * A plan's knobs in the engine's terms; the step and the sessions a week travel with the
     * engine's {@link Plan}, which takes them from the plan's own fields.
     */
    static Knobs knobs(PlanKnobs k) {
        return new Knobs(
                k.stepPercent().doubleValue(),
                k.stopPain(),
                k.deloadEveryWeeks(),
                k.deloadPercent().doubleValue(),
                k.strengthProgressPercent().doubleValue(),
                k.strengthRegressPercent().doubleValue(),
                k.exercises());
    }

    /** A stored plan in the engine's terms. */
    static Plan plan(PlanEntry entry) {
        return new Plan(
                entry.condition(),
                entry.targetActivity(),
                entry.unit(),
                entry.startDate(),
                entry.weeklyGoal().doubleValue(),
                entry.sessionsPerWeek(),
                entry.stepOrDefault().doubleValue(),
                entry.tolerableDose() == null ? null : entry.tolerableDose().doubleValue(),
                entry.phase());
    }

    /** The contributor questionnaire in the engine's terms (null when it was not answered). */
    static Assessment assessment(AssessmentEntry entry) {
        if (entry == null) {
            return null;
        }
        return new Assessment(
                entry.sidePlankHoldSec(),
                entry.kneeDivesInOnSingleLegSquat(),
                entry.quadricepsWeak(),
                entry.tight(),
                entry.newShoesOn(),
                entry.surfaceChangeOn(),
                entry.sleepHoursTypical() == null
                        ? null
                        : entry.sleepHoursTypical().doubleValue(),
                entry.proteinLow(),
                entry.stressHigh(),
                entry.age(),
                entry.lowVitaminD(),
                entry.inflammatoryCondition());
    }

    /** The screen in force (see {@link PlanService#inForce}), or {@link Screening#NONE}. */
    static Screening screening(Optional<ScreeningView> inForce) {
        return inForce.map(s -> new Screening(s.answeredOn(), Set.copyOf(s.redFlags())))
                .orElse(Screening.NONE);
    }

    /**
     * A logged or imported session. One without pain scores (imported, not rated yet) is passed as
     * unrated: it counts for volume and load, its 24-hour response is pending. One with the pain
     * during but not (yet) the pain after is judged from what is known (R1).
     */
    static ActivitySession session(SessionView s) {
        PainScore during = s.painDuring() == null ? null : PainScore.of(s.painDuring());
        return new ActivitySession(
                s.date(),
                s.activity(),
                s.volume().doubleValue(),
                s.rpe(),
                during,
                during == null || s.painAfter() == null ? null : PainScore.of(s.painAfter()),
                s.durationSec() == null ? null : s.durationSec() / 60,
                s.avgPaceSecPerKm(),
                s.surface(),
                s.shoes());
    }

    static CheckIn checkIn(CheckInView c) {
        return new CheckIn(
                c.date(),
                PainScore.of(c.morningPain()),
                c.morningStiffness() == null ? null : PainScore.of(c.morningStiffness()));
    }

    static StrengthSet strength(StrengthView s) {
        return new StrengthSet(
                s.date(),
                s.exercise(),
                s.sets(),
                s.reps(),
                s.loadKg().doubleValue(),
                PainScore.of(s.painDuring()),
                s.holdSec());
    }

    /**
     * A session sent for analysis alone (the history preview), as R6 reads it: the same mapping as
     * a logged one, without pain scores.
     */
    public static HistorySession historySession(
            LocalDate date,
            Activity activity,
            double volume,
            Integer rpe,
            Integer durationMin,
            Integer avgPaceSecPerKm,
            String surface,
            String shoes) {
        return HistorySession.of(new ActivitySession(
                date, activity, volume, rpe, null, null, durationMin, avgPaceSecPerKm, surface, shoes));
    }

    /** Logged and imported sessions as R6 reads them (the history feature's "what went wrong"). */
    public static List<HistorySession> historySessions(List<SessionView> sessions) {
        return sessions.stream()
                .map(EngineInputs::session)
                .map(HistorySession::of)
                .toList();
    }
}
