package dev.reload.clinic;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.InsertOnlyProperty;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One read of a patient's data by someone else: who ({@code actorId}, and their name then), what
 * (a page or answer in words) and when. Written once, never changed or removed by the application.
 */
@Table("audit_record")
record AuditRecord(
        @Id Long id, @InsertOnlyProperty Long patientId, Long actorId, String actorName, Instant readAt, String what) {}
