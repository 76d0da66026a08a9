package dev.reload.clinic;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.InsertOnlyProperty;
import org.springframework.data.relational.core.mapping.Table;

/** A clinician's dated note on a patient, which the patient reads. */
@Table("clinic_note")
record ClinicNote(@Id Long id, @InsertOnlyProperty Long patientId, Long clinicianId, Instant writtenAt, String body) {}
