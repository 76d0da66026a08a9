package dev.reload.plan.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

import dev.reload.account.AccountPrincipal;
import dev.reload.account.PersonalClock;
import dev.reload.knee.Activity;
import dev.reload.knee.Condition;
import dev.reload.knee.Plausible;
import dev.reload.knee.RedFlag;
import dev.reload.knee.TightStructure;
import dev.reload.knee.VolumeUnit;
import dev.reload.plan.OnboardingDrafts;
import dev.reload.plan.PlanService;
import dev.reload.plan.ScreeningEntry;
import dev.reload.system.web.NotFoundException;

/**
 * Onboarding, one question per screen with back and forward: the safety screen, the condition, the
 * goal activity, today's dose and the goal, the contributors, the pain onset; then the plan. The
 * answers so far are a draft stored for the account after every step ({@link StoredDrafts}), not
 * in the page session, so that any instance continues it and a restart keeps it (decision 0028).
 */
@Controller
@RequestMapping("/onboarding")
class OnboardingController {

    static final String VIEW = "plan/onboarding";
    static final String URGENT_VIEW = "plan/onboarding-urgent";
    static final String CLINICIAN_VIEW = "plan/onboarding-clinician";

    /** The steps in order; their slugs are the addresses. */
    enum Step {
        SAFETY,
        CONDITION,
        ACTIVITY,
        DOSE,
        CONTRIBUTORS,
        ONSET;

        String slug() {
            return name().toLowerCase();
        }

        static Optional<Step> of(String slug) {
            return Arrays.stream(values())
                    .filter(step -> step.slug().equals(slug))
                    .findFirst();
        }

        Step next() {
            return values()[Math.min(ordinal() + 1, values().length - 1)];
        }

        Step previous() {
            return values()[Math.max(ordinal() - 1, 0)];
        }
    }

    /** Days in the sentences of refused answers: "1 January 1900", never an ISO date. */
    private static final DateTimeFormatter IN_WORDS = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final PlanService plans;
    private final PersonalClock clock;
    private final StoredDrafts drafts;

    OnboardingController(PlanService plans, PersonalClock clock, OnboardingDrafts drafts, JsonMapper json) {
        this.plans = plans;
        this.clock = clock;
        this.drafts = new StoredDrafts(drafts, json);
    }

    /** The account's draft, before the request's answers are bound to it. */
    @ModelAttribute("draft")
    OnboardingDraft draft(@AuthenticationPrincipal AccountPrincipal me) {
        return drafts.load(me.accountId());
    }

    @GetMapping
    String start(
            @ModelAttribute("draft") OnboardingDraft draft,
            @RequestParam(required = false) Condition condition,
            @AuthenticationPrincipal AccountPrincipal me) {
        if (condition != null) {
            draft.setCondition(condition);
            drafts.save(me.accountId(), draft);
        }
        return "redirect:/onboarding/" + Step.SAFETY.slug();
    }

    @GetMapping("/{slug}")
    String show(
            @PathVariable String slug,
            @ModelAttribute("draft") OnboardingDraft draft,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        Step step = step(slug);
        if (step != Step.SAFETY && !draft.isScreened()) {
            return "redirect:/onboarding/" + Step.SAFETY.slug();
        }
        return page(step, draft, me, model);
    }

    @PostMapping("/{slug}")
    String submit(
            @PathVariable String slug,
            @ModelAttribute("draft") OnboardingDraft draft,
            BindingResult result,
            @RequestParam(defaultValue = "next") String action,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        Step step = step(slug);
        if ("back".equals(action)) {
            drafts.save(me.accountId(), draft);
            return "redirect:/onboarding/" + step.previous().slug();
        }
        validate(step, draft, me, result);
        if (result.hasErrors()) {
            String page = page(step, draft, me, model);
            drafts.save(me.accountId(), draft);
            return page;
        }
        if (step == Step.SAFETY) {
            String next = afterSafety(draft, me, model);
            drafts.save(me.accountId(), draft);
            return next;
        }
        if (step == Step.ONSET) {
            plans.screen(
                    me.accountId(), new ScreeningEntry(clock.today(me.accountId()), List.copyOf(draft.getRedFlags())));
            plans.create(me.accountId(), draft.toPlan());
            drafts.forget(me.accountId());
            return "redirect:/plan?created";
        }
        drafts.save(me.accountId(), draft);
        return "redirect:/onboarding/" + step.next().slug();
    }

