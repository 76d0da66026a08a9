package dev.reload.clinic;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.InsertOnlyProperty;
import org.springframework.data.relational.core.mapping.Table;

/** A patient and a clinician who may read the patient's data, from when the invite was redeemed. */
@Table("clinic_link")
record ClinicLink(@Id Long id, @InsertOnlyProperty Long patientId, Long clinicianId, Instant linkedAt) {

    static ClinicLink create(long patientId, long clinicianId, Instant now) {
        return new ClinicLink(null, patientId, clinicianId, now);
    }
}
