package dev.reload.log;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.reload.account.AccountId;
import dev.reload.advice.engine.ActivitySession;
import dev.reload.advice.engine.CheckIn;
import dev.reload.advice.engine.StrengthSet;
import dev.reload.knee.Activity;
import dev.reload.knee.ExerciseLibrary;
import dev.reload.knee.PainScore;
import dev.reload.knee.VolumeUnit;
import dev.reload.plan.PlanService;
import dev.reload.system.web.InvalidFieldException;
import dev.reload.system.web.NotFoundException;

/**
 * The person's log: activity sessions, morning check-ins, strength work and shoes. Every read and
 * write is for one account; another account's id answers as not found.
 */
@Service
public class LogService {

    private final ActivitySessionRepository sessions;
    private final CheckInRepository checkIns;
    private final StrengthSetRepository strength;
    private final ShoeRepository shoes;
    private final ExerciseLibrary library;
    private final PlanService plans;
    private final Clock clock;

    LogService(
            ActivitySessionRepository sessions,
            CheckInRepository checkIns,
            StrengthSetRepository strength,
            ShoeRepository shoes,
            ExerciseLibrary library,
            PlanService plans,
            Clock clock) {
        this.sessions = sessions;
        this.checkIns = checkIns;
        this.strength = strength;
        this.shoes = shoes;
        this.library = library;
        this.plans = plans;
        this.clock = clock;
    }

    /** A session as the API lists it (api.md, GET /api/v1/sessions), with the extra fields it was logged with. */
    public record SessionView(
            long id,
            LocalDate date,
            Activity activity,
            BigDecimal volume,
            VolumeUnit unit,
            Integer durationSec,
            BigDecimal distanceKm,
            Integer rpe,
            Integer painDuring,
            Integer painAfter,
            String source,
            String surface,
            String shoes,
            Long shoeId,
            Integer avgPaceSecPerKm) {}

    public record CheckInView(
            long id,
            LocalDate date,
            Integer morningPain,
            Integer morningStiffness,
            BigDecimal sleepHours,
            Integer stress,
            String notes) {}

    public record StrengthView(
            long id,
            LocalDate date,
            String exercise,
            int sets,
            int reps,
            BigDecimal loadKg,
            Integer holdSec,
            String tempo,
            int painDuring) {}

    /** A pair of shoes with the kilometres it has done (before Reload plus the sessions logged in it). */
    public record ShoeView(
            long id, String name, LocalDate startedOn, BigDecimal startKm, LocalDate retiredOn, BigDecimal totalKm) {}

    /** The whole log in the adviser's terms. */
    public record EngineLog(List<ActivitySession> sessions, List<CheckIn> checkIns, List<StrengthSet> strength) {}

    // --- sessions -------------------------------------------------------------------------------

    @Transactional
    public SessionView addSession(AccountId owner, SessionEntry entry) {
        return sessionView(sessions.save(session(null, owner, entry)));
    }

    @Transactional
    public SessionView updateSession(AccountId owner, long id, SessionEntry entry) {
        return sessionView(sessions.save(session(ownSession(owner, id), owner, entry)));
    }

    @Transactional
    public void deleteSession(AccountId owner, long id) {
        sessions.delete(ownSession(owner, id));
    }

    public SessionView session(AccountId owner, long id) {
        return sessionView(ownSession(owner, id));
    }

    public List<SessionView> sessions(AccountId owner, LocalDate from, LocalDate to) {
        return sessions.findByAccountIdAndDateBetweenOrderByDateAscIdAsc(owner.value(), from, to).stream()
                .map(LogService::sessionView)
                .toList();
    }

    // --- imported sessions ----------------------------------------------------------------------

