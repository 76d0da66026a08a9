package dev.reload.plan.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.reload.account.AccountPrincipal;
import dev.reload.account.PersonalClock;
import dev.reload.knee.RedFlag;
import dev.reload.plan.PlanService;
import dev.reload.plan.ScreeningEntry;

/** The safety screen again, at any weekly review or whenever something new happens: it takes effect at once. */
@Controller
class ScreeningPagesController {

    static final String VIEW = "plan/screening";

    private final PlanService plans;
    private final PersonalClock clock;

    ScreeningPagesController(PlanService plans, PersonalClock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @GetMapping("/screening")
    String form(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("redFlags", RedFlag.values());
        model.addAttribute(
                "current",
                plans.latestScreening(me.accountId())
                        .map(s -> Set.copyOf(s.redFlags()))
                        .orElse(Set.of()));
        model.addAttribute("noneApply", false);
        return VIEW;
    }

    @PostMapping("/screening")
    String screen(
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(name = "redFlags", required = false) List<RedFlag> flags,
            @RequestParam(name = "noneApply", defaultValue = "false") boolean noneApply,
            Model model,
            RedirectAttributes redirect) {
        List<RedFlag> answered = flags == null ? List.of() : flags;
        Optional<String> problem = SafetyAnswers.check(answered, noneApply);
        if (problem.isPresent()) {
            model.addAttribute("redFlags", RedFlag.values());
            model.addAttribute("current", Set.copyOf(answered));
            model.addAttribute("noneApply", noneApply);
            model.addAttribute("answerError", problem.get());
            return VIEW;
        }
        plans.screen(me.accountId(), new ScreeningEntry(clock.today(me.accountId()), answered));
        redirect.addFlashAttribute("notice", answered.isEmpty() ? "screening.saved.clear" : "screening.saved.flags");
        return "redirect:/today";
    }
}
