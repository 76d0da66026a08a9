package dev.reload.clinic;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.InsertOnlyProperty;
import org.springframework.data.relational.core.mapping.Table;

/** A patient's invite code, kept only as its SHA-256: open until it expires or a clinician spends it. */
@Table("clinic_invite")
record Invite(
        @Id Long id,
        @InsertOnlyProperty Long patientId,
        String codeHash,
        Instant createdAt,
        Instant expiresAt,
        Instant usedAt,
        Long usedBy) {

    static Invite create(long patientId, String codeHash, Instant now) {
        return new Invite(null, patientId, codeHash, now, now.plus(ClinicService.INVITE_VALID), null, null);
    }
}
