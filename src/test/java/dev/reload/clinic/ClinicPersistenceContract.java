package dev.reload.clinic;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.reload.account.AccountId;
import dev.reload.account.AccountService;
import dev.reload.account.AccountService.Registration;
import dev.reload.account.Role;
import dev.reload.system.web.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The clinic's tables and repositories (V014), the same on every database Reload runs on (subclasses
 * pick it): an invite is spent once and not after it expires, one link per pair, the audit trail
 * read back newest first, and everything of a patient gone with their account.
 */
abstract class ClinicPersistenceContract {

    @Autowired
    private Flyway flyway;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private AccountService accounts;

    @Autowired
    private InviteRepository invites;

    @Autowired
    private ClinicLinkRepository links;

    @Autowired
    private AuditRecordRepository audit;

    @Autowired
    private ClinicNoteRepository notes;

    @Autowired
    private ClinicService clinic;

    /** Whole microseconds: both databases keep timestamps to the microsecond. */
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    private AccountId patient;
    private AccountId clinician;

    @BeforeEach
    void aPatientAndAClinician() {
        patient = register("Pia", Role.PATIENT);
        clinician = register("Dr Cole", Role.CLINICIAN);
    }

    @Test
    void theClinicTablesAreMigrated() {
        assertThat(flyway.info().applied())
                .filteredOn(m -> m.getVersion() != null)
                .extracting(m -> m.getVersion().getVersion())
                .contains("014");
    }

    @Test
    void anInviteIsSpentOnceEvenByTheSameClinician() {
        String hash = hashOf(InviteCodes.newCode());
        invites.save(Invite.create(patient.value(), hash, now));

        assertThat(invites.spend(hash, clinician.value(), now.plusSeconds(60))).isEqualTo(1);
        assertThat(invites.spend(hash, clinician.value(), now.plusSeconds(61))).isZero();
        AccountId other = register("Dr Other", Role.CLINICIAN);
        assertThat(invites.spend(hash, other.value(), now.plusSeconds(62))).isZero();

        Invite spent = invites.findByCodeHash(hash).orElseThrow();
        assertThat(spent.usedBy()).isEqualTo(clinician.value());
        assertThat(spent.usedAt()).isEqualTo(now.plusSeconds(60));
        assertThat(spent.expiresAt()).isEqualTo(now.plus(ClinicService.INVITE_VALID));
    }

    @Test
    void anInviteIsOpenUntilItExpiresAndNotAtThatInstant() {
        String early = hashOf(InviteCodes.newCode());
        invites.save(Invite.create(patient.value(), early, now));
        String late = hashOf(InviteCodes.newCode());
        invites.save(Invite.create(patient.value(), late, now));
        Instant expiry = now.plus(ClinicService.INVITE_VALID);

        assertThat(invites.spend(late, clinician.value(), expiry)).isZero();
        assertThat(invites.spend(late, clinician.value(), expiry.plus(Duration.ofDays(1))))
                .isZero();
        assertThat(invites.spend(early, clinician.value(), expiry.minusMillis(1)))
                .isEqualTo(1);
        assertThat(invites.spend(hashOf(InviteCodes.newCode()), clinician.value(), now))
                .as("an unknown code")
                .isZero();
    }

    @Test
    void thereIsOneLinkPerPatientAndClinician() {
        links.save(ClinicLink.create(patient.value(), clinician.value(), now));

        assertThat(links.existsByPatientIdAndClinicianId(patient.value(), clinician.value()))
                .isTrue();
        assertThat(links.existsByPatientIdAndClinicianId(clinician.value(), patient.value()))
                .as("a link has a direction")
                .isFalse();
        assertThatThrownBy(() -> links.save(ClinicLink.create(patient.value(), clinician.value(), now.plusSeconds(5))))
                .isInstanceOf(DataIntegrityViolationException.class);

        AccountId second = register("Dr Second", Role.CLINICIAN);
        links.save(ClinicLink.create(patient.value(), second.value(), now.plusSeconds(10)));
        assertThat(links.findByPatientIdOrderByLinkedAt(patient.value()))
                .extracting(ClinicLink::clinicianId)
                .containsExactly(clinician.value(), second.value());

        assertThat(links.unlink(patient.value(), clinician.value())).isEqualTo(1);
        assertThat(links.unlink(patient.value(), clinician.value())).isZero();
        assertThat(links.findByClinicianIdOrderByLinkedAt(clinician.value())).isEmpty();
    }

