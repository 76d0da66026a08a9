/**
 * The clinician workspace (product.md capability 9, issue 13; decision 0021): a patient's invite
 * code links a clinician ({@link dev.reload.clinic.ClinicService}), the clinician's patient list
 * ordered by need ({@link dev.reload.clinic.Dashboard}, {@link dev.reload.clinic.NeedOrder}), notes
 * ({@link dev.reload.clinic.ClinicNotes}), and the audit trail the patient sees ({@link
 * dev.reload.clinic.AuditTrail}). Every read of a patient's data by someone else passes {@link
 * dev.reload.clinic.PatientGate}, which answers 404 without a link and records the read. Pages, the
 * gate's interceptor and the API live in {@code clinic.web}.
 */
@ApplicationModule(
        displayName = "Clinician workspace",
        allowedDependencies = {
            "account",
            "advice",
            "knee",
            "log",
            "plan",
            "progress",
            "report",
            "system :: security",
            "system :: web"
        })
package dev.reload.clinic;

import org.springframework.modulith.ApplicationModule;