    /** After a clinician flag, the person may go on with non-impact activity only. */
    @PostMapping("/non-impact")
    String continueNonImpact(
            @ModelAttribute("draft") OnboardingDraft draft, @AuthenticationPrincipal AccountPrincipal me) {
        draft.setScreened(true);
        draft.setNonImpactOnly(true);
        if (draft.getTargetActivity() != null && !draft.allowedActivities().contains(draft.getTargetActivity())) {
            draft.setTargetActivity(null);
        }
        drafts.save(me.accountId(), draft);
        return "redirect:/onboarding/" + Step.CONDITION.slug();
    }

    private String afterSafety(OnboardingDraft draft, AccountPrincipal me, Model model) {
        if (draft.anyUrgentFlag()) {
            plans.screen(
                    me.accountId(), new ScreeningEntry(clock.today(me.accountId()), List.copyOf(draft.getRedFlags())));
            model.addAttribute(
                    "flags",
                    draft.getRedFlags().stream().filter(RedFlag::urgent).toList());
            return URGENT_VIEW;
        }
        if (draft.anyClinicianFlag()) {
            model.addAttribute("flags", draft.getRedFlags());
            return CLINICIAN_VIEW;
        }
        draft.setScreened(true);
        draft.setNonImpactOnly(false);
        return "redirect:/onboarding/" + Step.CONDITION.slug();
    }

    private String page(Step step, OnboardingDraft draft, AccountPrincipal me, Model model) {
        if (step == Step.ONSET && draft.getStartDate() == null) {
            draft.setStartDate(clock.today(me.accountId()));
            drafts.save(me.accountId(), draft);
        }
        model.addAttribute("step", step.slug());
        model.addAttribute("stepNumber", step.ordinal() + 1);
        model.addAttribute("stepCount", Step.values().length);
        model.addAttribute("redFlags", RedFlag.values());
        model.addAttribute("conditions", Condition.values());
        model.addAttribute("activities", draft.allowedActivities());
        model.addAttribute("units", VolumeUnit.values());
        model.addAttribute("tightStructures", TightStructure.values());
        return VIEW;
    }

