package dev.reload.clinic;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.reload.account.AccountId;
import dev.reload.account.AccountService;
import dev.reload.system.web.InvalidFieldException;

/**
 * A clinician's dated notes on a patient, which the patient reads. Written only through a path the
 * {@link PatientGate} opened for the clinician.
 */
@Service
public class ClinicNotes {

    /** The longest note. */
    public static final int MAX_LENGTH = 4000;

    private final ClinicNoteRepository notes;
    private final AccountService accounts;
    private final Clock clock;

    ClinicNotes(ClinicNoteRepository notes, AccountService accounts, Clock clock) {
        this.notes = notes;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A note as its reader sees it: when, by whom, and its text. */
    public record NoteView(long id, Instant writtenAt, AccountId clinicianId, String clinicianName, String body) {}

    /**
     * @throws InvalidFieldException naming {@code body} when it is empty or longer than {@value #MAX_LENGTH}
     */
    @Transactional
    public NoteView write(AccountId clinician, AccountId patient, String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new InvalidFieldException("body", "is required: write the note");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidFieldException("body", "has at most " + MAX_LENGTH + " characters");
        }
        return view(notes.save(new ClinicNote(null, patient.value(), clinician.value(), clock.instant(), text)));
    }

    /** The patient's notes, newest first. */
    @Transactional(readOnly = true)
    public List<NoteView> forPatient(AccountId patient) {
        return notes.findByPatientIdOrderByWrittenAtDescIdDesc(patient.value()).stream()
                .map(this::view)
                .toList();
    }

    private NoteView view(ClinicNote note) {
        AccountId clinician = new AccountId(note.clinicianId());
        String name = accounts.find(clinician).map(ClinicService::shownName).orElse("");
        return new NoteView(note.id(), note.writtenAt(), clinician, name, note.body());
    }
}
