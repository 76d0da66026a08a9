package dev.reload.log.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.util.UriComponentsBuilder;

import dev.reload.account.AccountId;
import dev.reload.account.AccountPrincipal;
import dev.reload.account.AccountService;
import dev.reload.account.DistanceUnit;
import dev.reload.account.PersonalClock;
import dev.reload.knee.Activity;
import dev.reload.knee.ExerciseLibrary;
import dev.reload.knee.PainScore;
import dev.reload.knee.VolumeUnit;
import dev.reload.log.CheckInService;
import dev.reload.log.CheckInView;
import dev.reload.log.SessionEntry;
import dev.reload.log.SessionService;
import dev.reload.log.ShoeService;
import dev.reload.log.StrengthService;
import dev.reload.log.web.LogForms.CheckInForm;
import dev.reload.log.web.LogForms.SessionForm;
import dev.reload.log.web.LogForms.ShoeForm;
import dev.reload.log.web.LogForms.StrengthForm;
import dev.reload.plan.PlanService;
import dev.reload.system.web.FormErrors;
import dev.reload.system.web.InvalidFieldException;
import dev.reload.system.web.NotFoundException;

/**
 * The log in the browser: a session, strength work and the morning check-in, each on its own
 * screen and saved in a few taps, the last two weeks to change or delete, and the shoes. Deleting
 * and undoing a delete are {@link LogDeletesController}'s.
 */
@Controller
class LogPagesController {

    /** The surfaces a session can be on (a change of surface is an R8 contributor). */
    static final List<String> SURFACES =
            List.of("road", "track", "trail", "treadmill", "grass", "indoor-court", "other");

    static final String VIEW = "log/log";
    static final String ENTRY_VIEW = "log/entry";
    static final String SHOES_VIEW = "log/shoes";
    private static final int RECENT_DAYS = 14;

    private final SessionService sessions;
    private final CheckInService checkIns;
    private final StrengthService strength;
    private final ShoeService shoes;
    private final AccountService accounts;
    private final PlanService plans;
    private final ExerciseLibrary library;
    private final Validator validator;
    private final PersonalClock clock;
    private final MessageSource messages;

    LogPagesController(
            SessionService sessions,
            CheckInService checkIns,
            StrengthService strength,
            ShoeService shoes,
            AccountService accounts,
            PlanService plans,
            ExerciseLibrary library,
            Validator validator,
            PersonalClock clock,
            MessageSource messages) {
        this.sessions = sessions;
        this.checkIns = checkIns;
        this.strength = strength;
        this.shoes = shoes;
        this.accounts = accounts;
        this.plans = plans;
        this.library = library;
        this.validator = validator;
        this.clock = clock;
        this.messages = messages;
    }

    /**
     * The log: three ways in (a session, strength work, the morning check-in), each on its own
     * screen, and the last two weeks to change or delete. A link with a session's prefill (an old
     * "Log this run") goes to the session screen.
     */
    @GetMapping("/log")
    String page(
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(name = "activity", required = false) String activity,
            @RequestParam(name = "volume", required = false) String volume,
            @RequestParam(name = "unit", required = false) String unit,
            Model model) {
        if (activity != null || volume != null || unit != null) {
            return UriComponentsBuilder.fromPath("redirect:/log/session")
                    .queryParamIfPresent("activity", Optional.ofNullable(activity))
                    .queryParamIfPresent("volume", Optional.ofNullable(volume))
                    .queryParamIfPresent("unit", Optional.ofNullable(unit))
                    .encode()
                    .build()
                    .toUriString();
        }
        AccountId owner = me.accountId();
        LocalDate today = clock.today(owner);
        model.addAttribute("sessions", sessions.between(owner, today.minusDays(RECENT_DAYS), today));
        model.addAttribute("checkIns", checkIns.between(owner, today.minusDays(RECENT_DAYS), today));
        model.addAttribute("strengthSets", strength.between(owner, today.minusDays(RECENT_DAYS), today));
        model.addAttribute("checkedInToday", checkIns.on(owner, today).isPresent());
        return withChoices(owner, model, VIEW);
    }

