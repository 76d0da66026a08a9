package dev.reload.log;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.reload.account.AccountId;
import dev.reload.knee.Activity;
import dev.reload.knee.PainScore;
import dev.reload.knee.Plausible;
import dev.reload.knee.VolumeUnit;
import dev.reload.plan.PlanService;
import dev.reload.system.web.InvalidFieldException;
import dev.reload.system.web.InvalidFieldException.FieldProblem;
import dev.reload.system.web.NotFoundException;

/**
 * The person's activity sessions, logged by hand or imported from files. Every read and write is
 * for one account; another account's id answers as not found.
 */
@Service
public class SessionService {

    private final ActivitySessionRepository sessions;
    private final LogRows rows;
    private final ShoeRepository shoes;
    private final ShoeService shoeService;
    private final PlanService plans;
    private final Trash trash;
    private final JdbcAggregateOperations aggregates;
    private final Clock clock;

    SessionService(
            ActivitySessionRepository sessions,
            ShoeRepository shoes,
            ShoeService shoeService,
            PlanService plans,
            Trash trash,
            JdbcAggregateOperations aggregates,
            Clock clock,
            LogRows rows) {
        this.sessions = sessions;
        this.rows = rows;
        this.shoes = shoes;
        this.shoeService = shoeService;
        this.plans = plans;
        this.trash = trash;
        this.aggregates = aggregates;
        this.clock = clock;
    }

    @Transactional
    public SessionView add(AccountId owner, SessionEntry entry) {
        return SessionView.of(sessions.save(session(null, owner, entry)));
    }

    @Transactional
    public SessionView update(AccountId owner, long id, SessionEntry entry) {
        return SessionView.of(sessions.save(session(own(owner, id), owner, entry)));
    }

    /** Deletes a session, keeping it in the trash for a day ({@link #restore}); answers it as it was. */
    @Transactional
    public SessionView delete(AccountId owner, long id) {
        StoredSession session = own(owner, id);
        if (!sessions.deleteByIdAndAccountId(id, owner.value())) {
            throw new NotFoundException("session", id);
        }
        trash.put(owner.value(), Trash.Kind.SESSION, id, session, clock.instant());
        return SessionView.of(session);
    }

    /**
     * Puts a session deleted in the last day back, with its id, its import and all it was logged
     * with; a pair of shoes deleted since is left out (as deleting the shoes does to their sessions).
     */
    @Transactional
    public SessionView restore(AccountId owner, long id) {
        StoredSession deleted = trash.take(owner.value(), Trash.Kind.SESSION, id, StoredSession.class, clock.instant())
                .orElseThrow(() -> Trash.notThere("session", id));
        Long shoeId = deleted.shoeId() != null
                        && shoes.findByIdAndAccountId(deleted.shoeId(), owner.value())
                                .isPresent()
                ? deleted.shoeId()
                : null;
        Long importId = deleted.importId() != null && sessions.importExists(deleted.importId(), owner.value())
                ? deleted.importId()
                : null;
        return SessionView.of(aggregates.insert(deleted.restored(shoeId, importId)));
    }

    /**
     * A session, new ({@code id} null) or changed, in a new pair of shoes: the pair and the session
     * are saved together or not at all.
     */
    @Transactional
    public SessionView saveInNewShoes(AccountId owner, Long id, SessionEntry entry, ShoeEntry newShoes) {
        SessionEntry inThem = entry.withShoeId(shoeService.add(owner, newShoes).id());
        return id == null ? add(owner, inThem) : update(owner, id, inThem);
    }

    /** The account's latest session of {@code activity}, if any. */
    public Optional<SessionView> latest(AccountId owner, Activity activity) {
        return sessions.findFirstByAccountIdAndActivityOrderByDateDescIdDesc(owner.value(), activity)
                .map(SessionView::of);
    }

    public SessionView find(AccountId owner, long id) {
        return SessionView.of(own(owner, id));
    }

    /** The sessions dated {@code from} to {@code to} (both included), oldest first. */
    public List<SessionView> between(AccountId owner, LocalDate from, LocalDate to) {
        return sessions.findByAccountIdAndDateBetweenOrderByDateAscIdAsc(owner.value(), from, to).stream()
                .map(SessionView::of)
                .toList();
    }

    /** Every session of the account, oldest first. */
    public List<SessionView> all(AccountId owner) {
        return rows.sessions(owner.value());
    }

    // --- imported sessions ----------------------------------------------------------------------

    /** The unit a session of {@code activity} is logged in: the plan's for its target activity, else the default. */
    public VolumeUnit unitFor(AccountId owner, Activity activity) {
        return defaultUnit(owner, activity);
    }

    /** True when the account has a session of this activity that started within {@code tolerance} of {@code start}. */
    public boolean hasSameActivity(AccountId owner, Activity activity, Instant start, Duration tolerance) {
        return sessions.existsByAccountIdAndActivityAndStartedAtBetween(
                owner.value(), activity, start.minus(tolerance), start.plus(tolerance));
    }

