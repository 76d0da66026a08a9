package dev.reload.advice.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.reload.account.AccountId;
import dev.reload.account.AccountPrincipal;
import dev.reload.account.PersonalClock;
import dev.reload.advice.AdviceService;
import dev.reload.plan.PlausibleDate;
import dev.reload.system.web.GatedPatient;
import dev.reload.system.web.NotFoundException;
import dev.reload.system.web.PatientRead;

/** {@code GET /api/v1/advice}: the advice for the caller's stored plan and log. */
@RestController
@Tag(name = "Advice")
class AdviceApiController {

    private final AdviceService advice;
    private final PersonalClock clock;

    AdviceApiController(AdviceService advice, PersonalClock clock) {
        this.advice = advice;
        this.clock = clock;
    }

    @GetMapping("/api/v1/advice")
    @Operation(
            summary = "Advice for the stored plan and log",
            description = "The same answer as POST /api/v1/advice/preview for the same plan and log. "
                    + "404 when the account has no active plan.")
    @ApiResponse(responseCode = "200", description = "The advice")
    @ApiResponse(responseCode = "404", description = "The account has no active plan")
    AdviceResponse advice(
            @AuthenticationPrincipal AccountPrincipal me,
            @Parameter(description = "The day the advice is for (default: today in the account's time zone)")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @PlausibleDate
                    LocalDate asOf) {
        LocalDate day = asOf == null ? clock.today(me.accountId()) : asOf;
        return advice.adviceFor(me.accountId(), day)
                .map(AdviceResponse::from)
                .orElseThrow(() -> new NotFoundException("active plan", "(create one with POST /api/v1/plans)"));
    }

    @GetMapping("/api/v1/patients/{accountId}/advice")
    @PatientRead("audit.what.adviceApi")
    @Operation(
            summary = "Advice for a linked patient (clinicians)",
            description = "The same answer as the patient's own GET /api/v1/advice. 404 for a patient not linked"
                    + " to the caller, or without an active plan. The read is in the patient's audit trail.")
    @ApiResponse(responseCode = "200", description = "The advice")
    @ApiResponse(responseCode = "403", description = "The account is not a clinician")
    @ApiResponse(responseCode = "404", description = "No linked patient has this id, or the patient has no active plan")
    AdviceResponse patientAdvice(
            @PathVariable long accountId,
            @Parameter(description = "The day the advice is for (default: today in the patient's time zone)")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @PlausibleDate
                    LocalDate asOf,
            HttpServletRequest request) {
        AccountId patient = new AccountId(GatedPatient.of(request));
        LocalDate day = asOf == null ? clock.today(patient) : asOf;
        return advice.adviceFor(patient, day)
                .map(AdviceResponse::from)
                .orElseThrow(() -> new NotFoundException("active plan", "(the patient has none)"));
    }
}
