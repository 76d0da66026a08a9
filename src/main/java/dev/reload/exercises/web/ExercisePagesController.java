package dev.reload.exercises.web;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import dev.reload.exercises.ExerciseCatalogue;
import dev.reload.system.web.NotFoundException;

/** {@code /exercises}: the exercise library, grouped by programme, and one page per exercise. Public. */
@Controller
class ExercisePagesController {

    static final String LIST_VIEW = "exercises/list";
    static final String DETAIL_VIEW = "exercises/detail";

    private final ExerciseCatalogue catalogue;
    private final MessageSource messages;

    ExercisePagesController(ExerciseCatalogue catalogue, MessageSource messages) {
        this.catalogue = catalogue;
        this.messages = messages;
    }

    /** One group of the list page with its exercises ready to show. */
    record GroupView(ExerciseCatalogue.Group group, List<ExerciseView> exercises) {}

    @GetMapping("/exercises")
    String list(Model model) {
        model.addAttribute(
                "groups",
                catalogue.groups().stream()
                        .filter(g -> !g.exercises().isEmpty())
                        .map(g -> new GroupView(
                                g,
                                g.exercises().stream()
                                        .map(e -> ExerciseView.of(e, catalogue, messages))
                                        .toList()))
                        .toList());
        return LIST_VIEW;
    }

    @GetMapping("/exercises/{id}")
    String detail(@PathVariable String id, Model model) {
        var exercise = catalogue.find(id).orElseThrow(() -> new NotFoundException("exercise", id));
        model.addAttribute("view", ExerciseView.of(exercise, catalogue, messages));
        return DETAIL_VIEW;
    }
}
