package dev.reload.plan.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.reload.account.AccountPrincipal;
import dev.reload.plan.KnobChangeBody;
import dev.reload.plan.KnobWords;
import dev.reload.plan.PlanEntry;
import dev.reload.plan.PlanService;
import dev.reload.plan.PlanService.PlanView;
import dev.reload.plan.PlanService.ScreeningView;
import dev.reload.plan.PlanTuning;
import dev.reload.plan.ScreeningEntry;
import dev.reload.system.web.NotFoundException;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Plans and screens")
class PlanApiController {

    private final PlanService plans;
    private final PlanTuning tuning;
    private final KnobWords knobWords;

    PlanApiController(PlanService plans, PlanTuning tuning, KnobWords knobWords) {
        this.plans = plans;
        this.tuning = tuning;
        this.knobWords = knobWords;
    }

    @GetMapping("/plan/changes")
    @Operation(
            summary = "The changes made to the plan's knobs, newest first",
            description = "Who changed which knob, when, from what to what; empty when nothing was changed.")
    List<KnobChangeBody> changes(@AuthenticationPrincipal AccountPrincipal me) {
        return tuning.changes(me.accountId()).stream()
                .map(change -> KnobChangeBody.of(change, knobWords, me.accountId()))
                .toList();
    }

    /** A plan as the API answers it: its id, the plan's fields, and whether it is still active. */
    record PlanBody(long id, @JsonUnwrapped PlanEntry plan, boolean active) {

        static PlanBody of(PlanView view) {
            return new PlanBody(view.id(), view.entry(), view.active());
        }
    }

    @PostMapping("/plans")
    @Operation(summary = "Start a plan", description = "One active plan per account: a new plan ends the previous.")
    @ApiResponse(responseCode = "201", description = "The plan, started")
    ResponseEntity<PlanBody> create(@AuthenticationPrincipal AccountPrincipal me, @Valid @RequestBody PlanEntry plan) {
        PlanView created = plans.create(me.accountId(), plan);
        return ResponseEntity.created(URI.create("/api/v1/plans/" + created.id()))
                .body(PlanBody.of(created));
    }

    @GetMapping("/plans")
    @Operation(summary = "Every plan of the account, newest first")
    List<PlanBody> all(@AuthenticationPrincipal AccountPrincipal me) {
        return plans.all(me.accountId()).stream().map(PlanBody::of).toList();
    }

    @GetMapping("/plans/current")
    @Operation(summary = "The active plan (404 when there is none)")
    @ApiResponse(responseCode = "200", description = "The active plan")
    @ApiResponse(responseCode = "404", description = "The account has no active plan")
    PlanBody current(@AuthenticationPrincipal AccountPrincipal me) {
        return plans.active(me.accountId())
                .map(PlanBody::of)
                .orElseThrow(() -> new NotFoundException("active plan", "(none yet)"));
    }

    /** The parts of the active plan that can change while it runs. */
    @Schema(description = "A change to the active plan")
    record PlanChange(
            @JsonProperty(required = true)
            @Schema(
                    description = "The day the pain began; null removes it",
                    nullable = true,
                    requiredMode = Schema.RequiredMode.REQUIRED)
            LocalDate painOnset) {}

    @PatchMapping("/plans/current")
    @ApiResponse(responseCode = "200", description = "The active plan, changed")
    @ApiResponse(responseCode = "404", description = "The account has no active plan")
    @Operation(
            summary = "Change the active plan",
            description = "Adds, changes or (with null) removes the day the pain began. It cannot be after today.")
    PlanBody change(@AuthenticationPrincipal AccountPrincipal me, @RequestBody PlanChange change) {
        return PlanBody.of(plans.changePainOnset(me.accountId(), change.painOnset()));
    }

    @GetMapping("/plans/{id}")
    @Operation(summary = "One plan of the account")
    PlanBody one(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        return PlanBody.of(plans.find(me.accountId(), id));
    }

    @PostMapping("/screenings")
    @Operation(
            summary = "Record the safety screen's answers",
            description = "A screen answered later re-screens at once: the newest by answeredOn is in force.")
    @ApiResponse(responseCode = "201", description = "The screen, recorded")
    ResponseEntity<ScreeningView> screen(
            @AuthenticationPrincipal AccountPrincipal me, @Valid @RequestBody ScreeningEntry screening) {
        ScreeningView saved = plans.screen(me.accountId(), screening);
        return ResponseEntity.created(URI.create("/api/v1/screenings/" + saved.id()))
                .body(saved);
    }

    @GetMapping("/screenings")
    @Operation(summary = "Every screen of the account, newest first")
    List<ScreeningView> screenings(@AuthenticationPrincipal AccountPrincipal me) {
        return plans.screenings(me.accountId());
    }
}
