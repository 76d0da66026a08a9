package dev.reload.advice.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dev.reload.account.AccountPrincipal;
import dev.reload.account.AccountService;
import dev.reload.account.DistanceUnit;
import dev.reload.advice.AdviceService;
import dev.reload.advice.engine.Advice;
import dev.reload.advice.engine.DoseDecision;
import dev.reload.advice.engine.Finding;
import dev.reload.advice.engine.Plan;
import dev.reload.advice.engine.StrengthAdvice;
import dev.reload.advice.engine.StrengthDecision;
import dev.reload.advice.engine.WeeklyDose;
import dev.reload.knee.Activity;
import dev.reload.knee.Exercise;
import dev.reload.knee.ExerciseLibrary;
import dev.reload.knee.VolumeUnit;
import dev.reload.log.LogService;
import dev.reload.plan.PlanService;

/**
 * Today: the traffic light, the next dose and the reasons behind them, what to report tomorrow,
 * and on the first day of a plan week the weekly review.
 */
@Controller
class TodayController {

    static final String VIEW = "advice/today";

    private final AdviceService advice;
    private final AccountService accounts;
    private final PlanService plans;
    private final LogService log;
    private final ExerciseLibrary library;
    private final Clock clock;

    TodayController(
            AdviceService advice,
            AccountService accounts,
            PlanService plans,
            LogService log,
            ExerciseLibrary library,
            Clock clock) {
        this.advice = advice;
        this.accounts = accounts;
        this.plans = plans;
        this.log = log;
        this.library = library;
        this.clock = clock;
    }

    /** A volume as this person reads it: kilometres turned into miles where they prefer miles. */
    record Shown(BigDecimal amount, String unitKey) {

        static Shown of(double volume, VolumeUnit unit, DistanceUnit distances) {
            BigDecimal value = BigDecimal.valueOf(volume);
            if (unit == VolumeUnit.KM && distances == DistanceUnit.MILES) {
                return new Shown(distances.fromKm(value), "unit.MILES");
            }
            return new Shown(value.stripTrailingZeros(), "unit." + unit.name());
        }
    }

    /**
     * One exercise to do today: the adviser's prescription for an exercise already logged, or the
     * library's default dose for one of the programme not yet started ({@code decision} null).
     */
    record StrengthItem(
            String exercise,
            String name,
            int sets,
            int reps,
            BigDecimal loadKg,
            Integer holdSec,
            StrengthDecision decision) {}

    /** A plan week's dose and the share of one session, as shown. */
    record DoseView(
            int weekNumber, Activity activity, Shown week, Shown perSession, int sessions, DoseDecision decision) {}

    @GetMapping("/today")
    String today(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        plans.active(me.accountId()).ifPresent(active -> {
            Plan plan = active.plan();
            long daysIn = ChronoUnit.DAYS.between(plan.startDate(), today);
            int week = daysIn < 0 ? 0 : (int) (daysIn / 7) + 1;
            // Mid-week, the dose in force is the one decided when the week began; on the first day of a
            // week that is today's advice itself. Both come from one read of the plan and the log.
            boolean weekBegins = daysIn >= 0 && daysIn % 7 == 0;
            LocalDate doseDay = week < 1 || weekBegins ? today : plan.weekStart(week);
            Map<LocalDate, Advice> advised =
                    advice.adviceFor(me.accountId(), List.of(today, doseDay)).orElseThrow();
            Advice todays = advised.get(today);
            Advice weekly = advised.get(doseDay);
            model.addAttribute("advice", todays);
            model.addAttribute("plan", active.view().entry());
            model.addAttribute("planWeek", week);
            model.addAttribute("reviewDay", week > 1 && daysIn % 7 == 0);
            model.addAttribute("nextReview", plan.weekStart(Math.max(week, 0) + 1));
            DistanceUnit distances = accounts.distanceUnit(me.accountId());
            model.addAttribute("dose", dose(weekly.nextWeek(), plan, distances));
            model.addAttribute(
                    "doneSoFar",
                    week < 1
                            ? null
                            : Shown.of(
                                    log.sessions(me.accountId(), plan.weekStart(week), today).stream()
                                            .filter(s ->
                                                    s.activity() == plan.targetActivity() && s.unit() == plan.unit())
                                            .mapToDouble(s -> s.volume().doubleValue())
                                            .sum(),
                                    plan.unit(),
                                    distances));
            List<Finding> review = reviewFindings(todays.findings());
            model.addAttribute("reviewFindings", review);
            model.addAttribute(
                    "otherFindings",
                    todays.findings().stream().filter(f -> !review.contains(f)).toList());
            model.addAttribute("strengthItems", strengthItems(todays));
            model.addAttribute(
                    "checkedInToday", log.checkInOn(me.accountId(), today).isPresent());
            model.addAttribute("library", library);
            model.addAttribute("unrated", log.unrated(me.accountId(), plan.targetActivity(), plan.startDate()));
        });
        return VIEW;
    }

    private static DoseView dose(WeeklyDose dose, Plan plan, DistanceUnit distances) {
        if (dose == null) {
            return null;
        }
        double perSession = dose.unit().roundDown(dose.volume() / plan.sessionsPerWeek());
        return new DoseView(
                dose.week(),
                dose.activity(),
                Shown.of(dose.volume(), dose.unit(), distances),
                perSession > 0 ? Shown.of(perSession, dose.unit(), distances) : null,
                plan.sessionsPerWeek(),
                dose.decision());
    }

    private List<StrengthItem> strengthItems(Advice todays) {
        List<StrengthItem> items = new ArrayList<>();
        Set<String> started = new HashSet<>();
        for (StrengthAdvice s : todays.strength()) {
            started.add(s.exercise());
            started.add(s.next().exercise());
            items.add(new StrengthItem(
                    s.next().exercise(),
                    name(s.next().exercise()),
                    s.next().sets(),
                    s.next().reps(),
                    BigDecimal.valueOf(s.next().loadKg()).stripTrailingZeros(),
                    s.next().holdSec(),
                    s.decision()));
        }
        for (String id : todays.programme().exercises()) {
            if (!started.contains(id)) {
                library.find(id)
                        .ifPresent(exercise -> items.add(new StrengthItem(
                                id,
                                exercise.name(),
                                exercise.dose().sets(),
                                exercise.dose().reps(),
                                BigDecimal.ZERO,
                                exercise.dose().holdSec(),
                                null)));
            }
        }
        return items;
    }

    private String name(String exerciseId) {
        return library.find(exerciseId).map(Exercise::name).orElse(exerciseId);
    }

    /** The week's decisions and escalation checks, shown together as the weekly review. */
    private static List<Finding> reviewFindings(List<Finding> findings) {
        return findings.stream()
                .filter(f -> f.rule().startsWith("R3.")
                        || f.rule().startsWith("R4.")
                        || f.rule().startsWith("R5.")
                        || f.rule().equals("R7.nonresponse"))
                .toList();
    }
}
