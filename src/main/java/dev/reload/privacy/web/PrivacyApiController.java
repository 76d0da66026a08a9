package dev.reload.privacy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import dev.reload.account.AccountPrincipal;
import dev.reload.account.PersonalClock;
import dev.reload.privacy.AccountDeletion;
import dev.reload.privacy.DataExport;

/** The person's data over the API: all of it as a ZIP, and the account's deletion. */
@RestController
@Tag(name = "Your data")
class PrivacyApiController {

    private final DataExport export;
    private final AccountDeletion deletion;
    private final PersonalClock clock;

    PrivacyApiController(DataExport export, AccountDeletion deletion, PersonalClock clock) {
        this.export = export;
        this.deletion = deletion;
        this.clock = clock;
    }

    record AccountDeletionRequest(
            @NotNull(message = "is required to delete your account")
            @Schema(description = "The account's password, to show it is its owner asking")
            String password) {}

    @GetMapping(value = "/api/v1/export", produces = ExportDownloads.ZIP)
    @Operation(
            operationId = "exportAllData",
            summary = "Every record of the account, as a ZIP of JSON and CSV",
            description = "A ZIP with README.txt (every file and column and what is left out), and for each kind of"
                    + " record json/<name>.json (an array of objects) and csv/<name>.csv (RFC 4180, a header line):"
                    + " the account, plans, knob changes, screenings, sessions, check-ins, strength, shoes, deleted"
                    + " entries, imports and their failures, questionnaires and answers, the calendar feed, API"
                    + " tokens' names and dates, two-step status, recovery codes' and reset links' dates, invites,"
                    + " links, clinician notes and the audit trail. Secrets (password, token, code and link hashes,"
                    + " the two-step secret, the feed's address) are never in it. Saved as"
                    + " reload-export-<today>.zip.")
    @ApiResponse(
            responseCode = "200",
            description = "The export",
            content = @Content(mediaType = ExportDownloads.ZIP, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "401", description = "No valid API token: send Authorization: Bearer <token>")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal AccountPrincipal me) {
        return ExportDownloads.of(export.zip(me.accountId()), clock.today(me.accountId()));
    }

    @DeleteMapping("/api/v1/account")
    @Operation(
            operationId = "deleteAccount",
            summary = "Delete the account and all its data",
            description = "With the account's password. Every record of the account is deleted in one transaction,"
                    + " waiting uploads too; its page sessions end and its API tokens answer 401 from now on; its"
                    + " email can register again. A clinician's notes on patients go with the clinician's account;"
                    + " the patients' audit trails keep the reader's name. Download the export first: this cannot"
                    + " be undone.")
    @ApiResponse(responseCode = "204", description = "The account is deleted")
    @ApiResponse(
            responseCode = "400",
            description = "The password is missing or wrong (errors name password); nothing was deleted")
    @ApiResponse(responseCode = "401", description = "No valid API token: send Authorization: Bearer <token>")
    @ApiResponse(
            responseCode = "429",
            description = "Too many wrong passwords; the Retry-After header says when to try again")
    ResponseEntity<Void> delete(
            @AuthenticationPrincipal AccountPrincipal me,
            @Valid @RequestBody AccountDeletionRequest body,
            HttpServletRequest request) {
        deletion.delete(me.accountId(), body.password(), request.getRemoteAddr());
        return ResponseEntity.noContent().build();
    }
}
