package dev.reload.clinic;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.reload.account.AccountId;

/** The patient's audit trail: every read of their data by someone else, newest first. */
@Service
public class AuditTrail {

    /** At most this many of the newest reads are shown. */
    public static final int SHOWN = 500;

    private final AuditRecordRepository audit;

    AuditTrail(AuditRecordRepository audit) {
        this.audit = audit;
    }

    /** One read: when, by whom (their id and name then), and what. */
    public record AuditEntry(Instant at, AccountId actorId, String actorName, String what) {}

    @Transactional(readOnly = true)
    public List<AuditEntry> trail(AccountId patient) {
        return audit.findTop500ByPatientIdOrderByReadAtDescIdDesc(patient.value()).stream()
                .map(r -> new AuditEntry(r.readAt(), new AccountId(r.actorId()), r.actorName(), r.what()))
                .toList();
    }
}
