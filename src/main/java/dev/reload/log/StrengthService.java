package dev.reload.log;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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
    private final ExerciseLibrary library;
    private final Clock clock;

    StrengthService(StrengthSetRepository strength, ExerciseLibrary library, Clock clock) {
        this.strength = strength;
        this.library = library;
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

    @Transactional
    public void delete(AccountId owner, long id) {
        strength.delete(own(owner, id));
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
        return strength.findByAccountIdOrderByDateAscIdAsc(owner.value()).stream()
                .map(StrengthView::of)
                .toList();
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
