package dev.reload.advice;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import dev.reload.account.AccountId;
import dev.reload.advice.PlanOutlook.Session;
import dev.reload.advice.PlanOutlook.SessionKind;
import dev.reload.advice.PlanOutlook.StrengthDay;
import dev.reload.advice.PlanOutlook.StrengthExercise;
import dev.reload.advice.PlanOutlook.Week;
import dev.reload.advice.engine.Advice;
import dev.reload.advice.engine.Escalation;
import dev.reload.advice.engine.NextSession;
import dev.reload.advice.engine.Plan;
import dev.reload.advice.engine.Prescription;
import dev.reload.advice.engine.StrengthAdvice;
import dev.reload.advice.engine.WeeklyDose;
import dev.reload.knee.Exercise;
import dev.reload.knee.ExerciseKind;
import dev.reload.knee.ExerciseLibrary;
import dev.reload.knee.Phase;
import dev.reload.knee.Programme;
import dev.reload.knee.VolumeUnit;

/**
 * Lays the active plan out over the plan weeks around a day ({@link PlanOutlook}), from one read of
 * the plan and the log and the advice on that day and on the first day of each week begun.
 *
 * <p>Suggested days: a week's {@code n} sessions fall on its days {@code ⌊i·7/n⌋} (for three: its
 * first, third and fifth day); strength work three times a week, 48 hours apart, on its second,
 * fourth and sixth day (in Maintain twice, on its second and fifth: R4, R5.maintain); isometric holds
 * and stretches daily; jumps every third day of the plan (R5). A staged programme lists the
 * exercises of the stage reached (the latest stage with an exercise in the log; the first without).
 */
@Service
public class PlanOutlookService {

    private static final double EPSILON = 1e-9;

    private final StoredRecordsReader records;
    private final AdviceService advice;
    private final ExerciseLibrary library;

    PlanOutlookService(StoredRecordsReader records, AdviceService advice, ExerciseLibrary library) {
        this.records = records;
        this.advice = advice;
        this.library = library;
    }

    /**
     * The plan weeks from {@code weeksBack} before the one holding {@code today} to {@code
     * weeksAhead} after it (before the plan starts: its first {@code weeksAhead} weeks); empty
     * without an active plan.
     */
    public Optional<PlanOutlook> outlook(AccountId owner, LocalDate today, int weeksBack, int weeksAhead) {
        return records.read(owner).map(stored -> outlook(stored, today, weeksBack, weeksAhead));
    }

    private PlanOutlook outlook(StoredRecords stored, LocalDate today, int weeksBack, int weeksAhead) {
        EngineInputs inputs = EngineInputs.of(stored);
        Plan plan = inputs.plan();
        long daysIn = ChronoUnit.DAYS.between(plan.startDate(), today);
        int current = daysIn < 0 ? 0 : (int) (daysIn / 7) + 1;
        int first = current == 0 ? 1 : Math.max(1, current - weeksBack);
        int last = current == 0 ? weeksAhead : current + weeksAhead;

        List<LocalDate> days = new ArrayList<>();
        days.add(today);
        for (int w = first; w <= current; w++) {
            days.add(plan.weekStart(w));
        }
        Map<LocalDate, Advice> advised = advice.adviceOn(inputs, days);
        Advice todays = advised.get(today);
        boolean loggedToday = stored.sessions().stream()
                .anyMatch(s -> s.activity() == plan.targetActivity() && s.date().equals(today));
        LocalDate nextFrom = loggedToday ? today.plusDays(1) : today;

        // a week not begun has the dose in force now (none without an impact dose now, R7): its own is
        // decided when the week before it ends
        Double asItStands =
                todays.nextSession() == null ? null : todays.nextSession().weekDose();
        Phase phaseNow = (current == 0 ? todays : advised.get(plan.weekStart(current))).phase();
        List<Week> weeks = new ArrayList<>();
        for (int w = first; w <= last; w++) {
            boolean begun = w <= current;
            Advice atStart = begun ? advised.get(plan.weekStart(w)) : todays;
            Double dose = begun ? volume(atStart.nextWeek()) : asItStands;
            Phase phase = begun ? atStart.phase() : phaseNow;
            LocalDate start = plan.weekStart(w);
            List<Session> sessions = dose == null
                    ? List.of()
                    : sessions(plan, start, dose, w == current, todays.nextSession(), nextFrom);
            List<StrengthDay> strength = new ArrayList<>();
            for (int d = 0; d < 7; d++) {
                LocalDate day = start.plusDays(d);
                Advice source = day.isBefore(today) ? atStart : todays;
                List<StrengthExercise> due = due(source, phase, d, ChronoUnit.DAYS.between(plan.startDate(), day));
                if (!due.isEmpty()) {
                    strength.add(new StrengthDay(day, due));
                }
            }
            weeks.add(new Week(w, start, phase, dose, begun, sessions, strength));
        }
        return new PlanOutlook(
                stored.plan().id(),
                plan.targetActivity(),
                plan.unit(),
                plan.sessionsPerWeek(),
                plan.startDate(),
                today,
                current,
                weeks);
    }

    private static Double volume(WeeklyDose dose) {
        return dose == null ? null : dose.volume();
    }

