package dev.reload.plan.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dev.reload.account.AccountPrincipal;
import dev.reload.account.AccountService;
import dev.reload.account.DistanceUnit;
import dev.reload.knee.ExerciseLibrary;
import dev.reload.knee.VolumeUnit;
import dev.reload.plan.PlanService;

/** The plan page: the plan in one view, with its four phases and the strength programme. */
@Controller
class PlanPagesController {

    static final String VIEW = "plan/plan";

    private final PlanService plans;
    private final AccountService accounts;
    private final ExerciseLibrary library;

    PlanPagesController(PlanService plans, AccountService accounts, ExerciseLibrary library) {
        this.plans = plans;
        this.accounts = accounts;
        this.library = library;
    }

    @GetMapping("/plan")
    String plan(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        plans.active(me.accountId()).ifPresent(active -> {
            model.addAttribute("plan", active.entry());
            DistanceUnit distances = accounts.distanceUnit(me.accountId());
            boolean miles = active.entry().unit() == VolumeUnit.KM && distances == DistanceUnit.MILES;
            model.addAttribute(
                    "goal",
                    miles
                            ? distances.fromKm(active.entry().weeklyGoal())
                            : active.entry().weeklyGoal());
            model.addAttribute(
                    "goalUnitKey",
                    miles ? "unit.MILES" : "unit." + active.entry().unit());
            model.addAttribute("programme", library.programmeFor(active.entry().condition()));
            model.addAttribute("library", library);
        });
        return VIEW;
    }
}