    /**
     * Stores an imported activity as a session without pain scores. Its volume is in the unit the
     * plan uses for the activity (or the activity's default): kilometres, or minutes.
     */
    @Transactional
    public SessionView addImported(AccountId owner, ImportedSession entry) {
        VolumeUnit unit = entry.unit() != null ? entry.unit() : defaultUnit(owner, entry.activity());
        BigDecimal minutes = entry.durationSec() == null
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(entry.durationSec()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
        BigDecimal km = entry.distanceKm() == null ? BigDecimal.ZERO : entry.distanceKm();
        BigDecimal volume = switch (unit) {
            case KM -> km.setScale(2, RoundingMode.HALF_UP);
            case MINUTES -> minutes;
            case JUMPS -> BigDecimal.ZERO;
        };
        String source = entry.source() == null || entry.source().isBlank() ? "import" : entry.source();
        if (source.length() > 255) {
            source = source.substring(source.length() - 255);
        }
        return SessionView.of(sessions.save(new StoredSession(
                null,
                owner.value(),
                entry.date(),
                entry.activity(),
                volume,
                unit,
                null,
                null,
                null,
                entry.durationSec(),
                entry.distanceKm() == null || km.signum() == 0 ? null : km.setScale(3, RoundingMode.HALF_UP),
                entry.avgPaceSecPerKm(),
                null,
                null,
                null,
                source,
                clock.instant(),
                entry.startedAt(),
                entry.importId())));
    }

    /** The first {@code limit} sessions an import brought in, newest first (the latest start first in a day). */
    public List<SessionView> importedBy(AccountId owner, long importId, int limit) {
        return sessions
                .findByAccountIdAndImportIdOrderByDateDescStartedAtDescIdDesc(owner.value(), importId, Limit.of(limit))
                .stream()
                .map(SessionView::of)
                .toList();
    }

    /**
     * Adds the pain scores a session lacks: the pain during (and after, unless it is left for later)
     * to an imported one not rated yet, the pain after to one logged without it. A score given for a
     * session that has one replaces it; one not given keeps what is stored.
     */
    @Transactional
    public SessionView ratePain(AccountId owner, long id, Integer painDuring, Integer painAfter) {
        StoredSession session = own(owner, id);
        List<FieldProblem> problems = new ArrayList<>();
        if (painDuring != null && !PainScore.isValid(painDuring)) {
            problems.add(new FieldProblem("painDuring", PainScore.OUT_OF_RANGE));
        }
        if (painAfter != null && !PainScore.isValid(painAfter)) {
            problems.add(new FieldProblem("painAfter", PainScore.OUT_OF_RANGE));
        }
        Integer during = painDuring != null ? painDuring : session.painDuring();
        if (during == null) {
            problems.add(new FieldProblem("painDuring", "is required"));
        } else if (painDuring == null && painAfter == null) {
            problems.add(new FieldProblem("painAfter", "is required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        return SessionView.of(
                sessions.save(session.rated(during, painAfter != null ? painAfter : session.painAfter())));
    }

    /** Sessions of {@code activity} from {@code from} on that have no pain scores yet, oldest first. */
    public List<SessionView> unrated(AccountId owner, Activity activity, LocalDate from) {
        return sessions
                .findByAccountIdAndActivityAndPainDuringIsNullAndDateGreaterThanEqualOrderByDateAscIdAsc(
                        owner.value(), activity, from)
                .stream()
                .map(SessionView::of)
                .toList();
    }

    // --- mapping --------------------------------------------------------------------------------

    /** A session as stored from an entry; changing {@code existing} (null for a new one) keeps its identity and origin. */
    private StoredSession session(StoredSession existing, AccountId owner, SessionEntry entry) {
        VolumeUnit unit = entry.unit() != null ? entry.unit() : defaultUnit(owner, entry.activity());
        if (entry.volume().compareTo(BigDecimal.valueOf(Plausible.sessionVolume(unit))) > 0) {
            throw new InvalidFieldException("volume", Plausible.sessionVolumeProblem(unit));
        }
        Shoe shoe = null;
        if (entry.shoeId() != null) {
            shoe = shoes.findByIdAndAccountId(entry.shoeId(), owner.value())
                    .orElseThrow(() -> new InvalidFieldException("shoeId", "is not one of your shoes"));
        }
        String shoeName = entry.shoes() != null ? entry.shoes() : shoe == null ? null : shoe.name();
        return new StoredSession(
                existing == null ? null : existing.id(),
                owner.value(),
                entry.date(),
                entry.activity(),
                entry.volume(),
                unit,
                entry.rpe(),
                entry.painDuring(),
                entry.painAfter(),
                entry.durationMin() == null ? null : entry.durationMin() * 60,
                unit == VolumeUnit.KM ? entry.volume() : null,
                entry.avgPaceSecPerKm(),
                Values.blankToNull(entry.surface()),
                shoe == null ? null : shoe.id(),
                Values.blankToNull(shoeName),
                existing == null ? StoredSession.MANUAL : existing.source(),
                existing == null ? clock.instant() : existing.createdAt(),
                existing == null ? null : existing.startedAt(),
                existing == null ? null : existing.importId());
    }

    private VolumeUnit defaultUnit(AccountId owner, Activity activity) {
        return plans.active(owner)
                .filter(p -> p.entry().targetActivity() == activity)
                .map(p -> p.entry().unit())
                .orElse(
                        switch (activity) {
                            case RUN, WALK, HIKE, CYCLE, SWIM -> VolumeUnit.KM;
                            case JUMP_SPORT, OTHER -> VolumeUnit.MINUTES;
                        });
    }

    private StoredSession own(AccountId owner, long id) {
        return sessions.findByIdAndAccountId(id, owner.value()).orElseThrow(() -> new NotFoundException("session", id));
    }
}