    /**
     * A week's suggested sessions: the week's share of its dose on each suggested day, except in the
     * week in progress from {@code nextFrom} on, where the first is the adviser's next session and
     * the later ones ask as much again (the share, or the hold or back-off) within what is left of
     * the week's dose (none without a next session: no impact dose).
     */
    private static List<Session> sessions(
            Plan plan, LocalDate start, double dose, boolean inProgress, NextSession next, LocalDate nextFrom) {
        int n = plan.sessionsPerWeek();
        VolumeUnit unit = plan.unit();
        double share = Math.max(unit.roundDown(dose / n), unit.grain());
        double left = next == null ? 0 : next.weekDose() - next.doneThisWeek();
        boolean nextPlaced = false;
        List<Session> sessions = new ArrayList<>();
        List<Integer> days = suggestedDays(n);
        for (int i = 0; i < n; i++) {
            LocalDate day = start.plusDays(days.get(i));
            int slot = i + 1;
            if (inProgress && !day.isBefore(nextFrom)) {
                if (next == null) {
                    continue;
                }
                if (next.volume() == null) {
                    sessions.add(new Session(day, slot, kind(next), null));
                    continue;
                }
                boolean later = nextPlaced;
                double volume = later ? Math.min(next.volume(), unit.roundDown(left)) : next.volume();
                nextPlaced = true;
                if (volume < unit.grain() - EPSILON) {
                    sessions.add(new Session(day, slot, SessionKind.DONE, null));
                } else {
                    SessionKind kind = kind(next);
                    sessions.add(new Session(
                            day, slot, later && kind == SessionKind.TRY ? SessionKind.PLANNED : kind, volume));
                    left -= volume;
                }
            } else if (dose <= 0) {
                sessions.add(new Session(day, slot, SessionKind.CROSS_TRAIN, null));
            } else {
                sessions.add(new Session(day, slot, SessionKind.PLANNED, share));
            }
        }
        return sessions;
    }

    /** The days into its plan week that a week's {@code sessions} fall on: {@code ⌊i·7/n⌋}. */
    static List<Integer> suggestedDays(int sessions) {
        List<Integer> days = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            days.add(i * 7 / sessions);
        }
        return days;
    }

    private static SessionKind kind(NextSession next) {
        return switch (next.decision()) {
            case TRY -> SessionKind.TRY;
            case HOLD -> SessionKind.HOLD;
            case BACK_OFF -> SessionKind.BACK_OFF;
            case REST -> SessionKind.REST;
            case DONE -> SessionKind.DONE;
            case CROSS_TRAIN -> SessionKind.CROSS_TRAIN;
        };
    }

    /** An exercise to do and how often it is due. */
    private record Planned(StrengthExercise exercise, ExerciseKind kind, boolean impact) {}

    /**
     * The exercises due on a day, {@code dayOfWeek} days into its plan week and {@code dayOfPlan}
     * into the plan, from the advice in force then: none while escalation is URGENT, nothing with
     * impact while there is no impact dose.
     */
    private List<StrengthExercise> due(Advice source, Phase phase, int dayOfWeek, long dayOfPlan) {
        if (source.escalation() == Escalation.URGENT) {
            return List.of();
        }
        boolean noImpact = source.nextWeek() == null;
        return programme(source).stream()
                .filter(p -> !(noImpact && p.impact()))
                .filter(p -> due(p.kind(), phase, dayOfWeek, dayOfPlan))
                .map(Planned::exercise)
                .toList();
    }

    static boolean due(ExerciseKind kind, Phase phase, int dayOfWeek, long dayOfPlan) {
        return switch (kind) {
            case ISOMETRIC, STRETCH -> true;
            case JUMP -> dayOfPlan % 3 == 0;
            case STRENGTH, SLOW_HEAVY ->
                phase == Phase.MAINTAIN ? dayOfWeek == 1 || dayOfWeek == 4 : dayOfWeek % 2 == 1;
        };
    }

    /**
     * The strength programme as the advice has it: each logged exercise at its next prescription,
     * then the programme's exercises not started yet (of the stage reached, for a staged programme)
     * and those the contributors add (R8), at the library's dose.
     */
    private List<Planned> programme(Advice source) {
        Map<String, Planned> planned = new LinkedHashMap<>();
        Set<String> started = new LinkedHashSet<>();
        for (StrengthAdvice s : source.strength()) {
            started.add(s.exercise());
            Prescription next = s.next();
            started.add(next.exercise());
            library.find(next.exercise())
                    .ifPresent(e -> planned.putIfAbsent(
                            e.id(),
                            new Planned(
                                    new StrengthExercise(
                                            e.id(),
                                            e.name(),
                                            e.kind(),
                                            next.sets(),
                                            next.reps(),
                                            next.loadKg(),
                                            next.holdSec()),
                                    e.kind(),
                                    e.impact())));
        }
        Set<String> toStart = new LinkedHashSet<>(stageReached(source.programme(), started));
        source.contributors().forEach(c -> toStart.addAll(c.exercises()));
        for (String id : toStart) {
            if (!started.contains(id)) {
                library.find(id).ifPresent(e -> planned.putIfAbsent(id, atLibraryDose(e)));
            }
        }
        return List.copyOf(planned.values());
    }

    private static Planned atLibraryDose(Exercise e) {
        return new Planned(
                new StrengthExercise(
                        e.id(),
                        e.name(),
                        e.kind(),
                        e.dose().sets(),
                        e.dose().reps(),
                        0,
                        e.dose().holdSec()),
                e.kind(),
                e.impact());
    }

    /** A programme's exercises; for a staged one, those of the latest stage with an exercise started. */
    private static List<String> stageReached(Programme programme, Set<String> started) {
        if (programme.stages().isEmpty()) {
            return programme.exercises();
        }
        int reached = 0;
        for (int i = 0; i < programme.stages().size(); i++) {
            if (programme.stages().get(i).exercises().stream().anyMatch(started::contains)) {
                reached = i;
            }
        }
        return programme.stages().get(reached).exercises();
    }
}
