package dev.reload.exercises.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import dev.reload.exercises.ExerciseCatalogue;
import dev.reload.system.web.NotFoundException;

/** {@code GET /api/v1/exercises}: the exercise library, read-only and public. */
@RestController
@Tag(name = "Exercises", description = "The exercise library of the strength programmes (rules.md R5)")
class ExerciseApiController {

    static final String PATH = "/api/v1/exercises";

    private final ExerciseCatalogue catalogue;
    private final MessageSource messages;

    ExerciseApiController(ExerciseCatalogue catalogue, MessageSource messages) {
        this.catalogue = catalogue;
        this.messages = messages;
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Every exercise of the library",
            description = "In library order, each with its how-to, default dose, easier and harder variants, the"
                    + " programmes and conditions that use it, and its illustration. No account needed.")
    List<ExerciseResponse> all() {
        return catalogue.all().stream()
                .map(e -> ExerciseResponse.of(ExerciseView.of(e, catalogue, messages)))
                .toList();
    }

    @GetMapping(path = PATH + "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One exercise", description = "By its id (SPLIT_SQUAT) or its page slug (split-squat).")
    @ApiResponse(responseCode = "200", description = "The exercise")
    @ApiResponse(
            responseCode = "404",
            description = "No exercise with that id",
            content = @Content(mediaType = "application/problem+json"))
    ExerciseResponse one(@Parameter(example = "SPLIT_SQUAT") @PathVariable String id) {
        return catalogue
                .find(id)
                .map(e -> ExerciseResponse.of(ExerciseView.of(e, catalogue, messages)))
                .orElseThrow(() -> new NotFoundException("exercise", id));
    }
}
