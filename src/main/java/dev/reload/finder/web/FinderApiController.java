package dev.reload.finder.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import dev.reload.finder.ConditionFinder;

/** {@code POST /api/v1/finder}: the condition finder without the pages. No account, nothing stored. */
@RestController
@Tag(name = "Condition finder", description = "Which of the six overuse knee conditions fits the answers best")
class FinderApiController {

    static final String PATH = "/api/v1/finder";

    private final ConditionFinder finder = new ConditionFinder();
    private final MessageSource messages;

    FinderApiController(MessageSource messages) {
        this.messages = messages;
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Rank the six overuse knee conditions against the answers (stateless)",
            description = "Weighs where it hurts, what brings it on, age, morning stiffness and the bone-stress signs"
                    + " against patellofemoral pain, IT band syndrome, patellar tendinopathy, pes anserine"
                    + " tendinopathy or bursitis, an osteoarthritis flare and a bone stress reaction. Every condition"
                    + " comes back with its score and the reasons for it. Weak, mixed or missing answers recommend a"
                    + " clinical assessment (R7.assess); bone tenderness with pain on hopping or at night ranks bone"
                    + " stress first with R7.bone-stress. Education, not diagnosis. Nothing is stored.")
    @ApiResponse(responseCode = "200", description = "The ranking")
    @ApiResponse(
            responseCode = "400",
            description = "A malformed or invalid request; errors[] names each field",
            content = @Content(mediaType = "application/problem+json"))
    FinderResponse rank(@Valid @RequestBody FinderRequest request) {
        return FinderResponse.of(finder.rank(request.toAnswers()), messages);
    }
}
