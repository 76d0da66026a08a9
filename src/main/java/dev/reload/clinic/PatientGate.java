package dev.reload.clinic;

import java.time.Clock;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.reload.account.AccountId;
import dev.reload.account.AccountPrincipal;
import dev.reload.account.Role;
import dev.reload.system.web.NotFoundException;

/**
 * The one way to a patient's data for anyone but the patient: a clinician linked to the patient
 * passes, and the read is recorded in the patient's audit trail (who, what, when) before anything
 * is read; anyone else gets a 404, as for a patient who does not exist. The gate's interceptor
 * ({@code clinic.web}) sends every page and answer under {@code /clinic/patients/{accountId}} and
 * {@code /api/v1/patients/{accountId}} through here, and the patient list opens each row here.
 */
@Service
public class PatientGate {

    private final ClinicLinkRepository links;
    private final AuditRecordRepository audit;
    private final MessageSource messages;
    private final Clock clock;

    PatientGate(ClinicLinkRepository links, AuditRecordRepository audit, MessageSource messages, Clock clock) {
        this.links = links;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Lets {@code actor} read the patient's data described by the message {@code whatKey}, and
     * records it.
     *
     * @throws NotFoundException unless the actor is a clinician linked to the patient
     */
    @Transactional
    public AccountId open(AccountPrincipal actor, long patientId, String whatKey) {
        if (actor == null
                || actor.role() != Role.CLINICIAN
                || patientId <= 0
                || !links.existsByPatientIdAndClinicianId(
                        patientId, actor.accountId().value())) {
            throw new NotFoundException("patient", patientId);
        }
        String what = messages.getMessage(whatKey, null, Locale.ENGLISH);
        String name =
                actor.displayName() == null || actor.displayName().isBlank() ? actor.email() : actor.displayName();
        audit.append(patientId, actor.accountId().value(), name, clock.instant(), what);
        return new AccountId(patientId);
    }
}