    /**
     * An activity read from a file, in the log's terms. {@code unit} null: the plan's unit for its
     * activity, else KM for distance sports and MINUTES for the rest.
     */
    public record ImportedSession(
            LocalDate date,
            Activity activity,
            Instant startedAt,
            Integer durationSec,
            BigDecimal distanceKm,
            Integer avgPaceSecPerKm,
            String source,
            VolumeUnit unit) {}

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
        return sessionView(sessions.save(new StoredSession(
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
                entry.startedAt())));
    }

    /** Adds the pain during and after to a session (an imported one not rated yet, or any other). */
    @Transactional
    public SessionView ratePain(AccountId owner, long id, int painDuring, int painAfter) {
        if (painDuring < 0 || painDuring > 10) {
            throw new InvalidFieldException("painDuring", "must be 0–10");
        }
        if (painAfter < 0 || painAfter > 10) {
            throw new InvalidFieldException("painAfter", "must be 0–10");
        }
        return sessionView(sessions.save(ownSession(owner, id).rated(painDuring, painAfter)));
    }

    /** Sessions of {@code activity} from {@code from} on that have no pain scores yet, oldest first. */
    public List<SessionView> unrated(AccountId owner, Activity activity, LocalDate from) {
        return sessions
                .findByAccountIdAndActivityAndPainDuringIsNullAndDateGreaterThanEqualOrderByDateAscIdAsc(
                        owner.value(), activity, from)
                .stream()
                .map(LogService::sessionView)
                .toList();
    }

    // --- check-ins ------------------------------------------------------------------------------

    @Transactional
    public CheckInView addCheckIn(AccountId owner, CheckInEntry entry) {
        return checkInView(checkIns.save(checkIn(null, owner, entry)));
    }

    @Transactional
    public CheckInView updateCheckIn(AccountId owner, long id, CheckInEntry entry) {
        return checkInView(checkIns.save(checkIn(ownCheckIn(owner, id), owner, entry)));
    }

    @Transactional
    public void deleteCheckIn(AccountId owner, long id) {
        checkIns.delete(ownCheckIn(owner, id));
    }

    public CheckInView checkIn(AccountId owner, long id) {
        return checkInView(ownCheckIn(owner, id));
    }

    public Optional<CheckInView> checkInOn(AccountId owner, LocalDate date) {
        return checkIns.findByAccountIdAndDate(owner.value(), date).map(LogService::checkInView);
    }

    public List<CheckInView> checkIns(AccountId owner, LocalDate from, LocalDate to) {
        return checkIns.findByAccountIdAndDateBetweenOrderByDateAsc(owner.value(), from, to).stream()
                .map(LogService::checkInView)
                .toList();
    }

    // --- strength -------------------------------------------------------------------------------

    @Transactional
    public StrengthView addStrength(AccountId owner, StrengthEntry entry) {
        return strengthView(strength.save(strengthSet(null, owner, entry)));
    }

    @Transactional
    public StrengthView updateStrength(AccountId owner, long id, StrengthEntry entry) {
        return strengthView(strength.save(strengthSet(ownStrength(owner, id), owner, entry)));
    }

    @Transactional
    public void deleteStrength(AccountId owner, long id) {
        strength.delete(ownStrength(owner, id));
    }

    public StrengthView strengthSet(AccountId owner, long id) {
        return strengthView(ownStrength(owner, id));
    }

    public List<StrengthView> strength(AccountId owner, LocalDate from, LocalDate to) {
        return strength.findByAccountIdAndDateBetweenOrderByDateAscIdAsc(owner.value(), from, to).stream()
                .map(LogService::strengthView)
                .toList();
    }

    // --- shoes ----------------------------------------------------------------------------------

    @Transactional
    public ShoeView addShoe(AccountId owner, ShoeEntry entry) {
        return shoeViews(owner, List.of(shoes.save(shoe(null, owner, entry)))).get(0);
    }

    @Transactional
    public ShoeView updateShoe(AccountId owner, long id, ShoeEntry entry) {
        ownShoe(owner, id);
        return shoeViews(owner, List.of(shoes.save(shoe(id, owner, entry)))).get(0);
    }

    @Transactional
    public void deleteShoe(AccountId owner, long id) {
        shoes.delete(ownShoe(owner, id));
    }

    public List<ShoeView> shoes(AccountId owner) {
        return shoeViews(owner, shoes.findByAccountIdOrderByStartedOnDesc(owner.value()));
    }

    // --- for the adviser ------------------------------------------------------------------------

    /**
     * Everything logged, as the engine reads it. Sessions without pain scores (imported, not rated
     * yet) are passed as unrated: they count for volume and load, their 24-hour response is pending.
     */
    public EngineLog engineLog(AccountId owner) {
        List<ActivitySession> activity = sessions.findByAccountIdOrderByDateAscIdAsc(owner.value()).stream()
                .map(s -> new ActivitySession(
                        s.date(),
                        s.activity(),
                        s.volume().doubleValue(),
                        s.rpe(),
                        s.painDuring() == null || s.painAfter() == null ? null : PainScore.of(s.painDuring()),
                        s.painDuring() == null || s.painAfter() == null ? null : PainScore.of(s.painAfter()),
                        s.durationSec() == null ? null : s.durationSec() / 60,
                        s.avgPaceSecPerKm(),
                        s.surface(),
                        s.shoes()))
                .toList();
        List<CheckIn> mornings = checkIns.findByAccountIdOrderByDateAsc(owner.value()).stream()
                .map(c -> new CheckIn(
                        c.date(),
                        PainScore.of(c.morningPain()),
                        c.morningStiffness() == null ? null : PainScore.of(c.morningStiffness())))
                .toList();
        List<StrengthSet> sets = strength.findByAccountIdOrderByDateAscIdAsc(owner.value()).stream()
                .map(s -> new StrengthSet(
                        s.date(),
                        s.exercise(),
                        s.sets(),
                        s.reps(),
                        s.loadKg().doubleValue(),
                        PainScore.of(s.painDuring()),
                        s.holdSec()))
                .toList();
        return new EngineLog(activity, mornings, sets);
    }

    // --- mapping --------------------------------------------------------------------------------

    /** A session as stored from an entry; changing {@code existing} (null for a new one) keeps its identity and origin. */
    private StoredSession session(StoredSession existing, AccountId owner, SessionEntry entry) {
        VolumeUnit unit = entry.unit() != null ? entry.unit() : defaultUnit(owner, entry.activity());
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
                blankToNull(entry.surface()),
                shoe == null ? null : shoe.id(),
                blankToNull(shoeName),
                existing == null ? StoredSession.MANUAL : existing.source(),
                existing == null ? clock.instant() : existing.createdAt(),
                existing == null ? null : existing.startedAt());
    }

    private VolumeUnit defaultUnit(AccountId owner, Activity activity) {
        return plans.active(owner)
                .filter(p -> p.plan().targetActivity() == activity)
                .map(p -> p.plan().unit())
                .orElse(
                        switch (activity) {
                            case RUN, WALK, HIKE, CYCLE, SWIM -> VolumeUnit.KM;
                            case JUMP_SPORT, OTHER -> VolumeUnit.MINUTES;
                        });
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
                blankToNull(entry.notes()),
                existing == null ? clock.instant() : existing.createdAt());
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
                blankToNull(entry.tempo()),
                entry.painDuring(),
                existing == null ? clock.instant() : existing.createdAt());
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

    private List<ShoeView> shoeViews(AccountId owner, List<Shoe> list) {
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

    private StoredSession ownSession(AccountId owner, long id) {
        return own(sessions.findByIdAndAccountId(id, owner.value()), "session", id);
    }

    private StoredCheckIn ownCheckIn(AccountId owner, long id) {
        return own(checkIns.findByIdAndAccountId(id, owner.value()), "check-in", id);
    }

    private StoredStrengthSet ownStrength(AccountId owner, long id) {
        return own(strength.findByIdAndAccountId(id, owner.value()), "strength entry", id);
    }

    private Shoe ownShoe(AccountId owner, long id) {
        return own(shoes.findByIdAndAccountId(id, owner.value()), "shoe", id);
    }

    private static <T> T own(Optional<T> found, String what, long id) {
        return found.orElseThrow(() -> new NotFoundException(what, id));
    }

    private static SessionView sessionView(StoredSession s) {
        return new SessionView(
                s.id(),
                s.date(),
                s.activity(),
                plain(s.volume()),
                s.unit(),
                s.durationSec(),
                plain(s.distanceKm()),
                s.rpe(),
                s.painDuring(),
                s.painAfter(),
                s.source(),
                s.surface(),
                s.shoes(),
                s.shoeId(),
                s.avgPaceSecPerKm());
    }

    private static CheckInView checkInView(StoredCheckIn c) {
        return new CheckInView(
                c.id(), c.date(), c.morningPain(), c.morningStiffness(), plain(c.sleepHours()), c.stress(), c.notes());
    }

    private static StrengthView strengthView(StoredStrengthSet s) {
        return new StrengthView(
                s.id(),
                s.date(),
                s.exercise(),
                s.sets(),
                s.reps(),
                plain(s.loadKg()),
                s.holdSec(),
                s.tempo(),
                s.painDuring());
    }

    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
