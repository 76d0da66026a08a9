package dev.reload.finder.web;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.util.UriComponentsBuilder;

import dev.reload.finder.Aggravator;
import dev.reload.finder.ConditionFinder;
import dev.reload.finder.Explainers;
import dev.reload.finder.FinderAnswers;
import dev.reload.finder.KneeRegion;
import dev.reload.knee.Condition;
import dev.reload.knee.ExerciseLibrary;

/**
 * {@code /finder}: the knee map and questions, and the ranking they give. No login, nothing stored.
 */
@Controller
class FinderPagesController {

    static final String FORM_VIEW = "finder/form";
    static final String RESULT_VIEW = "finder/result";

    private final ConditionFinder finder = new ConditionFinder();
    private final ExerciseLibrary library;

    FinderPagesController(ExerciseLibrary library) {
        this.library = library;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("regionChoices", KneeRegion.values());
        model.addAttribute("aggravatorChoices", Aggravator.values());
    }

    /** The form, empty or filled from the query string that "Change my answers" links to. */
    @GetMapping("/finder")
    String form(@ModelAttribute("answers") FinderForm answers, BindingResult ignoredUnreadableParameters) {
        return FORM_VIEW;
    }

    @PostMapping("/finder")
    String result(@ModelAttribute("answers") FinderForm answers, BindingResult result, Model model) {
        Integer age = answers.getAge();
        if (!result.hasFieldErrors("age")
                && age != null
                && (age < FinderAnswers.MIN_AGE || age > FinderAnswers.MAX_AGE)) {
            result.rejectValue(
                    "age",
                    "finder.error.age",
                    new Object[] {FinderAnswers.MIN_AGE, FinderAnswers.MAX_AGE},
                    "Enter an age between 10 and 110.");
        }
        Integer minutes = answers.getMorningStiffnessMinutes();
        if (!result.hasFieldErrors("morningStiffnessMinutes")
                && minutes != null
                && (minutes < 0 || minutes > FinderAnswers.MAX_STIFFNESS_MINUTES)) {
            result.rejectValue(
                    "morningStiffnessMinutes",
                    "finder.error.stiffness",
                    new Object[] {FinderAnswers.MAX_STIFFNESS_MINUTES},
                    "Enter minutes between 0 and 600.");
        }
        if (result.hasErrors()) {
            return FORM_VIEW;
        }
        model.addAttribute("ranking", finder.rank(answers.toAnswers()));
        model.addAttribute("changeAnswers", changeAnswersLink(answers));
        Map<Condition, String> explainers = new EnumMap<>(Condition.class);
        ConditionFinder.CONDITIONS.forEach(c -> explainers.put(c, Explainers.path(c)));
        model.addAttribute("explainers", explainers);
        Map<Condition, String> programmes = new EnumMap<>(Condition.class);
        ConditionFinder.CONDITIONS.forEach(c ->
                programmes.put(c, "/exercises#group-" + library.programmeFor(c).id()));
        model.addAttribute("programmes", programmes);
        return RESULT_VIEW;
    }

    /** {@code /finder?...}: the form again with these answers filled in. */
    static String changeAnswersLink(FinderForm answers) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/finder");
        answers.getRegions().forEach(r -> link.queryParam("regions", r));
        answers.getAggravators().forEach(a -> link.queryParam("aggravators", a));
        if (answers.getAge() != null) {
            link.queryParam("age", answers.getAge());
        }
        if (answers.getMorningStiffnessMinutes() != null) {
            link.queryParam("morningStiffnessMinutes", answers.getMorningStiffnessMinutes());
        }
        Map<String, Boolean> flags = Map.of(
                "unsureWhere",
                answers.isUnsureWhere(),
                "boneTenderness",
                answers.isBoneTenderness(),
                "painOnHopping",
                answers.isPainOnHopping(),
                "painAtNight",
                answers.isPainAtNight(),
                "recentLoadIncrease",
                answers.isRecentLoadIncrease());
        new TreeMap<>(flags).forEach((name, on) -> {
            if (on) {
                link.queryParam(name, true);
            }
        });
        return link.build().toUriString();
    }
}
