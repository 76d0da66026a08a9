package dev.reload.clinic.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.reload.account.AccountId;
import dev.reload.account.AccountPrincipal;
import dev.reload.advice.PlanHistory;
import dev.reload.advice.Standing;
import dev.reload.clinic.AuditTrail;
import dev.reload.clinic.ClinicNotes;
import dev.reload.clinic.ClinicService;
import dev.reload.clinic.Dashboard;
import dev.reload.clinic.PatientRow;
import dev.reload.knee.Condition;
import dev.reload.knee.Phase;
import dev.reload.system.web.GatedPatient;
import dev.reload.system.web.NotFoundException;
import dev.reload.system.web.PatientRead;

/**
 * The clinician workspace in the API (api.md, "Clinicians"): a patient's invites, links and audit
 * trail; a clinician's redeeming, patient list and notes. One patient's data lives under
 * {@code /api/v1/patients/{accountId}}, behind the gate.
 */
@RestController
@Tag(name = "Clinicians")
class ClinicApiController {

    private final ClinicService clinic;
    private final Dashboard dashboard;
    private final AuditTrail audit;
    private final ClinicNotes notes;

    ClinicApiController(ClinicService clinic, Dashboard dashboard, AuditTrail audit, ClinicNotes notes) {
        this.clinic = clinic;
        this.dashboard = dashboard;
        this.audit = audit;
        this.notes = notes;
    }

    record ClinicInviteCreated(
            @NotNull String code, @NotNull Instant expiresAt) {}

    record ClinicRedeemed(long accountId, @NotNull String displayName) {}

    /** A row of the patient list; condition, phase, light and escalation are null without a plan. */
    record ClinicPatientSummary(
            long accountId,
            @NotNull String displayName,
            Condition condition,
            Phase phase,
            int week,
            PlanHistory.Light light,
            Standing.Urgency escalation,
            boolean nonResponseCaution,
            Integer adherence,
            LocalDate lastEntry) {

        static ClinicPatientSummary of(PatientRow row) {
            return new ClinicPatientSummary(
                    row.accountId().value(),
                    row.displayName(),
                    row.condition(),
                    row.phase(),
                    row.planWeek(),
                    row.light(),
                    row.escalation(),
                    row.nonResponseCaution(),
                    row.adherence(),
                    row.lastEntry());
        }
    }

    record ClinicLinkEntry(
            long clinicianId,
            @NotNull String displayName,
            @NotNull String email,
            @NotNull Instant linkedAt) {}

    record ClinicAuditEntry(
            @NotNull Instant at,
            long actorId,
            @NotNull String actorName,
            @NotNull String what) {}

    record ClinicNoteEntry(
            long id,
            @NotNull Instant writtenAt,
            long clinicianId,
            @NotNull String clinicianName,
            @NotNull String body) {

        static ClinicNoteEntry of(ClinicNotes.NoteView note) {
            return new ClinicNoteEntry(
                    note.id(), note.writtenAt(), note.clinicianId().value(), note.clinicianName(), note.body());
        }
    }

    record ClinicNoteRequest(String body) {}

