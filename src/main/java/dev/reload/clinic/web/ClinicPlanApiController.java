package dev.reload.clinic.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import dev.reload.account.AccountId;
import dev.reload.account.AccountPrincipal;
import dev.reload.account.PersonalClock;
import dev.reload.advice.WhatIf;
import dev.reload.advice.WhatIfAnswer;
import dev.reload.advice.WhatIfQuestion;
import dev.reload.plan.KnobChange;
import dev.reload.plan.KnobWords;
import dev.reload.plan.KnobsChangeAnswer;
import dev.reload.plan.PlanKnobsChange;
import dev.reload.plan.PlanTuning;
import dev.reload.system.web.GatedPatient;
import dev.reload.system.web.NotFoundException;
import dev.reload.system.web.PatientRead;

/**
 * A linked patient's plan knobs through the API: change them within rules.md's bounds (each
 * change kept, the patient's advice following from the next request), or ask what the advice
 * would be with other values, storing nothing. Behind the patient gate, like every read.
 */
@RestController
@Tag(name = "Clinicians")
class ClinicPlanApiController {

    private final PlanTuning tuning;
    private final WhatIf whatIf;
    private final KnobWords words;
    private final PersonalClock clock;

    ClinicPlanApiController(PlanTuning tuning, WhatIf whatIf, KnobWords words, PersonalClock clock) {
        this.tuning = tuning;
        this.whatIf = whatIf;
        this.words = words;
        this.clock = clock;
    }

    @PutMapping("/api/v1/patients/{accountId}/knobs")
    @PatientRead("audit.what.planApi")
    @Operation(
            summary = "Change a linked patient's plan knobs (clinicians)",
            description = "Absent knobs stay as they are; a value outside rules.md's bounds is a 400 naming the"
                    + " knob, and nothing is stored. Answers the knobs now and the changes this call made.")
    @ApiResponse(responseCode = "200", description = "The knobs and the changes made")
    @ApiResponse(responseCode = "400", description = "A knob out of its bounds, named")
    @ApiResponse(responseCode = "403", description = "The account is not a clinician")
    @ApiResponse(responseCode = "404", description = "No linked patient has this id, or the patient has no plan")
    KnobsChangeAnswer change(
            @AuthenticationPrincipal AccountPrincipal me,
            @PathVariable long accountId,
            @Valid @RequestBody PlanKnobsChange change,
            HttpServletRequest request) {
        AccountId patient = new AccountId(GatedPatient.of(request));
        List<KnobChange> changes = tuning.change(patient, me.accountId(), change.toProposed());
        return KnobsChangeAnswer.of(
                tuning.knobs(patient).orElseThrow(() -> new NotFoundException("plan", accountId)),
                changes,
                words,
                patient);
    }

    @PostMapping("/api/v1/patients/{accountId}/what-if")
    @PatientRead("audit.what.whatIfApi")
    @Operation(
            summary = "What a linked patient's advice would be with other knobs (clinicians)",
            description = "Runs the adviser on a copy of the stored plan and log with the proposed knobs, beside"
                    + " the advice as the plan is set, with what differs. Nothing is stored.")
    @ApiResponse(responseCode = "200", description = "Both advices and what differs")
    @ApiResponse(responseCode = "400", description = "A knob out of its bounds, named")
    @ApiResponse(responseCode = "403", description = "The account is not a clinician")
    @ApiResponse(responseCode = "404", description = "No linked patient has this id, or the patient has no plan")
    WhatIfAnswer whatIf(
            @PathVariable long accountId, @Valid @RequestBody WhatIfQuestion question, HttpServletRequest request) {
        AccountId patient = new AccountId(GatedPatient.of(request));
        return whatIf.ask(patient, question.asOfOr(clock.today(patient)), question.proposed());
    }
}
