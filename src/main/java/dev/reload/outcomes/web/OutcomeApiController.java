package dev.reload.outcomes.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.reload.account.AccountPrincipal;
import dev.reload.outcomes.OutcomeEntry;
import dev.reload.outcomes.OutcomeService;
import dev.reload.outcomes.OutcomeView;
import dev.reload.outcomes.PainTrend;
import dev.reload.outcomes.PainTrendService;

/** Outcomes over the API: knee questionnaires by item number with their scores, and the pain trend. */
@RestController
@RequestMapping("/api/v1/outcomes")
@Tag(name = "Outcomes")
class OutcomeApiController {

    private static final String UNAUTHORISED = "No valid API token: send Authorization: Bearer <token>";
    private static final String FAILED = "Something went wrong on our side; nothing was stored";

    private final OutcomeService outcomes;
    private final PainTrendService painTrend;

    OutcomeApiController(OutcomeService outcomes, PainTrendService painTrend) {
        this.outcomes = outcomes;
        this.painTrend = painTrend;
    }

    @PostMapping
    @Operation(
            summary = "Record a knee questionnaire (KOOS subscales, KOOS-PF) by item number",
            description = "The answers are the boxes marked on the official form, 0–4 from the left, by item id."
                    + " Each subscale taken is scored 100 − mean × 25 over its items answered, and only when at"
                    + " least half of them were answered; there is no total score.")
    @ApiResponse(responseCode = "201", description = "The questionnaire, stored, with its scores")
    @ApiResponse(
            responseCode = "400",
            description = "An unknown item id (answers.Z9), an answer outside 0–4 (answers.P1), no answer at all,"
                    + " an unknown subscale, or a date outside 1900-01-01 to today + 2 years; errors[] names each")
    @ApiResponse(responseCode = "401", description = UNAUTHORISED)
    @ApiResponse(responseCode = "413", description = "The body is larger than the limit")
    @ApiResponse(responseCode = "500", description = FAILED)
    ResponseEntity<OutcomeView> record(
            @AuthenticationPrincipal AccountPrincipal me, @Valid @RequestBody OutcomeEntry questionnaire) {
        OutcomeView saved = outcomes.record(me.accountId(), questionnaire);
        return ResponseEntity.created(URI.create("/api/v1/outcomes/" + saved.id()))
                .body(saved);
    }

    @GetMapping
    @Operation(summary = "Every questionnaire of the account with its scores, oldest first (the scores over time)")
    @ApiResponse(responseCode = "200", description = "The questionnaires, oldest first")
    @ApiResponse(responseCode = "401", description = UNAUTHORISED)
    @ApiResponse(responseCode = "500", description = FAILED)
    List<OutcomeView> all(@AuthenticationPrincipal AccountPrincipal me) {
        return outcomes.all(me.accountId());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One questionnaire with its scores")
    @ApiResponse(responseCode = "200", description = "The questionnaire")
    @ApiResponse(responseCode = "400", description = "The id is not a number")
    @ApiResponse(responseCode = "401", description = UNAUTHORISED)
    @ApiResponse(responseCode = "404", description = "No questionnaire with that id belongs to the caller")
    @ApiResponse(responseCode = "500", description = FAILED)
    OutcomeView one(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        return outcomes.find(me.accountId(), id);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a questionnaire")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "400", description = "The id is not a number")
    @ApiResponse(responseCode = "401", description = UNAUTHORISED)
    @ApiResponse(responseCode = "404", description = "No questionnaire with that id belongs to the caller")
    @ApiResponse(responseCode = "500", description = FAILED)
    void delete(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        outcomes.delete(me.accountId(), id);
    }

    @GetMapping("/pain-trend")
    @Operation(
            summary = "The weekly morning pain over the active plan with the meaningful-change line",
            description = "Each plan week's mean morning pain (0–10, with at least 4 mornings reported), the"
                    + " baseline (the first such week) and the line at which the pain is meaningfully better:"
                    + " 2 points or 30 % less than the baseline, whichever is reached first (Farrar 2001)."
                    + " Without an active plan: no weeks.")
    @ApiResponse(responseCode = "200", description = "The trend")
    @ApiResponse(responseCode = "401", description = UNAUTHORISED)
    @ApiResponse(responseCode = "500", description = FAILED)
    PainTrend painTrend(@AuthenticationPrincipal AccountPrincipal me) {
        return painTrend.trend(me.accountId());
    }
}
