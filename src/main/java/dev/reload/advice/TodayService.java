package dev.reload.advice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;

import dev.reload.account.AccountId;
import dev.reload.advice.Today.StrengthItem;
import dev.reload.advice.engine.Advice;
import dev.reload.advice.engine.Finding;
import dev.reload.advice.engine.Plan;
import dev.reload.advice.engine.StrengthAdvice;
import dev.reload.knee.Exercise;
import dev.reload.knee.ExerciseLibrary;
import dev.reload.log.SessionView;
import dev.reload.log.StrengthView;

/**
 * The Today read model: the advice on a day, the dose in force in its plan week and what is done
 * of it, the weekly review, the strength items and the sessions still lacking a pain score, all from
 * one read of the account's plan, screens and log.
 */
@Service
public class TodayService {

    private static final String NEXT_SESSION_RULE = "R3.next-session";
    /** A pain after left for later is asked for this many days back (the light's 7 days). */
    static final int ASK_PAIN_AFTER_DAYS = 7;

    private final StoredRecordsReader records;
    private final AdviceService advice;
    private final ExerciseLibrary library;

    TodayService(StoredRecordsReader records, AdviceService advice, ExerciseLibrary library) {
        this.records = records;
        this.advice = advice;
        this.library = library;
    }

    /** Today for the account on {@code today}, or empty when it has no plan. */
    public Optional<Today> today(AccountId owner, LocalDate today) {
        return records.read(owner).map(stored -> today(stored, today));
    }

    private Today today(StoredRecords stored, LocalDate today) {
        EngineInputs inputs = EngineInputs.of(stored);
        Plan plan = inputs.plan();
        long daysIn = ChronoUnit.DAYS.between(plan.startDate(), today);
        int week = daysIn < 0 ? 0 : (int) (daysIn / 7) + 1;
        // Mid-week, the dose in force is the one decided when the week began; on the first day of a
        // week that is today's advice itself.
        boolean weekBegins = daysIn >= 0 && daysIn % 7 == 0;
        LocalDate doseDay = week < 1 || weekBegins ? today : plan.weekStart(week);
        Map<LocalDate, Advice> advised = advice.adviceOn(inputs, List.of(today, doseDay));
        Advice todays = advised.get(today);
        // The week's decision is the one of the dose in force (mid-week, the engine would also judge the
        // week so far, a decision not taken yet); strength decisions follow today's log.
        List<Finding> review = Stream.concat(
                        advised.get(doseDay).findings().stream().filter(TodayService::weekDecision),
                        todays.findings().stream().filter(f -> f.rule().startsWith("R5.")))
                .toList();
        Finding nextSession = todays.findings().stream()
                .filter(f -> f.rule().equals(NEXT_SESSION_RULE))
                .findFirst()
                .orElse(null);
        List<SessionView> planSessions = stored.sessions().stream()
                .filter(s -> s.activity() == plan.targetActivity()
                        && !s.date().isBefore(plan.startDate())
                        && !s.date().isAfter(today))
                .toList();
        return new Today(
                today,
                stored.plan().entry(),
                week,
                week > 1 && daysIn % 7 == 0,
                plan.weekStart(Math.max(week, 0) + 1),
                todays,
                advised.get(doseDay).nextWeek(),
                week < 1 ? null : doneSoFar(stored.sessions(), plan, plan.weekStart(week), today),
                planSessions.isEmpty() ? null : planSessions.get(planSessions.size() - 1),
                nextSession,
                review,
                todays.findings().stream()
                        .filter(f -> !weekDecision(f) && !f.rule().startsWith("R5.") && f != nextSession)
                        .toList(),
                strengthItems(todays, doneToday(stored.strength(), today)),
                stored.checkIns().stream().anyMatch(c -> c.date().equals(today)),
                toRate(planSessions, today));
    }

