package dev.reload.clinic;

import java.util.List;

import org.springframework.data.repository.Repository;

interface ClinicNoteRepository extends Repository<ClinicNote, Long> {

    ClinicNote save(ClinicNote note);

    List<ClinicNote> findByPatientIdOrderByWrittenAtDescIdDesc(Long patientId);
}
