package dev.reload.log;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.reload.account.AccountId;
import dev.reload.system.web.ConflictException;
import dev.reload.system.web.InvalidFieldException;
import dev.reload.system.web.NotFoundException;

/** The person's morning check-ins, one a day. Another account's id answers as not found. */
@Service
public class CheckInService {

    private final CheckInRepository checkIns;
    private final LogRows rows;
    private final Trash trash;
    private final JdbcAggregateOperations aggregates;
    private final Clock clock;

    CheckInService(
            CheckInRepository checkIns, Trash trash, JdbcAggregateOperations aggregates, Clock clock, LogRows rows) {
        this.checkIns = checkIns;
        this.rows = rows;
        this.trash = trash;
        this.aggregates = aggregates;
        this.clock = clock;
    }

    @Transactional
    public CheckInView add(AccountId owner, CheckInEntry entry) {
        return CheckInView.of(checkIns.save(checkIn(null, owner, entry)));
    }

    /**
     * A check-in for its day: the first of the day is added; another one changes it, keeping what
     * the new one leaves unsaid (stiffness, sleep, stress, notes).
     */
    @Transactional
    public CheckInView record(AccountId owner, CheckInEntry entry) {
        return on(owner, entry.date())
                .map(first -> update(
                        owner,
                        first.id(),
                        new CheckInEntry(
                                entry.date(),
                                entry.morningPain(),
                                entry.morningStiffness() != null ? entry.morningStiffness() : first.morningStiffness(),
                                entry.sleepHours() != null ? entry.sleepHours() : first.sleepHours(),
                                entry.stress() != null ? entry.stress() : first.stress(),
                                entry.notes() != null ? entry.notes() : first.notes())))
                .orElseGet(() -> add(owner, entry));
    }

    @Transactional
    public CheckInView update(AccountId owner, long id, CheckInEntry entry) {
        return CheckInView.of(checkIns.save(checkIn(own(owner, id), owner, entry)));
    }

    /** Deletes a check-in, keeping it in the trash for a day ({@link #restore}); answers it as it was. */
    @Transactional
    public CheckInView delete(AccountId owner, long id) {
        StoredCheckIn checkIn = own(owner, id);
        if (!checkIns.deleteByIdAndAccountId(id, owner.value())) {
            throw new NotFoundException("check-in", id);
        }
        trash.put(owner.value(), Trash.Kind.CHECK_IN, id, checkIn, clock.instant());
        return CheckInView.of(checkIn);
    }

    /**
     * Puts a check-in deleted in the last day back, with its id. When its day has another check-in
     * by now, nothing changes: {@link DayTaken}, and the deleted one stays in the trash.
     */
    @Transactional
    public CheckInView restore(AccountId owner, long id) {
        StoredCheckIn deleted = trash.take(owner.value(), Trash.Kind.CHECK_IN, id, StoredCheckIn.class, clock.instant())
                .orElseThrow(() -> Trash.notThere("check-in", id));
        if (checkIns.findByAccountIdAndDate(owner.value(), deleted.date()).isPresent()) {
            throw new DayTaken(deleted.date());
        }
        try {
            return CheckInView.of(aggregates.insert(deleted));
        } catch (DuplicateKeyException another) { // one logged on that day at the same moment
            throw new DayTaken(deleted.date());
        }
    }

    public CheckInView find(AccountId owner, long id) {
        return CheckInView.of(own(owner, id));
    }

    public Optional<CheckInView> on(AccountId owner, LocalDate date) {
        return checkIns.findByAccountIdAndDate(owner.value(), date).map(CheckInView::of);
    }

    /** The check-ins dated {@code from} to {@code to} (both included), oldest first. */
    public List<CheckInView> between(AccountId owner, LocalDate from, LocalDate to) {
        return checkIns.findByAccountIdAndDateBetweenOrderByDateAsc(owner.value(), from, to).stream()
                .map(CheckInView::of)
                .toList();
    }

    /** Every check-in of the account, oldest first. */
    public List<CheckInView> all(AccountId owner) {
        return rows.checkIns(owner.value());
    }

    /** A check-in as stored from an entry; one per day, so another on the same date is refused. */
    private StoredCheckIn checkIn(StoredCheckIn existing, AccountId owner, CheckInEntry entry) {
        checkIns.findByAccountIdAndDate(owner.value(), entry.date())
                .filter(other -> existing == null || !other.id().equals(existing.id()))
                .ifPresent(other -> {
                    throw new InvalidFieldException("date", "already has a check-in: change that one instead");
                });
        return new StoredCheckIn(
                existing == null ? null : existing.id(),
                owner.value(),
                entry.date(),
                entry.morningPain(),
                entry.morningStiffness(),
                entry.sleepHours(),
                entry.stress(),
                Values.blankToNull(entry.notes()),
                existing == null ? clock.instant() : existing.createdAt());
    }

    /** A deleted check-in cannot come back: its day has another check-in now (one a day). */
    public static final class DayTaken extends ConflictException {

        private final LocalDate date;

        public DayTaken(LocalDate date) {
            super(Values.inWords(date) + " has another morning check-in now, so the deleted one was not put back."
                    + " Change that one, or delete it and then restore this one.");
            this.date = date;
        }

        /** The day that already has a check-in. */
        public LocalDate date() {
            return date;
        }
    }

    private StoredCheckIn own(AccountId owner, long id) {
        return checkIns.findByIdAndAccountId(id, owner.value())
                .orElseThrow(() -> new NotFoundException("check-in", id));
    }
}
