package dev.reload.plan.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.reload.account.AccountId;
import dev.reload.account.AccountPrincipal;
import dev.reload.account.AccountService;
import dev.reload.account.DistanceUnit;
import dev.reload.account.PersonalClock;
import dev.reload.knee.ExerciseLibrary;
import dev.reload.knee.Phase;
import dev.reload.knee.VolumeUnit;
import dev.reload.plan.KnobWords;
import dev.reload.plan.PlanEntry;
import dev.reload.plan.PlanPhases;
import dev.reload.plan.PlanService;
import dev.reload.plan.PlanTuning;
import dev.reload.system.web.InvalidFieldException;

/**
 * The plan page: the plan in one view, where the person is in it (phase, plan week and its dates),
 * the day the pain began (which can be added or changed here), the four phases and the strength
 * programme, how the plan is set (its knobs) and every change made to them.
 */
@Controller
class PlanPagesController {

    static final String VIEW = "plan/plan";

    private final PlanService plans;
    private final AccountService accounts;
    private final ExerciseLibrary library;
    private final PlanPhases phases;
    private final PersonalClock clock;
    private final PlanTuning tuning;
    private final KnobWords knobWords;

    PlanPagesController(
            PlanService plans,
            AccountService accounts,
            ExerciseLibrary library,
            PlanPhases phases,
            PersonalClock clock,
            PlanTuning tuning,
            KnobWords knobWords) {
        this.tuning = tuning;
        this.knobWords = knobWords;
        this.plans = plans;
        this.accounts = accounts;
        this.library = library;
        this.phases = phases;
        this.clock = clock;
    }

    /**
     * Where the person is on {@code today}: plan week {@code week} (0 before the plan starts),
     * running from {@code weekStart} to {@code weekEnd}, in {@code phase} (null before the start).
     */
    record Position(LocalDate today, LocalDate start, int week, LocalDate weekStart, LocalDate weekEnd, Phase phase) {

        static Position of(PlanEntry plan, LocalDate today, Phase phase) {
            long days = ChronoUnit.DAYS.between(plan.startDate(), today);
            if (days < 0) {
                return new Position(today, plan.startDate(), 0, null, null, null);
            }
            int week = (int) (days / 7) + 1;
            LocalDate weekStart = plan.startDate().plusWeeks(week - 1L);
            return new Position(today, plan.startDate(), week, weekStart, weekStart.plusDays(6), phase);
        }
    }

    @GetMapping("/plan")
    String plan(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        AccountId owner = me.accountId();
        plans.active(owner).ifPresent(active -> {
            PlanEntry entry = active.entry();
            model.addAttribute("plan", entry);
            DistanceUnit distances = accounts.distanceUnit(owner);
            boolean miles = entry.unit() == VolumeUnit.KM && distances == DistanceUnit.MILES;
            model.addAttribute("goal", miles ? distances.fromKm(entry.weeklyGoal()) : entry.weeklyGoal());
            model.addAttribute("goalUnitKey", miles ? "unit.MILES" : "unit." + entry.unit());
            model.addAttribute(
                    "programme", tuning.programme(owner).orElseGet(() -> library.programmeFor(entry.condition())));
            tuning.knobs(owner).ifPresent(knobs -> model.addAttribute("knobLines", knobWords.lines(knobs)));
            model.addAttribute(
                    "knobChanges",
                    tuning.changes(owner).stream()
                            .map(change -> knobWords.sentence(change, owner))
                            .toList());
            model.addAttribute("library", library);
            LocalDate today = clock.today(owner);
            Phase phase = today.isBefore(entry.startDate())
                    ? null
                    : phases.phaseOn(owner, today).orElse(null);
            model.addAttribute("position", Position.of(entry, today, phase));
            if (!model.containsAttribute("onsetValue")) {
                model.addAttribute(
                        "onsetValue",
                        entry.painOnset() == null ? "" : entry.painOnset().toString());
            }
        });
        return VIEW;
    }

    /** Adds or changes the day the pain began; {@code remove} takes it away. */
    @PostMapping("/plan/onset")
    String changeOnset(
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(defaultValue = "") String painOnset,
            @RequestParam(required = false) String remove,
            Model model,
            RedirectAttributes redirect) {
        try {
            LocalDate onset = remove != null ? null : parse(painOnset);
            plans.changePainOnset(me.accountId(), onset);
        } catch (InvalidFieldException e) {
            model.addAttribute("onsetValue", painOnset.length() > 10 ? painOnset.substring(0, 10) : painOnset);
            model.addAttribute(
                    "onsetError",
                    "The day the pain began " + e.problems().get(0).message() + ".");
            return plan(me, model);
        }
        redirect.addFlashAttribute("notice", remove != null ? "plan.onset.removed" : "plan.onset.saved");
        return "redirect:/plan#onset-heading";
    }

    private static LocalDate parse(String value) {
        if (value.isBlank()) {
            throw new InvalidFieldException("painOnset", "is missing: choose a date");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("painOnset", "must be a date such as 2026-11-30");
        }
    }
}
