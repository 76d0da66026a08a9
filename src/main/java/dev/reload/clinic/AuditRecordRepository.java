package dev.reload.clinic;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The audit trail, append-only: it inserts and reads, and has no save (which would update a record
 * with an id), update or delete; {@code AuditTrailTests} checks that it never gets one.
 */
interface AuditRecordRepository extends Repository<AuditRecord, Long> {

    @Modifying
    @Query("INSERT INTO audit_record (patient_id, actor_id, actor_name, read_at, what)"
            + " VALUES (:patientId, :actorId, :actorName, :readAt, :what)")
    void append(
            @Param("patientId") Long patientId,
            @Param("actorId") Long actorId,
            @Param("actorName") String actorName,
            @Param("readAt") Instant readAt,
            @Param("what") String what);

    List<AuditRecord> findTop500ByPatientIdOrderByReadAtDescIdDesc(Long patientId);
}