    @Test
    void theServiceRedeemsACodeOnceAndLinksThePairOnce() {
        String code = clinic.createInvite(patient).code();
        assertThat(clinic.redeem(clinician, code).id()).isEqualTo(patient);
        assertThatThrownBy(() -> clinic.redeem(clinician, code)).isInstanceOf(NotFoundException.class);

        assertThat(clinic.redeem(clinician, clinic.createInvite(patient).code()).id())
                .as("a second code for a pair already linked")
                .isEqualTo(patient);
        assertThat(clinic.clinicians(patient)).hasSize(1);
        assertThat(clinic.patients(clinician))
                .extracting(ClinicService.LinkedPatient::displayName)
                .containsExactly("Pia");
    }

    @Test
    void theTrailIsReadBackNewestFirstAndTiesKeepTheirOrderOfWriting() {
        audit.append(patient.value(), clinician.value(), "Dr Cole", now, "Session log");
        audit.append(patient.value(), clinician.value(), "Dr Cole", now.plusSeconds(30), "Progress charts");
        audit.append(patient.value(), clinician.value(), "Dr Cole", now.plusSeconds(30), "Notes");
        audit.append(patient.value(), clinician.value(), "Dr Cole", now.minusSeconds(30), "Today's advice");
        AccountId someoneElse = register("Other", Role.PATIENT);
        audit.append(someoneElse.value(), clinician.value(), "Dr Cole", now, "Session log");

        assertThat(audit.findTop500ByPatientIdOrderByReadAtDescIdDesc(patient.value()))
                .extracting(AuditRecord::what)
                .containsExactly("Notes", "Progress charts", "Session log", "Today's advice");
        AuditRecord newest = audit.findTop500ByPatientIdOrderByReadAtDescIdDesc(patient.value())
                .get(0);
        assertThat(newest.readAt()).isEqualTo(now.plusSeconds(30));
        assertThat(newest.actorId()).isEqualTo(clinician.value());
        assertThat(newest.actorName()).isEqualTo("Dr Cole");
    }

    @Test
    void theTrailShowsAtMostTheNewest500() {
        for (int i = 0; i < AuditTrail.SHOWN + 3; i++) {
            audit.append(patient.value(), clinician.value(), "Dr Cole", now.plusSeconds(i), "Read " + i);
        }
        assertThat(audit.findTop500ByPatientIdOrderByReadAtDescIdDesc(patient.value()))
                .hasSize(AuditTrail.SHOWN)
                .first()
                .extracting(AuditRecord::what)
                .isEqualTo("Read " + (AuditTrail.SHOWN + 2));
    }

    @Test
    void theTrailKeepsWhoReadWhenTheirAccountGoesAndGoesWithThePatient() {
        audit.append(patient.value(), clinician.value(), "Dr Cole", now, "Session log");
        links.save(ClinicLink.create(patient.value(), clinician.value(), now));
        notes.save(new ClinicNote(null, patient.value(), clinician.value(), now, "Easy week."));

        // the clinician's links and notes are the patient's rows: AccountDeletion removes them (YourDataContract)
        jdbc.update("DELETE FROM account WHERE id = ?", clinician.value());
        assertThat(audit.findTop500ByPatientIdOrderByReadAtDescIdDesc(patient.value()))
                .extracting(AuditRecord::actorName)
                .containsExactly("Dr Cole");

        String hash = hashOf(InviteCodes.newCode());
        invites.save(Invite.create(patient.value(), hash, now));
        jdbc.update("DELETE FROM account WHERE id = ?", patient.value());
        assertThat(audit.findTop500ByPatientIdOrderByReadAtDescIdDesc(patient.value()))
                .isEmpty();
        assertThat(invites.findByCodeHash(hash)).isEmpty();
        assertThat(notes.findByPatientIdOrderByWrittenAtDescIdDesc(patient.value()))
                .isEmpty();
    }

    private static String hashOf(String code) {
        return InviteCodes.hash(InviteCodes.normalize(code).orElseThrow());
    }

    private AccountId register(String name, Role role) {
        return accounts.register(new Registration(
                        "clinic-db-" + UUID.randomUUID() + "@example.org", name, "amber-tundra-whistle", role))
                .id();
    }
}
