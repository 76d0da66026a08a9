package dev.reload.account;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface TwoStepRepository extends Repository<TwoStep, Long> {

    TwoStep save(TwoStep twoStep);

    Optional<TwoStep> findByAccountId(Long accountId);

    /**
     * Takes the code of {@code timeStep} if no code of that step or a later one was taken yet:
     * 1 when it was taken, 0 when it is a replay (also when two requests race with one code).
     */
    @Modifying
    @Query("UPDATE two_step SET last_time_step = :timeStep WHERE account_id = :accountId"
            + " AND enabled_at IS NOT NULL AND last_time_step < :timeStep")
    int takeTimeStep(@Param("accountId") Long accountId, @Param("timeStep") long timeStep);

    @Modifying
    @Query("DELETE FROM two_step WHERE account_id = :accountId")
    void deleteByAccountId(@Param("accountId") Long accountId);
}