    private void validate(Step step, OnboardingDraft draft, AccountPrincipal me, BindingResult result) {
        switch (step) {
            case SAFETY ->
                SafetyAnswers.check(draft.getRedFlags(), draft.isNoneApply())
                        .ifPresent(message -> result.rejectValue("redFlags", "answer", message));
            case CONDITION -> required(result, "condition", draft.getCondition());
            case ACTIVITY -> {
                required(result, "targetActivity", draft.getTargetActivity());
                required(result, "unit", draft.getUnit());
                if (draft.getTargetActivity() != null
                        && !draft.allowedActivities().contains(draft.getTargetActivity())) {
                    result.rejectValue(
                            "targetActivity",
                            "nonImpact",
                            "Choose cycling or swimming until a clinician " + "has looked at your knee.");
                }
                if (draft.getTargetActivity() != null
                        && draft.getUnit() != null
                        && !unitFits(draft.getTargetActivity(), draft.getUnit())) {
                    result.rejectValue(
                            "unit",
                            "unitFits",
                            "Count this activity in kilometres or minutes; jumps are " + "for jumping sports.");
                }
            }
            case DOSE -> {
                required(result, "weeklyGoal", draft.getWeeklyGoal());
                positive(result, "weeklyGoal", draft.getWeeklyGoal(), false);
                positive(result, "tolerableDose", draft.getTolerableDose(), true);
                required(result, "sessionsPerWeek", draft.getSessionsPerWeek());
                if (draft.getSessionsPerWeek() != null
                        && (draft.getSessionsPerWeek() < 1 || draft.getSessionsPerWeek() > 14)) {
                    result.rejectValue("sessionsPerWeek", "range", "Plan between 1 and 14 sessions a week.");
                }
                if (draft.getUnit() != null) {
                    atMost(
                            result,
                            "weeklyGoal",
                            draft.getWeeklyGoal(),
                            Plausible.weekVolume(draft.getUnit()),
                            "Your weekly goal " + Plausible.weekVolumeProblem(draft.getUnit()) + ".");
                    atMost(
                            result,
                            "tolerableDose",
                            draft.getTolerableDose(),
                            Plausible.sessionVolume(draft.getUnit()),
                            "What you can do in one session "
                                    + Plausible.sessionVolumeProblem(draft.getUnit())
                                            .replace(" for one session", "")
                                    + ".");
                }
                if (draft.getTolerableDose() != null
                        && draft.getWeeklyGoal() != null
                        && !result.hasFieldErrors("tolerableDose")
                        && draft.getTolerableDose().compareTo(draft.getWeeklyGoal()) > 0) {
                    result.rejectValue(
                            "tolerableDose", "aboveGoal", "One session cannot be more than the weekly goal.");
                }
            }
            case CONTRIBUTORS -> {
                if (draft.getAge() != null && (draft.getAge() < 10 || draft.getAge() > 110)) {
                    result.rejectValue("age", "range", "Enter an age between 10 and 110.");
                }
                if (draft.getSidePlankHoldSec() != null
                        && (draft.getSidePlankHoldSec() < 0 || draft.getSidePlankHoldSec() > Plausible.HOLD_SEC)) {
                    result.rejectValue(
                            "sidePlankHoldSec",
                            "range",
                            "Enter the seconds you held the side plank, from 0 to " + Plausible.HOLD_SEC + ".");
                }
                LocalDate today = clock.today(me.accountId());
                plausible(result, "newShoesOn", "the day of the new shoes", draft.getNewShoesOn(), today);
                plausible(result, "surfaceChangeOn", "the day of the change", draft.getSurfaceChangeOn(), today);
                if (draft.getSleepHoursTypical() != null
                        && (draft.getSleepHoursTypical().signum() < 0
                                || draft.getSleepHoursTypical().compareTo(BigDecimal.valueOf(Plausible.DAY_HOURS))
                                        > 0)) {
                    result.rejectValue("sleepHoursTypical", "range", "Enter hours between 0 and 24.");
                }
            }
            case ONSET -> {
                LocalDate today = clock.today(me.accountId());
                required(result, "startDate", draft.getStartDate());
                plausible(result, "painOnset", "the day the pain began", draft.getPainOnset(), today);
                plausible(result, "startDate", "the plan's first day", draft.getStartDate(), today);
                if (draft.getPainOnset() != null
                        && !result.hasFieldErrors("painOnset")
                        && draft.getPainOnset().isAfter(today)) {
                    result.rejectValue("painOnset", "future", "The day the pain began cannot be in the future.");
                }
                if (draft.getStartDate() != null && draft.getStartDate().isAfter(today.plusDays(14))) {
                    result.rejectValue("startDate", "future", "Start within the next two weeks.");
                }
            }
        }
    }

    private static boolean unitFits(Activity activity, VolumeUnit unit) {
        return switch (unit) {
            case MINUTES -> true;
            case KM -> activity != Activity.JUMP_SPORT && activity != Activity.OTHER;
            case JUMPS -> activity == Activity.JUMP_SPORT;
        };
    }

    private static void required(BindingResult result, String field, Object value) {
        if (value == null && !result.hasFieldErrors(field)) {
            result.rejectValue(field, "required", "Please answer this question.");
        }
    }

    private static void positive(BindingResult result, String field, BigDecimal value, boolean zeroAllowed) {
        if (value != null && (value.signum() < 0 || (!zeroAllowed && value.signum() == 0))) {
            result.rejectValue(field, "positive", zeroAllowed ? "Enter 0 or more." : "Enter more than 0.");
        }
    }

    /** Refuses a volume above the plausible maximum of its unit (api.md, "Limits"). */
    private static void atMost(BindingResult result, String field, BigDecimal value, int most, String message) {
        if (value != null && !result.hasFieldErrors(field) && value.compareTo(BigDecimal.valueOf(most)) > 0) {
            result.rejectValue(field, "range", message);
        }
    }

    /** Refuses a date outside the plausible range: 1900-01-01 to two years after the person's today. */
    private static void plausible(BindingResult result, String field, String what, LocalDate date, LocalDate today) {
        if (date != null && !result.hasFieldErrors(field) && !Plausible.isPlausible(date, today)) {
            result.rejectValue(
                    field,
                    "range",
                    "Enter " + what + " from " + IN_WORDS.format(Plausible.EARLIEST_DATE) + " to "
                            + IN_WORDS.format(Plausible.latestDate(today)) + ".");
        }
    }

    private static Step step(String slug) {
        return Step.of(slug).orElseThrow(() -> new NotFoundException("onboarding step", slug));
    }
}