    /**
     * The session screen. {@code activity}, {@code volume} and {@code unit} prefill it, as Today's
     * "Log this run" does with the next session's dose (ignored when they cannot be read); the
     * surface and shoes are those of the last session of that activity, so a change is a choice.
     */
    @GetMapping("/log/session")
    String sessionScreen(
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(name = "activity", required = false) String activity,
            @RequestParam(name = "volume", required = false) String volume,
            @RequestParam(name = "unit", required = false) String unit,
            @RequestParam(name = "returnTo", required = false) String returnTo,
            Model model) {
        AccountId owner = me.accountId();
        if (!model.containsAttribute("session")) {
            SessionForm session = new SessionForm();
            session.setDate(clock.today(owner));
            plans.active(owner).ifPresent(p -> {
                session.setActivity(p.entry().targetActivity());
                session.setUnit(p.entry().unit());
            });
            SessionPrefill.apply(session, activity, volume, unit);
            if (session.getActivity() != null) {
                sessions.latest(owner, session.getActivity()).ifPresent(last -> {
                    session.setSurface(last.surface());
                    session.setShoeId(last.shoeId());
                });
            }
            model.addAttribute("session", session);
        }
        return screen(owner, model, "sessions", null, returnTo);
    }

    /** The strength screen, for work beyond Today's checklist. */
    @GetMapping("/log/strength")
    String strengthScreen(
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(name = "returnTo", required = false) String returnTo,
            Model model) {
        AccountId owner = me.accountId();
        if (!model.containsAttribute("strength")) {
            StrengthForm form = new StrengthForm();
            form.setDate(clock.today(owner));
            form.setSets(3);
            form.setReps(10);
            model.addAttribute("strength", form);
        }
        return screen(owner, model, "strength", null, returnTo);
    }

    /** The morning check-in screen; when today's is in, it opens that one to change. */
    @GetMapping("/log/checkin")
    String checkInScreen(
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(name = "returnTo", required = false) String returnTo,
            Model model) {
        AccountId owner = me.accountId();
        LocalDate today = clock.today(owner);
        Optional<CheckInView> existing = checkIns.on(owner, today);
        if (!model.containsAttribute("checkIn")) {
            CheckInForm form = existing.map(CheckInForm::of).orElseGet(CheckInForm::new);
            form.setDate(today);
            model.addAttribute("checkIn", form);
        }
        model.addAttribute("alreadyToday", existing.isPresent());
        return screen(owner, model, "checkins", existing.map(CheckInView::id).orElse(null), returnTo);
    }

    @PostMapping("/log/sessions")
    String addSession(
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("session") SessionForm form,
            BindingResult result,
            @RequestParam(name = "returnTo", required = false) String returnTo,
            Model model,
            RedirectAttributes redirect) {
        AccountId owner = me.accountId();
        DistanceUnit distances = accounts.distanceUnit(owner);
        if (saved(result, () -> validSession(result, form, distances), entry -> save(owner, null, entry, form))) {
            redirect.addFlashAttribute("notice", "log.saved.session");
            return "redirect:" + ReturnTo.of(returnTo);
        }
        return screen(owner, model, "sessions", null, returnTo);
    }

    /** A check-in for a day that has one changes it, keeping what the form leaves unsaid. */
    @PostMapping("/log/checkins")
    String addCheckIn(
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("checkIn") CheckInForm form,
            BindingResult result,
            @RequestParam(name = "returnTo", required = false) String returnTo,
            Model model,
            RedirectAttributes redirect) {
        AccountId owner = me.accountId();
        if (saved(result, () -> validated(result, form.toEntry()), entry -> checkIns.record(owner, entry))) {
            redirect.addFlashAttribute("notice", "log.saved.checkIn");
            return "redirect:" + ReturnTo.of(returnTo);
        }
        return screen(owner, model, "checkins", null, returnTo);
    }

