package dev.reload.log;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
    private final Clock clock;

    ShoeService(ShoeRepository shoes, ActivitySessionRepository sessions, Clock clock) {
        this.shoes = shoes;
        this.sessions = sessions;
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

    @Transactional
    public void delete(AccountId owner, long id) {
        shoes.delete(own(owner, id));
    }

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
