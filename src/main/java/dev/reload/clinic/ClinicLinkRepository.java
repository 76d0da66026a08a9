package dev.reload.clinic;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface ClinicLinkRepository extends Repository<ClinicLink, Long> {

    ClinicLink save(ClinicLink link);

    boolean existsByPatientIdAndClinicianId(Long patientId, Long clinicianId);

    List<ClinicLink> findByPatientIdOrderByLinkedAt(Long patientId);

    List<ClinicLink> findByClinicianIdOrderByLinkedAt(Long clinicianId);

    @Modifying
    @Query("DELETE FROM clinic_link WHERE patient_id = :patientId AND clinician_id = :clinicianId")
    int unlink(@Param("patientId") Long patientId, @Param("clinicianId") Long clinicianId);
}
