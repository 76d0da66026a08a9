package dev.reload.log;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.reload.account.AccountId;
import dev.reload.knee.ExerciseLibrary;
import dev.reload.system.web.InvalidFieldException;
import dev.reload.system.web.NotFoundException;

/** The person's strength work, each entry one exercise of the library on one day. */
@Service
public class StrengthService {

    private final StrengthSetRepository strength;
    private final LogRows rows;
    private final ExerciseLibrary library;
    private final Trash trash;
    private final JdbcAggregateOperations aggregates;
    private final Clock clock;

    StrengthService(
            StrengthSetRepository strength,
            ExerciseLibrary library,
            Trash trash,
            JdbcAggregateOperations aggregates,
            Clock clock,
            LogRows rows) {
        this.strength = strength;
        this.rows = rows;
        this.library = library;
        this.trash = trash;
        this.aggregates = aggregates;
        this.clock = clock;
    }

    @Transactional
    public StrengthView add(AccountId owner, StrengthEntry entry) {
        return StrengthView.of(strength.save(strengthSet(null, owner, entry)));
    }

    @Transactional
    public StrengthView update(AccountId owner, long id, StrengthEntry entry) {
        return StrengthView.of(strength.save(strengthSet(own(owner, id), owner, entry)));
    }

    /** Deletes a strength entry, keeping it in the trash for a day ({@link #restore}); answers it as it was. */
    @Transactional
    public StrengthView delete(AccountId owner, long id) {
        StoredStrengthSet set = own(owner, id);
        if (!strength.deleteByIdAndAccountId(id, owner.value())) {
            throw new NotFoundException("strength entry", id);
        }
        trash.put(owner.value(), Trash.Kind.STRENGTH, id, set, clock.instant());
        return StrengthView.of(set);
    }

    /** Puts a strength entry deleted in the last day back, with its id. */
    @Transactional
    public StrengthView restore(AccountId owner, long id) {
        return StrengthView.of(aggregates.insert(
                trash.take(owner.value(), Trash.Kind.STRENGTH, id, StoredStrengthSet.class, clock.instant())
                        .orElseThrow(() -> Trash.notThere("strength entry", id))));
    }

    public StrengthView find(AccountId owner, long id) {
        return StrengthView.of(own(owner, id));
    }

    /** The strength work dated {@code from} to {@code to} (both included), oldest first. */
    public List<StrengthView> between(AccountId owner, LocalDate from, LocalDate to) {
        return strength.findByAccountIdAndDateBetweenOrderByDateAscIdAsc(owner.value(), from, to).stream()
                .map(StrengthView::of)
                .toList();
    }

    /** Every strength entry of the account, oldest first. */
    public List<StrengthView> all(AccountId owner) {
        return rows.strength(owner.value());
    }

    private StoredStrengthSet strengthSet(StoredStrengthSet existing, AccountId owner, StrengthEntry entry) {
        if (!library.contains(entry.exercise())) {
            throw new InvalidFieldException("exercise", "is not an exercise of the library: " + entry.exercise());
        }
        return new StoredStrengthSet(
                existing == null ? null : existing.id(),
                owner.value(),
                entry.date(),
                entry.exercise(),
                entry.sets(),
                entry.reps(),
                entry.loadKg(),
                entry.holdSec(),
                Values.blankToNull(entry.tempo()),
                entry.painDuring(),
                existing == null ? clock.instant() : existing.createdAt());
    }

    private StoredStrengthSet own(AccountId owner, long id) {
        return strength.findByIdAndAccountId(id, owner.value())
                .orElseThrow(() -> new NotFoundException("strength entry", id));
    }
}
