package dev.reload.advice.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;

import dev.reload.advice.engine.ActivitySession;
import dev.reload.advice.engine.AdviceEngine;
import dev.reload.advice.engine.AdviceInput;
import dev.reload.advice.engine.Assessment;
import dev.reload.advice.engine.CheckIn;
import dev.reload.advice.engine.Knobs;
import dev.reload.advice.engine.Plan;
import dev.reload.advice.engine.Screening;
import dev.reload.advice.engine.StrengthSet;
import dev.reload.advice.web.AdvicePreviewRequest.AssessmentRequest;
import dev.reload.advice.web.AdvicePreviewRequest.KnobsRequest;
import dev.reload.advice.web.AdvicePreviewRequest.PlanRequest;
import dev.reload.knee.ExerciseLibrary;
import dev.reload.knee.PainScore;
import dev.reload.knee.Plausible;
import dev.reload.knee.RedFlag;
import dev.reload.knee.VolumeUnit;
import dev.reload.system.web.Echo;
import dev.reload.system.web.InvalidFieldException;
import dev.reload.system.web.InvalidFieldException.FieldProblem;

/**
 * Maps a validated preview request to the engine's input. Problems the annotations cannot see
 * (an exercise id outside the library, a knob outside its bounds) become field-level 400s.
 */
final class AdvicePreviewMapper {

    static final double DEFAULT_STEP = 10;

    private final ExerciseLibrary library;

    AdvicePreviewMapper(ExerciseLibrary library) {
        this.library = library;
    }