    @PostMapping("/api/v1/invites")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create an invite code for a clinician (patients)",
            description = "Valid 7 days, spent by the first clinician who redeems it. Only its hash is kept.")
    @ApiResponse(responseCode = "201", description = "The code and when it expires")
    @ApiResponse(responseCode = "403", description = "The account is not a patient")
    ClinicInviteCreated createInvite(@AuthenticationPrincipal AccountPrincipal me) {
        ClinicService.NewInvite invite = clinic.createInvite(me.accountId());
        return new ClinicInviteCreated(invite.code(), invite.expiresAt());
    }

    @PostMapping("/api/v1/invites/{code}/redeem")
    @Operation(summary = "Redeem a patient's invite code (clinicians): links the patient")
    @ApiResponse(responseCode = "200", description = "The patient now linked")
    @ApiResponse(responseCode = "400", description = "The code cannot be an invite code")
    @ApiResponse(responseCode = "403", description = "The account is not a clinician")
    @ApiResponse(responseCode = "404", description = "No open invite has this code (mistyped, used or expired)")
    ClinicRedeemed redeem(@AuthenticationPrincipal AccountPrincipal me, @PathVariable String code) {
        ClinicService.LinkedPatient patient = clinic.redeem(me.accountId(), code);
        return new ClinicRedeemed(patient.id().value(), patient.displayName());
    }

    @GetMapping("/api/v1/links")
    @Operation(summary = "The clinicians linked to you, the first linked first (patients)")
    @ApiResponse(responseCode = "200", description = "The linked clinicians")
    @ApiResponse(responseCode = "403", description = "The account is not a patient")
    List<ClinicLinkEntry> links(@AuthenticationPrincipal AccountPrincipal me) {
        return clinic.clinicians(me.accountId()).stream()
                .map(c -> new ClinicLinkEntry(c.id().value(), c.displayName(), c.email(), c.linkedAt()))
                .toList();
    }

    @DeleteMapping("/api/v1/links/{clinicianId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Unlink a clinician (patients): their access ends at once")
    @ApiResponse(responseCode = "204", description = "Unlinked")
    @ApiResponse(responseCode = "403", description = "The account is not a patient")
    @ApiResponse(responseCode = "404", description = "This clinician is not linked to you")
    void unlink(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long clinicianId) {
        if (clinicianId <= 0) {
            throw new NotFoundException("linked clinician", clinicianId);
        }
        clinic.unlink(me.accountId(), new AccountId(clinicianId));
    }

    @GetMapping("/api/v1/patients")
    @Operation(
            summary = "The linked patients, most in need first (clinicians)",
            description = "Escalation first, then a red light in the last 7 days, then no entry for 3 days or"
                    + " more, then the rest; by name within each. Each row is in the patient's audit trail.")
    @ApiResponse(responseCode = "200", description = "The patients")
    @ApiResponse(responseCode = "403", description = "The account is not a clinician")
    List<ClinicPatientSummary> patients(@AuthenticationPrincipal AccountPrincipal me) {
        return dashboard.rows(me).stream().map(ClinicPatientSummary::of).toList();
    }

    @GetMapping("/api/v1/patients/{accountId}/notes")
    @PatientRead("audit.what.notes")
    @Operation(summary = "The notes written on a linked patient, newest first (clinicians)")
    @ApiResponse(responseCode = "200", description = "The notes")
    @ApiResponse(responseCode = "403", description = "The account is not a clinician")
    @ApiResponse(responseCode = "404", description = "No linked patient has this id")
    List<ClinicNoteEntry> patientNotes(@PathVariable long accountId, HttpServletRequest request) {
        return notes.forPatient(new AccountId(GatedPatient.of(request))).stream()
                .map(ClinicNoteEntry::of)
                .toList();
    }

    @PostMapping("/api/v1/patients/{accountId}/notes")
    @PatientRead("audit.what.noteWritten")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Write a dated note on a linked patient (clinicians); the patient reads it")
    @ApiResponse(responseCode = "201", description = "The note")
    @ApiResponse(responseCode = "403", description = "The account is not a clinician")
    @ApiResponse(responseCode = "404", description = "No linked patient has this id")
    ClinicNoteEntry writeNote(
            @AuthenticationPrincipal AccountPrincipal me,
            @PathVariable long accountId,
            @RequestBody ClinicNoteRequest note,
            HttpServletRequest request) {
        return ClinicNoteEntry.of(notes.write(me.accountId(), new AccountId(GatedPatient.of(request)), note.body()));
    }

    @GetMapping("/api/v1/notes")
    @Operation(summary = "The notes your clinicians wrote, newest first (patients)")
    @ApiResponse(responseCode = "200", description = "The notes")
    @ApiResponse(responseCode = "403", description = "The account is not a patient")
    List<ClinicNoteEntry> myNotes(@AuthenticationPrincipal AccountPrincipal me) {
        return notes.forPatient(me.accountId()).stream()
                .map(ClinicNoteEntry::of)
                .toList();
    }

    @GetMapping("/api/v1/audit")
    @Operation(
            summary = "Who has read your data, newest first (patients)",
            description = "Every read of your data by someone else: when, who, and what. At most the newest 500.")
    @ApiResponse(responseCode = "200", description = "The trail")
    @ApiResponse(responseCode = "403", description = "The account is not a patient")
    List<ClinicAuditEntry> audit(@AuthenticationPrincipal AccountPrincipal me) {
        return audit.trail(me.accountId()).stream()
                .map(e -> new ClinicAuditEntry(e.at(), e.actorId().value(), e.actorName(), e.what()))
                .toList();
    }
}
