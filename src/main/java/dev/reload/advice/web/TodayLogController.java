package dev.reload.advice.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.reload.account.AccountId;
import dev.reload.account.AccountPrincipal;
import dev.reload.account.PersonalClock;
import dev.reload.advice.Today.StrengthItem;
import dev.reload.knee.Exercise;
import dev.reload.knee.ExerciseLibrary;
import dev.reload.log.CheckInEntry;
import dev.reload.log.CheckInService;
import dev.reload.log.StrengthEntry;
import dev.reload.log.StrengthService;
import dev.reload.system.web.NotFoundException;

/**
 * Logging from Today without leaving it: the morning check-in card and the strength checklist,
 * where one tap on the pain scale saves an exercise as prescribed. With htmx the checklist item is
 * swapped in place; without JavaScript each form posts and Today comes back at the same item.
 */
@Controller
class TodayLogController {

    static final String STRENGTH_ITEM_FRAGMENT = "advice/fragments :: strengthItem";

    private final StrengthService strength;
    private final CheckInService checkIns;
    private final ExerciseLibrary library;
    private final PersonalClock clock;
    private final Validator validator;

    TodayLogController(
            StrengthService strength,
            CheckInService checkIns,
            ExerciseLibrary library,
            PersonalClock clock,
            Validator validator) {
        this.strength = strength;
        this.checkIns = checkIns;
        this.library = library;
        this.clock = clock;
        this.validator = validator;
    }

    /** Today's morning check-in from its card; a second one on the same day changes the first. */
    @PostMapping("/today/checkin")
    String checkIn(
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) Integer morningPain,
            @RequestParam(required = false) Integer morningStiffness,
            RedirectAttributes redirect) {
        AccountId owner = me.accountId();
        LocalDate today = clock.today(owner);
        CheckInEntry entry = new CheckInEntry(today, morningPain, morningStiffness, null, null, null);
        if (!validator.validate(entry).isEmpty()) {
            redirect.addFlashAttribute("checkInError", true);
            return "redirect:/today#checkin-heading";
        }
        checkIns.record(owner, entry); // a second one today changes the first, keeping sleep, stress and notes
        redirect.addFlashAttribute("notice", "log.saved.checkIn");
        return "redirect:/today";
    }

    /**
     * One exercise of the checklist, done as prescribed with the pain tapped. An htmx request gets
     * the item back, done (or with its error); a plain form post returns to the item on Today.
     */
    @PostMapping("/today/strength")
    String strength(
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam String exercise,
            @RequestParam int sets,
            @RequestParam int reps,
            @RequestParam BigDecimal loadKg,
            @RequestParam(required = false) Integer holdSec,
            @RequestParam(required = false) Integer painDuring,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            RedirectAttributes redirect) {
        Exercise known = library.find(exercise).orElseThrow(() -> new NotFoundException("exercise", exercise));
        LocalDate today = clock.today(me.accountId());
        StrengthEntry entry = new StrengthEntry(today, exercise, sets, reps, loadKg, painDuring, holdSec, null);
        Set<ConstraintViolation<StrengthEntry>> problems = validator.validate(entry);
        boolean saved = problems.isEmpty();
        if (saved) {
            strength.add(me.accountId(), entry);
        }
        if (htmx == null) {
            if (!saved) {
                redirect.addFlashAttribute("strengthError", exercise);
            }
            return "redirect:/today#strength-" + exercise;
        }
        model.addAttribute("today", today);
        model.addAttribute("strengthError", saved ? null : exercise);
        model.addAttribute(
                "item",
                new StrengthItem(
                        exercise,
                        known.name(),
                        sets,
                        reps,
                        loadKg.stripTrailingZeros(),
                        holdSec,
                        null,
                        saved ? painDuring : null));
        return STRENGTH_ITEM_FRAGMENT;
    }
}