    AdviceInput toInput(AdvicePreviewRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        Plan plan = field(problems, "plan", () -> plan(request.plan()));
        volumesOfTheUnit(request, problems);
        Knobs knobs = knobs(request.knobs(), problems);
        if (plan != null && request.knobs() != null && request.knobs().exercises() != null) {
            library.programmeFor(plan.condition())
                    .choiceProblem(request.knobs().exercises())
                    .ifPresent(problem -> problems.add(new FieldProblem("knobs.exercises", problem)));
        }

        List<ActivitySession> sessions = new ArrayList<>();
        List<AdvicePreviewRequest.SessionRequest> sessionRequests = orEmpty(request.sessions());
        for (int i = 0; i < sessionRequests.size(); i++) {
            var s = sessionRequests.get(i);
            sessions.add(field(
                    problems,
                    "sessions[" + i + "]",
                    () -> new ActivitySession(
                            s.date(),
                            s.activity(),
                            s.volume().doubleValue(),
                            s.rpe(),
                            PainScore.of(s.painDuring()),
                            PainScore.of(s.painAfter()),
                            s.durationMin(),
                            s.avgPaceSecPerKm(),
                            s.surface(),
                            s.shoes())));
        }
        List<CheckIn> checkIns = new ArrayList<>();
        List<AdvicePreviewRequest.CheckInRequest> checkInRequests = orEmpty(request.checkins());
        for (int i = 0; i < checkInRequests.size(); i++) {
            var c = checkInRequests.get(i);
            checkIns.add(field(
                    problems,
                    "checkins[" + i + "]",
                    () -> new CheckIn(
                            c.date(),
                            PainScore.of(c.morningPain()),
                            c.morningStiffness() == null ? null : PainScore.of(c.morningStiffness()))));
        }
        List<StrengthSet> strength = new ArrayList<>();
        List<AdvicePreviewRequest.StrengthRequest> strengthRequests = orEmpty(request.strength());
        for (int i = 0; i < strengthRequests.size(); i++) {
            var s = strengthRequests.get(i);
            if (!library.contains(s.exercise())) {
                problems.add(new FieldProblem(
                        "strength[" + i + "].exercise",
                        "unknown exercise '" + Echo.of(s.exercise()) + "': use an id of the exercise library"));
                continue;
            }
            strength.add(field(
                    problems,
                    "strength[" + i + "]",
                    () -> new StrengthSet(
                            s.date(),
                            s.exercise(),
                            s.sets(),
                            s.reps(),
                            s.loadKg() == null ? 0 : s.loadKg().doubleValue(),
                            PainScore.of(s.painDuring()),
                            s.holdSec())));
        }
        Screening screening = request.screening() == null
                ? null
                : new Screening(
                        request.screening().answeredOn(),
                        redFlags(request.screening().redFlags()));
        Assessment assessment = request.assessment() == null
                ? null
                : field(problems, "assessment", () -> assessment(request.assessment()));
        if (plan != null
                && request.asOf() != null
                && java.time.temporal.ChronoUnit.DAYS.between(plan.startDate(), request.asOf())
                        > AdviceEngine.MAX_PLAN_DAYS) {
            problems.add(new FieldProblem("asOf", "must be within 100 years after plan.startDate"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        return new AdviceInput(plan, sessions, checkIns, strength, screening, assessment, request.painOnset(), knobs);
    }

    /**
     * The goal, the tolerable dose and each session's volume against the plan's unit's maximum
     * ({@link Plausible}); the annotations, not knowing the unit, check the largest of any unit.
     */
    private static void volumesOfTheUnit(AdvicePreviewRequest request, List<FieldProblem> problems) {
        VolumeUnit unit = request.plan().unit();
        if (above(request.plan().weeklyGoal(), Plausible.weekVolume(unit))) {
            problems.add(new FieldProblem("plan.weeklyGoal", Plausible.weekVolumeProblem(unit)));
        }
        if (above(request.plan().tolerableDose(), Plausible.sessionVolume(unit))) {
            problems.add(new FieldProblem("plan.tolerableDose", Plausible.sessionVolumeProblem(unit)));
        }
        List<AdvicePreviewRequest.SessionRequest> sessions = orEmpty(request.sessions());
        for (int i = 0; i < sessions.size(); i++) {
            if (above(sessions.get(i).volume(), Plausible.sessionVolume(unit))) {
                problems.add(new FieldProblem("sessions[" + i + "].volume", Plausible.sessionVolumeProblem(unit)));
            }
        }
    }

    private static boolean above(BigDecimal value, int most) {
        return value != null && value.compareTo(BigDecimal.valueOf(most)) > 0;
    }

    private static Plan plan(PlanRequest p) {
        double step = p.progressionPercent() == null
                ? DEFAULT_STEP
                : p.progressionPercent().doubleValue();
        return new Plan(
                p.condition(),
                p.targetActivity(),
                p.unit(),
                p.startDate(),
                p.weeklyGoal().doubleValue(),
                p.sessionsPerWeek(),
                step,
                p.tolerableDose() == null ? null : p.tolerableDose().doubleValue(),
                p.phase());
    }

    private static Knobs knobs(KnobsRequest k, List<FieldProblem> problems) {
        if (k == null) {
            return Knobs.DEFAULTS;
        }
        Knobs d = Knobs.DEFAULTS;
        try {
            return new Knobs(
                    d.stepPercent(),
                    k.stopPain() == null ? d.stopPain() : k.stopPain(),
                    k.deloadEveryWeeks() == null ? d.deloadEveryWeeks() : k.deloadEveryWeeks(),
                    value(k.deloadPercent(), d.deloadPercent()),
                    value(k.strengthProgressPercent(), d.strengthProgressPercent()),
                    value(k.strengthRegressPercent(), d.strengthRegressPercent()),
                    k.exercises());
        } catch (Knobs.KnobOutOfBoundsException e) {
            problems.add(new FieldProblem("knobs." + e.knob(), e.getMessage()));
            return Knobs.DEFAULTS;
        }
    }

    private static double value(BigDecimal value, double otherwise) {
        return value == null ? otherwise : value.doubleValue();
    }

    private static Assessment assessment(AssessmentRequest a) {
        return new Assessment(
                a.sidePlankHoldSec(),
                a.kneeDivesInOnSingleLegSquat(),
                a.quadricepsWeak(),
                a.tight() == null || a.tight().isEmpty() ? null : EnumSet.copyOf(a.tight()),
                a.newShoesOn(),
                a.surfaceChangeOn(),
                a.sleepHoursTypical() == null ? null : a.sleepHoursTypical().doubleValue(),
                a.proteinLow(),
                a.stressHigh(),
                a.age(),
                a.lowVitaminD(),
                a.inflammatoryCondition());
    }

    private static EnumSet<RedFlag> redFlags(List<RedFlag> flags) {
        return flags == null || flags.isEmpty() ? EnumSet.noneOf(RedFlag.class) : EnumSet.copyOf(flags);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** Builds an engine value; a rule it breaks becomes a problem on {@code field}. */
    private static <T> T field(List<FieldProblem> problems, String field, Supplier<T> build) {
        try {
            return build.get();
        } catch (Knobs.KnobOutOfBoundsException e) {
            problems.add(new FieldProblem("plan.progressionPercent", e.getMessage()));
            return null;
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(new FieldProblem(field, e.getMessage() == null ? "invalid value" : e.getMessage()));
            return null;
        }
    }
}
