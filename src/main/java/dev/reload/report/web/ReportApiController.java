package dev.reload.report.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.reload.account.AccountPrincipal;
import dev.reload.report.ReportService;
import dev.reload.system.web.PublicAddress;

/** The report for a clinician over the API, for a bearer token. */
@RestController
@Tag(name = "Report")
class ReportApiController {

    private final ReportService reports;
    private final PublicAddress address;

    ReportApiController(ReportService reports, PublicAddress address) {
        this.reports = reports;
        this.address = address;
    }

    @GetMapping(value = "/api/v1/report.pdf", produces = ReportDownloads.PDF)
    @Operation(
            operationId = "clinicianReport",
            summary = "A report for a clinician, as PDF",
            description = "The person (name, and age when the plan's questionnaire holds it), the active plan with"
                    + " its phase and week, the charts (weekly morning pain with the meaningful-change line,"
                    + " weekly volume of the target activity), every safety screen with its day and the red flags"
                    + " present, the adviser's findings of the last 4 weeks with rule id and source, the KOOS /"
                    + " KOOS-PF scores, and the education-not-diagnosis notice. Without an active plan the report"
                    + " says so and still holds the screens and scores. Saved as reload-report-<today>.pdf.")
    @ApiResponse(
            responseCode = "200",
            description = "The report",
            content = @Content(mediaType = ReportDownloads.PDF, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "401", description = "No valid API token: send Authorization: Bearer <token>")
    @ApiResponse(responseCode = "500", description = "Something went wrong on our side")
    ResponseEntity<byte[]> report(@AuthenticationPrincipal AccountPrincipal me) {
        return ReportDownloads.of(reports.document(me.accountId(), address.of("")));
    }
}
