package dev.reload.log;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Every query filters by the owning account. */
interface ShoeRepository extends Repository<Shoe, Long> {

    Shoe save(Shoe shoe);

    Optional<Shoe> findByIdAndAccountId(Long id, Long accountId);

    List<Shoe> findByAccountIdOrderByStartedOnDesc(Long accountId);

    void delete(Shoe shoe);
}