    @PostMapping("/log/strength")
    String addStrength(
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("strength") StrengthForm form,
            BindingResult result,
            @RequestParam(name = "returnTo", required = false) String returnTo,
            Model model,
            RedirectAttributes redirect) {
        AccountId owner = me.accountId();
        if (saved(result, () -> validated(result, form.toEntry()), entry -> strength.add(owner, entry))) {
            redirect.addFlashAttribute("notice", "log.saved.strength");
            return "redirect:" + ReturnTo.of(returnTo);
        }
        return screen(owner, model, "strength", null, returnTo);
    }

    @GetMapping("/log/{kind}/{id}/edit")
    String edit(
            @AuthenticationPrincipal AccountPrincipal me,
            @PathVariable String kind,
            @PathVariable long id,
            Model model) {
        AccountId owner = me.accountId();
        switch (kind) {
            case "sessions" ->
                model.addAttribute("session", SessionForm.of(sessions.find(owner, id), accounts.distanceUnit(owner)));
            case "checkins" -> model.addAttribute("checkIn", CheckInForm.of(checkIns.find(owner, id)));
            case "strength" -> model.addAttribute("strength", StrengthForm.of(strength.find(owner, id)));
            default -> throw new NotFoundException("log entry kind", kind);
        }
        return screen(owner, model, kind, id, null);
    }

    @PostMapping("/log/sessions/{id}")
    String updateSession(
            @AuthenticationPrincipal AccountPrincipal me,
            @PathVariable long id,
            @ModelAttribute("session") SessionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        AccountId owner = me.accountId();
        DistanceUnit distances = accounts.distanceUnit(owner);
        sessions.find(owner, id); // 404 before anything else for someone else's entry
        if (saved(result, () -> validSession(result, form, distances), entry -> save(owner, id, entry, form))) {
            redirect.addFlashAttribute("notice", "log.saved.changed");
            return "redirect:/log";
        }
        return editAgain(me, model, "sessions", id);
    }

    @PostMapping("/log/checkins/{id}")
    String updateCheckIn(
            @AuthenticationPrincipal AccountPrincipal me,
            @PathVariable long id,
            @ModelAttribute("checkIn") CheckInForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        checkIns.find(me.accountId(), id);
        if (saved(
                result, () -> validated(result, form.toEntry()), entry -> checkIns.update(me.accountId(), id, entry))) {
            redirect.addFlashAttribute("notice", "log.saved.changed");
            return "redirect:/log";
        }
        return editAgain(me, model, "checkins", id);
    }

    @PostMapping("/log/strength/{id}")
    String updateStrength(
            @AuthenticationPrincipal AccountPrincipal me,
            @PathVariable long id,
            @ModelAttribute("strength") StrengthForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        strength.find(me.accountId(), id);
        if (saved(
                result, () -> validated(result, form.toEntry()), entry -> strength.update(me.accountId(), id, entry))) {
            redirect.addFlashAttribute("notice", "log.saved.changed");
            return "redirect:/log";
        }
        return editAgain(me, model, "strength", id);
    }

    @GetMapping("/log/shoes")
    String shoes(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("shoes", shoes.all(me.accountId()));
        model.addAttribute("distanceUnit", accounts.distanceUnit(me.accountId()));
        if (!model.containsAttribute("shoe")) {
            ShoeForm form = new ShoeForm();
            form.setStartedOn(clock.today(me.accountId()));
            model.addAttribute("shoe", form);
        }
        return SHOES_VIEW;
    }

    @PostMapping("/log/shoes")
    String addShoe(
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("shoe") ShoeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        DistanceUnit distances = accounts.distanceUnit(me.accountId());
        if (saved(
                result,
                () -> validated(result, form.toEntry(distances), ShoeForm::fieldOf),
                entry -> shoes.add(me.accountId(), entry))) {
            redirect.addFlashAttribute("notice", "log.saved.shoe");
            return "redirect:/log/shoes";
        }
        return shoes(me, model);
    }

