package dev.reload.advice.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.reload.account.AccountPrincipal;
import dev.reload.account.PersonalClock;
import dev.reload.advice.AdviceService;
import dev.reload.plan.PlausibleDate;
import dev.reload.system.web.NotFoundException;

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
}