    /**
     * The sessions to ask about, oldest first: those imported without pain scores, and those of the
     * last {@value #ASK_PAIN_AFTER_DAYS} days (the light's days, where it still changes today's advice)
     * logged without the pain in the hours after.
     */
    private static List<SessionView> toRate(List<SessionView> planSessions, LocalDate today) {
        LocalDate recent = today.minusDays(ASK_PAIN_AFTER_DAYS);
        return planSessions.stream()
                .filter(s -> s.painDuring() == null
                        || s.painAfter() == null && !s.date().isBefore(recent))
                .toList();
    }

    /** The target activity's volume logged from {@code from} to {@code to}, in the plan's unit. */
    private static double doneSoFar(List<SessionView> sessions, Plan plan, LocalDate from, LocalDate to) {
        return sessions.stream()
                .filter(s -> !s.date().isBefore(from) && !s.date().isAfter(to))
                .filter(s -> s.activity() == plan.targetActivity() && s.unit() == plan.unit())
                .mapToDouble(s -> s.volume().doubleValue())
                .sum();
    }

    /** Each exercise logged on {@code today}, by exercise id (the last entry of the day wins). */
    private static Map<String, StrengthView> doneToday(List<StrengthView> strength, LocalDate today) {
        Map<String, StrengthView> done = new HashMap<>();
        strength.stream().filter(s -> s.date().equals(today)).forEach(s -> done.put(s.exercise(), s));
        return done;
    }

    /**
     * Today's checklist: each exercise's prescription, or, once it is logged today, what was done
     * (today's log already moves the adviser's prescription on to the next session); then the
     * programme's exercises not started yet and those the contributors (R8) add, at the library's
     * dose.
     */
    private List<StrengthItem> strengthItems(Advice todays, Map<String, StrengthView> doneToday) {
        List<StrengthItem> items = new ArrayList<>();
        Set<String> started = new HashSet<>();
        for (StrengthAdvice s : todays.strength()) {
            started.add(s.exercise());
            started.add(s.next().exercise());
            StrengthView done =
                    doneToday.getOrDefault(s.exercise(), doneToday.get(s.next().exercise()));
            items.add(
                    done != null
                            ? new StrengthItem(
                                    done.exercise(),
                                    name(done.exercise()),
                                    done.sets(),
                                    done.reps(),
                                    done.loadKg().stripTrailingZeros(),
                                    done.holdSec(),
                                    s.decision(),
                                    done.painDuring())
                            : new StrengthItem(
                                    s.next().exercise(),
                                    name(s.next().exercise()),
                                    s.next().sets(),
                                    s.next().reps(),
                                    BigDecimal.valueOf(s.next().loadKg()).stripTrailingZeros(),
                                    s.next().holdSec(),
                                    s.decision(),
                                    null));
        }
        // the programme, then what the contributors add to it (a calf stretch for tight calves)
        Set<String> toStart = new LinkedHashSet<>(todays.programme().exercises());
        todays.contributors().forEach(c -> toStart.addAll(c.exercises()));
        for (String id : toStart) {
            if (!started.contains(id)) {
                library.find(id)
                        .ifPresent(exercise -> items.add(new StrengthItem(
                                id,
                                exercise.name(),
                                exercise.dose().sets(),
                                exercise.dose().reps(),
                                BigDecimal.ZERO,
                                exercise.dose().holdSec(),
                                null,
                                doneToday.containsKey(id) ? doneToday.get(id).painDuring() : null)));
            }
        }
        return items;
    }

    private String name(String exerciseId) {
        return library.find(exerciseId).map(Exercise::name).orElse(exerciseId);
    }

    /**
     * A finding of the week's decision or its escalation checks (R3, R4, R7.nonresponse), shown with
     * the strength decisions (R5) as the weekly review; the next session (R3.next-session) is about
     * the week in progress and stays with the day's findings.
     */
    private static boolean weekDecision(Finding f) {
        return (f.rule().startsWith("R3.") && !f.rule().equals(NEXT_SESSION_RULE))
                || f.rule().startsWith("R4.")
                || f.rule().equals("R7.nonresponse");
    }
}
