package dev.reload.advice.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import dev.reload.advice.AdviceComputations;

/**
 * {@code POST /api/v1/advice/preview}: the adviser on a plan and log sent in the request; no
 * account, nothing stored (api.md, "Advice preview").
 */
@RestController
@Tag(name = "Advice", description = "The adviser of rules.md")
class AdvicePreviewController {

    static final String PATH = "/api/v1/advice/preview";

    private final AdviceComputations computations;
    private final AdvicePreviewMapper mapper;

    AdvicePreviewController(AdviceComputations computations) {
        this.computations = computations;
        this.mapper = new AdvicePreviewMapper(computations.engine().library());
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Advice for a plan and log as of a day (stateless)",
            description = "Runs the adviser of rules.md (R1–R5, R7, R8) on the plan and log in the body and answers"
                    + " today's light, escalation, next week's dose, per-exercise strength decisions, contributors"
                    + " and findings, each naming its rule id and source. Entries dated after asOf are ignored."
                    + " Nothing is stored.")
    @ApiResponse(responseCode = "200", description = "The advice")
    @ApiResponse(
            responseCode = "400",
            description = "A malformed or invalid request; errors[] names each field",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/problem+json"))
    AdviceResponse preview(@Valid @RequestBody AdvicePreviewRequest request) {
        LocalDate asOf = request.asOf();
        return AdviceResponse.from(
                computations.advise(AdviceComputations.Source.PREVIEW, mapper.toInput(request), asOf));
    }
}
