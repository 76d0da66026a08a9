package dev.reload.log;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Every query filters by the owning account. */
interface ShoeRepository extends Repository<Shoe, Long> {

    Shoe save(Shoe shoe);

    Optional<Shoe> findByIdAndAccountId(Long id, Long accountId);

    List<Shoe> findByAccountIdOrderByStartedOnDesc(Long accountId);

    /** Deletes the account's pair {@code id}: false when there was none (another delete was first). */
    @Modifying
    @Query("DELETE FROM shoe WHERE id = :id AND account_id = :accountId")
    boolean deleteByIdAndAccountId(Long id, Long accountId);
}
