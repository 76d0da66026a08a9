package dev.reload.log;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.reload.account.AccountId;
import dev.reload.system.web.InvalidFieldException;
import dev.reload.system.web.NotFoundException;

/** The person's shoes and the kilometres each has done. */
@Service
public class ShoeService {

    private final ShoeRepository shoes;
    private final ActivitySessionRepository sessions;
    private final Trash trash;
    private final JdbcAggregateOperations aggregates;
    private final Clock clock;

    ShoeService(
            ShoeRepository shoes,
            ActivitySessionRepository sessions,
            Trash trash,
            JdbcAggregateOperations aggregates,
            Clock clock) {
        this.shoes = shoes;
        this.sessions = sessions;
        this.trash = trash;
        this.aggregates = aggregates;
        this.clock = clock;
    }

    @Transactional
    public ShoeView add(AccountId owner, ShoeEntry entry) {
        return views(owner, List.of(shoes.save(shoe(null, owner, entry)))).get(0);
    }

    @Transactional
    public ShoeView update(AccountId owner, long id, ShoeEntry entry) {
        own(owner, id);
        return views(owner, List.of(shoes.save(shoe(id, owner, entry)))).get(0);
    }

    /**
     * Deletes a pair of shoes (its sessions keep their shoe's name, without the pair), keeping it
     * in the trash for a day with the sessions it was on ({@link #restore}); answers it as it was.
     */
    @Transactional
    public ShoeView delete(AccountId owner, long id) {
        Shoe shoe = own(owner, id);
        ShoeView view = views(owner, List.of(shoe)).get(0);
        List<Long> worn = sessions.findByAccountIdAndShoeId(owner.value(), id).stream()
                .map(StoredSession::id)
                .toList();
        sessions.takeShoeOff(owner.value(), id); // the sessions' key to their shoes is NO ACTION (V020_1)
        if (!shoes.deleteByIdAndAccountId(id, owner.value())) {
            throw new NotFoundException("shoe", id);
        }
        trash.put(owner.value(), Trash.Kind.SHOE, id, new DeletedShoe(shoe, worn), clock.instant());
        return view;
    }

    /**
     * Puts a pair deleted in the last day back, with its id, on the sessions it was on that still
     * have no pair (one given another pair since keeps that one).
     */
    @Transactional
    public ShoeView restore(AccountId owner, long id) {
        DeletedShoe deleted = trash.take(owner.value(), Trash.Kind.SHOE, id, DeletedShoe.class, clock.instant())
                .orElseThrow(() -> Trash.notThere("shoe", id));
        Shoe shoe = aggregates.insert(deleted.shoe());
        if (!deleted.sessions().isEmpty()) {
            sessions.putShoeBack(shoe.id(), owner.value(), deleted.sessions());
        }
        return views(owner, List.of(shoe)).get(0);
    }

    /** A deleted pair as the trash keeps it: the pair, and the ids of the sessions it was on. */
    record DeletedShoe(Shoe shoe, List<Long> sessions) {}

    /** Every pair of the account, the newest first. */
    public List<ShoeView> all(AccountId owner) {
        return views(owner, shoes.findByAccountIdOrderByStartedOnDesc(owner.value()));
    }

    private Shoe shoe(Long id, AccountId owner, ShoeEntry entry) {
        if (entry.retiredOn() != null && entry.retiredOn().isBefore(entry.startedOn())) {
            throw new InvalidFieldException("retiredOn", "must not be before startedOn");
        }
        return new Shoe(
                id,
                owner.value(),
                entry.name().strip(),
                entry.startedOn(),
                entry.startKm() == null ? BigDecimal.ZERO : entry.startKm(),
                entry.retiredOn(),
                clock.instant());
    }

    private List<ShoeView> views(AccountId owner, List<Shoe> list) {
        Map<Long, BigDecimal> kmByShoe = sessions.findByAccountIdOrderByDateAscIdAsc(owner.value()).stream()
                .filter(s -> s.shoeId() != null && s.distanceKm() != null)
                .collect(Collectors.groupingBy(
                        StoredSession::shoeId,
                        Collectors.reducing(BigDecimal.ZERO, StoredSession::distanceKm, BigDecimal::add)));
        return list.stream()
                .map(s -> new ShoeView(
                        s.id(),
                        s.name(),
                        s.startedOn(),
                        s.startKm(),
                        s.retiredOn(),
                        s.startKm().add(kmByShoe.getOrDefault(s.id(), BigDecimal.ZERO))))
                .toList();
    }

    private Shoe own(AccountId owner, long id) {
        return shoes.findByIdAndAccountId(id, owner.value()).orElseThrow(() -> new NotFoundException("shoe", id));
    }
}
