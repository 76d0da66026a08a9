package dev.reload.clinic;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface InviteRepository extends Repository<Invite, Long> {

    Invite save(Invite invite);

    Optional<Invite> findByCodeHash(String codeHash);

    /**
     * Spends the invite of this hash if it is still open at {@code now}: 1 when this call spent it,
     * 0 when it is unknown, spent or expired (also when two clinicians race with one code).
     */
    @Modifying
    @Query("UPDATE clinic_invite SET used_at = :now, used_by = :clinicianId WHERE code_hash = :codeHash"
            + " AND used_at IS NULL AND expires_at > :now")
    int spend(@Param("codeHash") String codeHash, @Param("clinicianId") Long clinicianId, @Param("now") Instant now);
}
