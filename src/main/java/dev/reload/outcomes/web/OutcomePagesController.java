package dev.reload.outcomes.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.reload.account.AccountPrincipal;
import dev.reload.account.PersonalClock;
import dev.reload.knee.Plausible;
import dev.reload.outcomes.KoosSubscale;
import dev.reload.outcomes.OutcomeCharts;
import dev.reload.outcomes.OutcomeEntry;
import dev.reload.outcomes.OutcomeService;
import dev.reload.outcomes.OutcomeView;
import dev.reload.outcomes.PainTrend;
import dev.reload.outcomes.PainTrendService;
import dev.reload.system.web.InvalidFieldException;

/**
 * The outcomes page: the pain trend with the meaningful-change line, the questionnaire scores over
 * time, and a questionnaire entered by item number from the official form (no item texts: decision
 * 0012).
 */
@Controller
class OutcomePagesController {

    static final String VIEW = "outcomes/outcomes";
    static final String ENTRY_VIEW = "outcomes/new";

    /** How a sentence writes a day: "Monday 2 March 2026". */
    static final DateTimeFormatter IN_WORDS = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final OutcomeService outcomes;
    private final PainTrendService painTrend;
    private final OutcomeCharts charts;
    private final PersonalClock clock;
    private final MessageSource messages;

    OutcomePagesController(
            OutcomeService outcomes,
            PainTrendService painTrend,
            OutcomeCharts charts,
            PersonalClock clock,
            MessageSource messages) {
        this.outcomes = outcomes;
        this.painTrend = painTrend;
        this.charts = charts;
        this.clock = clock;
        this.messages = messages;
    }

    /** What the entry form holds: the day as typed, the subscales chosen, the answers tapped, the errors by field. */
    record QuestionnaireForm(
            String date, List<KoosSubscale> subscales, Map<String, Integer> answers, Map<String, String> errors) {}

    @GetMapping("/outcomes")
    String outcomes(
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) Long saved,
            @RequestParam(required = false) String deleted,
            @RequestParam(required = false) String choose,
            Model model) {
        PainTrend trend = painTrend.trend(me.accountId());
        List<OutcomeView> history = outcomes.all(me.accountId());
        model.addAttribute("trend", trend);
        model.addAttribute("trendChart", charts.painTrend(trend));
        model.addAttribute("history", history);
        model.addAttribute("scoresChart", charts.scores(history));
        model.addAttribute("subscales", KoosSubscale.values());
        if (saved != null) {
            history.stream()
                    .filter(o -> o.id() == saved)
                    .findFirst()
                    .ifPresent(o -> model.addAttribute("savedOn", o.date().format(IN_WORDS)));
        }
        model.addAttribute("deleted", deleted != null);
        model.addAttribute("chooseError", choose != null);
        return VIEW;
    }

    /** The entry form for the subscales chosen; none chosen (or none known) goes back to say so. */
    @GetMapping("/outcomes/new")
    String entryForm(
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(name = "subscale", required = false) List<String> chosen,
            Model model) {
        List<KoosSubscale> subscales = known(chosen);
        if (subscales.isEmpty()) {
            return "redirect:/outcomes?choose#record-heading";
        }
        model.addAttribute(
                "form",
                new QuestionnaireForm(
                        clock.today(me.accountId()).toString(),
                        subscales,
                        new LinkedHashMap<>(),
                        new LinkedHashMap<>()));
        return ENTRY_VIEW;
    }

    @PostMapping("/outcomes")
    String record(
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam MultiValueMap<String, String> params,
            Model model) {
        List<KoosSubscale> subscales = known(params.get("subscale"));
        if (subscales.isEmpty()) {
            return "redirect:/outcomes?choose#record-heading";
        }
        String typedDate =
                params.getFirst("date") == null ? "" : params.getFirst("date").strip();
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (KoosSubscale subscale : subscales) {
            for (String item : subscale.items()) {
                String value = params.getFirst(item);
                if (value == null || value.isBlank()) {
                    continue;
                }
                try {
                    int answer = Integer.parseInt(value.strip());
                    if (answer < KoosSubscale.MIN_ANSWER || answer > KoosSubscale.MAX_ANSWER) {
                        throw new NumberFormatException(value);
                    }
                    answers.put(item, answer);
                } catch (NumberFormatException e) {
                    errors.put(item, message("outcomes.entry.answerProblem", item));
                }
            }
        }
        LocalDate date = date(me, typedDate, errors);
        if (errors.isEmpty() && answers.isEmpty()) {
            errors.put("answers", message("outcomes.entry.noAnswer"));
        }
        if (errors.isEmpty()) {
            try {
                OutcomeView saved = outcomes.record(me.accountId(), new OutcomeEntry(date, subscales, answers));
                return "redirect:/outcomes?saved=" + saved.id();
            } catch (InvalidFieldException e) {
                e.problems().forEach(p -> errors.put("answers", p.field() + " " + p.message()));
            }
        }
        model.addAttribute("form", new QuestionnaireForm(typedDate, subscales, answers, errors));
        return ENTRY_VIEW;
    }

    @PostMapping("/outcomes/{id}/delete")
    String delete(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        outcomes.delete(me.accountId(), id);
        return "redirect:/outcomes?deleted";
    }

    /** The day typed, if it is a plausible one; otherwise its error is noted under "date" and the answer is null. */
    private LocalDate date(AccountPrincipal me, String typed, Map<String, String> errors) {
        if (typed.isEmpty()) {
            errors.put("date", message("outcomes.entry.dateMissing"));
            return null;
        }
        LocalDate today = clock.today(me.accountId());
        try {
            LocalDate date = LocalDate.parse(typed);
            if (!Plausible.isPlausible(date, today)) {
                errors.put(
                        "date",
                        message(
                                "outcomes.entry.dateImplausible",
                                Plausible.EARLIEST_DATE.format(IN_WORDS),
                                Plausible.latestDate(today).format(IN_WORDS)));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.put("date", message("outcomes.entry.dateUnreadable"));
            return null;
        }
    }

    /** The subscales among the values sent, in the order of the forms; unknown values are left out. */
    static List<KoosSubscale> known(List<String> chosen) {
        if (chosen == null) {
            return List.of();
        }
        Set<KoosSubscale> set = EnumSet.noneOf(KoosSubscale.class);
        for (String value : chosen) {
            Arrays.stream(KoosSubscale.values())
                    .filter(s -> s.name().equals(value))
                    .findFirst()
                    .ifPresent(set::add);
        }
        return new ArrayList<>(set);
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
