package dev.reload.advice.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dev.reload.account.AccountPrincipal;
import dev.reload.advice.AdviceService;
import dev.reload.advice.engine.Advice;
import dev.reload.advice.engine.ExerciseLibrary;
import dev.reload.advice.engine.Finding;
import dev.reload.advice.engine.Plan;
import dev.reload.advice.engine.WeeklyDose;
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
    private final PlanService plans;
    private final LogService log;
    private final ExerciseLibrary library;
    private final Clock clock;

    TodayController(AdviceService advice, PlanService plans, LogService log, ExerciseLibrary library, Clock clock) {
        this.advice = advice;
        this.plans = plans;
        this.log = log;
        this.library = library;
        this.clock = clock;
    }

    /** The dose of one session of next week: the weekly volume shared over the planned sessions. */
    record SessionDose(double volume, int sessions) {
    }

    @GetMapping("/today")
    String today(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        plans.active(me.accountId()).ifPresent(active -> {
            Advice todays = advice.adviceFor(me.accountId(), today).orElseThrow();
            Plan plan = active.plan();
            long daysIn = ChronoUnit.DAYS.between(plan.startDate(), today);
            int week = daysIn < 0 ? 0 : (int) (daysIn / 7) + 1;
            model.addAttribute("advice", todays);
            model.addAttribute("plan", active.view().entry());
            model.addAttribute("planWeek", week);
            model.addAttribute("reviewDay", week > 1 && daysIn % 7 == 0);
            model.addAttribute("nextReview", plan.weekStart(Math.max(week, 0) + 1));
            model.addAttribute("sessionDose", sessionDose(todays.nextWeek(), plan));
            model.addAttribute("reviewFindings", reviewFindings(todays.findings()));
            model.addAttribute("otherFindings", todays.findings().stream()
                    .filter(f -> !reviewFindings(todays.findings()).contains(f)).toList());
            model.addAttribute("checkedInToday", log.checkInOn(me.accountId(), today).isPresent());
            model.addAttribute("library", library);
            model.addAttribute("unrated", log.unrated(me.accountId(), plan.targetActivity(), plan.startDate()));
        });
        return VIEW;
    }

    private static SessionDose sessionDose(WeeklyDose dose, Plan plan) {
        if (dose == null || dose.volume() <= 0) {
            return null;
        }
        double perSession = dose.unit().roundDown(dose.volume() / plan.sessionsPerWeek());
        return new SessionDose(perSession > 0 ? perSession : dose.volume(), plan.sessionsPerWeek());
    }

    /** The week's decisions and escalation checks, shown together as the weekly review. */
    private static List<Finding> reviewFindings(List<Finding> findings) {
        return findings.stream().filter(f -> f.rule().startsWith("R3.") || f.rule().startsWith("R4.")
                || f.rule().startsWith("R5.") || f.rule().equals("R7.nonresponse")).toList();
    }
}