    private String editAgain(AccountPrincipal me, Model model, String kind, long id) {
        return screen(me.accountId(), model, kind, id, null);
    }

    /** One entry's own screen: a new one ({@code id} null) or a change of entry {@code id}. */
    private String screen(AccountId owner, Model model, String kind, Long id, String returnTo) {
        model.addAttribute("kind", kind);
        model.addAttribute("id", id);
        model.addAttribute("returnTo", ReturnTo.of(returnTo));
        return withChoices(owner, model, ENTRY_VIEW);
    }

    /** The session of the form, validated, with the new pair of shoes' name when one is given. */
    private SessionEntry validSession(BindingResult result, SessionForm form, DistanceUnit distances) {
        SessionEntry entry = validated(result, form.toEntry(distances));
        if (form.newShoes() != null) {
            validated(result, form.newShoesEntry(), property -> "newShoes");
        }
        return result.hasErrors() ? null : entry;
    }

    /** Saves a session, new ({@code id} null) or changed, in the new pair of shoes if the form names one. */
    private void save(AccountId owner, Long id, SessionEntry entry, SessionForm form) {
        if (form.newShoes() != null) {
            sessions.saveInNewShoes(owner, id, entry, form.newShoesEntry());
        } else if (id == null) {
            sessions.add(owner, entry);
        } else {
            sessions.update(owner, id, entry);
        }
    }

    private String withChoices(AccountId owner, Model model, String view) {
        model.addAttribute("activities", Activity.values());
        model.addAttribute("units", VolumeUnit.values());
        model.addAttribute("exercises", library.exercises());
        model.addAttribute("exerciseNames", ExerciseNames.of(library));
        model.addAttribute("surfaces", SURFACES);
        // "session" is also the HTTP session in templates: the form is read as "sessionForm" there
        model.addAttribute("sessionForm", model.asMap().get("session"));
        model.addAttribute("shoes", shoes.all(owner));
        model.addAttribute("distanceUnit", accounts.distanceUnit(owner));
        // the live "stop now" warning at the plan's own stop threshold (R1.stop, a clinician's knob)
        model.addAttribute(
                "stopAt", plans.active(owner).map(p -> p.knobs().stopPain()).orElse(PainScore.STOP_DEFAULT));
        return view;
    }

    /** Validates an entry as the API would, reporting each problem on the form field of the same name. */
    private <T> T validated(BindingResult result, T entry) {
        return validated(result, entry, UnaryOperator.identity());
    }

    /** Validates an entry as the API would, reporting each problem of a property on its form field. */
    private <T> T validated(BindingResult result, T entry, UnaryOperator<String> fieldOf) {
        for (ConstraintViolation<T> violation : validator.validate(entry)) {
            String field = fieldOf.apply(violation.getPropertyPath().toString());
            if (!result.hasFieldErrors(field)) {
                result.rejectValue(field, "invalid", FormErrors.labelled(label(field), violation.getMessage()));
            }
        }
        return result.hasErrors() ? null : entry;
    }

    /** A field's name in an error message: its short label ({@code log.field.rpe}: "Effort"). */
    private String label(String field) {
        return messages.getMessage(
                "log.field." + field, null, FormErrors.words(field), LocaleContextHolder.getLocale());
    }

    /** Saves when the form is valid; a service's refusal lands on its field. */
    private <T> boolean saved(BindingResult result, Supplier<T> entry, Consumer<T> save) {
        if (result.hasErrors()) {
            return false;
        }
        T valid = entry.get();
        if (valid == null) {
            return false;
        }
        try {
            save.accept(valid);
            return true;
        } catch (InvalidFieldException e) {
            FormErrors.reject(result, e, this::label);
            return false;
        }
    }
}
