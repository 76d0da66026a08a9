package dev.reload.clinic;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.reload.account.AccountId;
import dev.reload.account.AccountService;
import dev.reload.account.AccountService.AccountView;
import dev.reload.system.web.InvalidFieldException;
import dev.reload.system.web.NotFoundException;

/**
 * Links between patients and clinicians: a patient makes an invite code (valid {@link
 * #INVITE_VALID}, spent once), a clinician redeems it, and the patient unlinks whenever they like,
 * which ends the clinician's access at their next request ({@link PatientGate} reads the link every
 * time).
 */
@Service
public class ClinicService {

    /** How long an invite code stays open. */
    public static final Duration INVITE_VALID = Duration.ofDays(7);

    private final InviteRepository invites;
    private final ClinicLinkRepository links;
    private final AccountService accounts;
    private final Clock clock;

    ClinicService(InviteRepository invites, ClinicLinkRepository links, AccountService accounts, Clock clock) {
        this.invites = invites;
        this.links = links;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A new invite: the code, shown once (only its hash is kept), and when it expires. */
    public record NewInvite(String code, Instant expiresAt) implements java.io.Serializable {}

    /** A clinician a patient has linked, and since when. */
    public record LinkedClinician(AccountId id, String displayName, String email, Instant linkedAt) {}

    /** A patient linked to a clinician, and since when. */
    public record LinkedPatient(AccountId id, String displayName, Instant linkedAt) {}

    @Transactional
    public NewInvite createInvite(AccountId patient) {
        String code = InviteCodes.newCode();
        Invite invite = invites.save(Invite.create(
                patient.value(), InviteCodes.hash(InviteCodes.normalize(code).orElseThrow()), clock.instant()));
        return new NewInvite(code, invite.expiresAt());
    }

    /**
     * Spends the invite of {@code typedCode} and links its patient to the clinician.
     *
     * @throws InvalidFieldException naming {@code code} when it cannot be an invite code
     * @throws NotFoundException when no open invite has this code (mistyped, spent or expired)
     */
    @Transactional
    public LinkedPatient redeem(AccountId clinician, String typedCode) {
        String code = InviteCodes.normalize(typedCode)
                .orElseThrow(() -> new InvalidFieldException(
                        "code", "is not an invite code: it has 12 letters and digits, like k7dp-9xqa-m3wt"));
        String hash = InviteCodes.hash(code);
        Instant now = clock.instant();
        if (invites.spend(hash, clinician.value(), now) == 0) {
            throw noOpenInvite();
        }
        Invite invite = invites.findByCodeHash(hash).orElseThrow(ClinicService::noOpenInvite);
        if (invite.patientId() == clinician.value()) {
            throw new InvalidFieldException("code", "is your own invite: a patient's clinician redeems it");
        }
        if (!links.existsByPatientIdAndClinicianId(invite.patientId(), clinician.value())) {
            links.save(ClinicLink.create(invite.patientId(), clinician.value(), now));
        }
        AccountId patient = new AccountId(invite.patientId());
        return new LinkedPatient(patient, name(patient), now);
    }

    /** Text of the 404 for an invite that is not open. */
    public static final String NO_OPEN_INVITE = "No open invite has this code: it may be mistyped, already used"
            + " or more than 7 days old. Ask your patient for a new one.";

    private static NotFoundException noOpenInvite() {
        return NotFoundException.byField(
                "code",
                "is not an open invite: it may be mistyped, already used or more than 7 days old",
                NO_OPEN_INVITE);
    }

    /**
     * Ends the clinician's access to the patient's data at once.
     *
     * @throws NotFoundException when the clinician is not linked to the patient
     */
    @Transactional
    public void unlink(AccountId patient, AccountId clinician) {
        if (links.unlink(patient.value(), clinician.value()) == 0) {
            throw new NotFoundException("linked clinician", clinician.value());
        }
    }

    /** The clinicians the patient has linked, the first linked first. */
    @Transactional(readOnly = true)
    public List<LinkedClinician> clinicians(AccountId patient) {
        return links.findByPatientIdOrderByLinkedAt(patient.value()).stream()
                .map(link -> {
                    AccountId id = new AccountId(link.clinicianId());
                    AccountView account = accounts.find(id).orElseThrow();
                    return new LinkedClinician(id, shownName(account), account.email(), link.linkedAt());
                })
                .toList();
    }

    /** The patients linked to the clinician, the first linked first. */
    @Transactional(readOnly = true)
    public List<LinkedPatient> patients(AccountId clinician) {
        return links.findByClinicianIdOrderByLinkedAt(clinician.value()).stream()
                .map(link -> {
                    AccountId id = new AccountId(link.patientId());
                    return new LinkedPatient(id, name(id), link.linkedAt());
                })
                .toList();
    }

    private String name(AccountId id) {
        return accounts.find(id).map(ClinicService::shownName).orElse("");
    }

    /** The name an account goes by: its display name, or its email without one. */
    static String shownName(AccountView account) {
        return account.displayName() == null || account.displayName().isBlank()
                ? account.email()
                : account.displayName();
    }
}
