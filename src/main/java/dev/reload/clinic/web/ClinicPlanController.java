package dev.reload.clinic.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.reload.account.AccountId;
import dev.reload.account.AccountPrincipal;
import dev.reload.account.AccountService;
import dev.reload.account.PersonalClock;
import dev.reload.advice.WhatIf;
import dev.reload.advice.WhatIfAnswer;
import dev.reload.knee.ExerciseLibrary;
import dev.reload.plan.KnobWords;
import dev.reload.plan.KnobsForm;
import dev.reload.plan.PlanKnobs;
import dev.reload.plan.PlanService;
import dev.reload.plan.PlanService.PlanView;
import dev.reload.plan.PlanTuning;
import dev.reload.system.web.InvalidFieldException;
import dev.reload.system.web.PatientRead;

/**
 * The clinician tunes a linked patient's plan at {@code /clinic/patients/{accountId}/plan}: the
 * knobs as they stand, in words, a form to change them within rules.md's bounds, and every change
 * made so far. "Show what would change" runs the adviser on a copy of the plan and log with the
 * knobs in the form (the what-if) and stores nothing; "Save" stores them, and the patient's advice
 * follows from the next request. Both pass the patient gate like every read of the patient.
 */
@Controller
class ClinicPlanController {

    static final String PLAN = "clinic/plan";

    private static final Pattern ENUM_WORD = Pattern.compile("\\b[A-Z][A-Z_]{2,}\\b");

    private final PlanService plans;
    private final PlanTuning tuning;
    private final WhatIf whatIf;
    private final KnobWords words;
    private final ExerciseLibrary library;
    private final AccountService accounts;
    private final PersonalClock clock;

    ClinicPlanController(
            PlanService plans,
            PlanTuning tuning,
            WhatIf whatIf,
            KnobWords words,
            ExerciseLibrary library,
            AccountService accounts,
            PersonalClock clock) {
        this.plans = plans;
        this.tuning = tuning;
        this.whatIf = whatIf;
        this.words = words;
        this.library = library;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * One line of the what-if's comparison, in words: {@code what} names a part of the advice
     * ({@code light}, {@code nextWeek}, … or {@code strength}, then for {@code exercise}).
     */
    record Difference(String what, String exercise, String current, String whatIf) {}

    @GetMapping("/clinic/patients/{accountId}/plan")
    @PatientRead("audit.what.plan")
    String plan(
            @AuthenticationPrincipal AccountPrincipal me,
            @PathVariable long accountId,
            HttpServletRequest request,
            Model model) {
        AccountId patient = PatientHeading.put(request, model, accounts);
        tuning.knobs(patient).ifPresent(knobs -> model.addAttribute("knobsForm", KnobsForm.of(knobs)));
        return page(me.accountId(), patient, model);
    }

    @PostMapping("/clinic/patients/{accountId}/plan")
    @PatientRead("audit.what.planTuned")
    String tune(
            @AuthenticationPrincipal AccountPrincipal me,
            @PathVariable long accountId,
            @RequestParam(required = false) String whatIf,
            @Valid @ModelAttribute("knobsForm") KnobsForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        AccountId patient = PatientHeading.put(request, model, accounts);
        if (!result.hasErrors()) {
            try {
                if (whatIf != null) {
                    LocalDate day = clock.today(patient);
                    model.addAttribute("whatIf", differences(this.whatIf.ask(patient, day, form.toProposed())));
                    model.addAttribute("whatIfDay", day);
                    return page(me.accountId(), patient, model);
                }
                int changed = tuning.change(patient, me.accountId(), form.toProposed())
                        .size();
                redirect.addFlashAttribute("knobsSaved", changed);
                return "redirect:/clinic/patients/" + patient.value() + "/plan";
            } catch (InvalidFieldException refused) {
                KnobsForm.reject(refused, result);
            }
        }
        return page(me.accountId(), patient, model);
    }

    private String page(AccountId reader, AccountId patient, Model model) {
        Optional<PlanView> plan = plans.active(patient);
        model.addAttribute("hasPlan", plan.isPresent());
        plan.ifPresent(active -> {
            PlanKnobs knobs = tuning.knobs(patient).orElseThrow();
            model.addAttribute(
                    "knobsProgramme", library.programmeFor(active.entry().condition()));
            model.addAttribute("library", library);
            model.addAttribute("knobLines", words.lines(knobs));
            model.addAttribute(
                    "knobChanges",
                    tuning.changes(patient).stream()
                            .map(change -> words.sentenceForClinician(change, reader, patient))
                            .toList());
        });
        return PLAN;
    }

    /** The what-if's differences with their parts named and the adviser's words made plain. */
    private java.util.List<Difference> differences(WhatIfAnswer answer) {
        return answer.differences().stream()
                .map(d -> {
                    if (d.what().startsWith("strength.")) {
                        return new Difference(
                                "strength",
                                name(d.what().substring("strength.".length())),
                                plain(d.current()),
                                plain(d.whatIf()));
                    }
                    if (d.what().equals("programme")) {
                        return new Difference(d.what(), null, names(d.current()), names(d.whatIf()));
                    }
                    return new Difference(d.what(), null, plain(d.current()), plain(d.whatIf()));
                })
                .toList();
    }

    private String name(String exercise) {
        return library.find(exercise).map(found -> found.name()).orElse(exercise);
    }

    private String names(String exercises) {
        return java.util.Arrays.stream(exercises.split(",\\s*"))
                .map(this::name)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** "13.0 KM, PROGRESS" → "13.0 km, progress". */
    static String plain(String value) {
        Matcher words = ENUM_WORD.matcher(value);
        StringBuilder out = new StringBuilder();
        while (words.find()) {
            String word = words.group();
            String replacement = switch (word) {
                case "KM" -> "km";
                case "MINUTES" -> "min";
                case "JUMPS" -> "jumps";
                default -> word.toLowerCase(Locale.ROOT).replace('_', ' ');
            };
            words.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        words.appendTail(out);
        return out.toString();
    }
}
