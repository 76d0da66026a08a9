package dev.reload.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import dev.reload.account.AccountId;
import dev.reload.account.PersonalClock;
import dev.reload.knee.Plausible;
import dev.reload.knee.RedFlag;
import dev.reload.system.web.InvalidFieldException;
import dev.reload.system.web.InvalidFieldException.FieldProblem;
import dev.reload.system.web.NotFoundException;

/** Keeps each account's plan (one active at a time) and its safety screens. */
@Service
public class PlanService {

    private final PlanRepository plans;
    private final ScreeningRepository screenings;
    private final JsonMapper json;
    private final Clock clock;
    private final PersonalClock personalClock;

    PlanService(
            PlanRepository plans,
            ScreeningRepository screenings,
            JsonMapper json,
            Clock clock,
            PersonalClock personalClock) {
        this.plans = plans;
        this.screenings = screenings;
        this.json = json;
        this.clock = clock;
        this.personalClock = personalClock;
    }

    /**
     * A stored plan as the API and pages show it, with its knobs ({@link PlanKnobs}; their step
     * and sessions a week are the entry's, their exercises empty for the whole programme).
     */
    public record PlanView(long id, PlanEntry entry, Instant createdAt, Instant endedAt, PlanKnobs knobs) {

        /** A plan whose knobs were never tuned. */
        public PlanView(long id, PlanEntry entry, Instant createdAt, Instant endedAt) {
            this(id, entry, createdAt, endedAt, PlanKnobs.defaultsOf(entry));
        }

        public boolean active() {
            return endedAt == null;
        }
    }

    /** A stored screen. */
    public record ScreeningView(long id, LocalDate answeredOn, List<RedFlag> redFlags) {}

    /** Starts a new plan for the account; the one it had before, if any, ends now. */
    @Transactional
    public PlanView create(AccountId owner, PlanEntry entry) {
        refuseImplausibleVolumes(entry);
        Instant now = clock.instant();
        plans.findFirstByAccountIdAndEndedAtIsNullOrderByIdDesc(owner.value())
                .ifPresent(previous -> plans.save(previous.ended(now)));
        StoredPlan saved = plans.save(new StoredPlan(
                null,
                owner.value(),
                entry.condition(),
                entry.targetActivity(),
                entry.unit(),
                entry.startDate(),
                entry.weeklyGoal(),
                entry.sessionsPerWeek(),
                entry.stepOrDefault(),
                entry.tolerableDose(),
                entry.phase(),
                entry.painOnset(),
                entry.assessment() == null ? null : json.writeValueAsString(entry.assessment()),
                now,
                null,
                PlanKnobs.DEFAULT_STOP_PAIN,
                PlanKnobs.DEFAULT_DELOAD_EVERY_WEEKS,
                PlanKnobs.DEFAULT_DELOAD_PERCENT,
                PlanKnobs.DEFAULT_STRENGTH_PROGRESS_PERCENT,
                PlanKnobs.DEFAULT_STRENGTH_REGRESS_PERCENT,
                null));
        return view(saved);
    }

    /**
     * The goal and the tolerable dose against their own unit's maximum ({@link Plausible}), which
     * the annotations, not knowing the unit, can only check against the largest of any unit.
     */
    private static void refuseImplausibleVolumes(PlanEntry entry) {
        List<FieldProblem> problems = new ArrayList<>();
        if (entry.weeklyGoal().compareTo(BigDecimal.valueOf(Plausible.weekVolume(entry.unit()))) > 0) {
            problems.add(new FieldProblem("weeklyGoal", Plausible.weekVolumeProblem(entry.unit())));
        }
        if (entry.tolerableDose() != null
                && entry.tolerableDose().compareTo(BigDecimal.valueOf(Plausible.sessionVolume(entry.unit()))) > 0) {
            problems.add(new FieldProblem("tolerableDose", Plausible.sessionVolumeProblem(entry.unit())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
    }

    /**
     * Adds, changes or (with null) removes the day the pain began on the active plan: What went
     * wrong looks at the weeks before it. It cannot be after the person's today.
     */
    @Transactional
    public PlanView changePainOnset(AccountId owner, LocalDate onset) {
        LocalDate today = personalClock.today(owner);
        StoredPlan active = plans.findFirstByAccountIdAndEndedAtIsNullOrderByIdDesc(owner.value())
                .orElseThrow(() -> new NotFoundException("active plan", "(none yet)"));
        if (onset != null && onset.isAfter(today)) {
            throw new InvalidFieldException("painOnset", "cannot be after today, " + today);
        }
        if (onset != null && onset.isBefore(Plausible.EARLIEST_DATE)) {
            throw new InvalidFieldException("painOnset", "must be on or after " + Plausible.EARLIEST_DATE);
        }
        return view(plans.save(active.withPainOnset(onset)));
    }

    /** The account's active plan: the one created last and not ended. */
    public Optional<PlanView> active(AccountId owner) {
        return plans.findFirstByAccountIdAndEndedAtIsNullOrderByIdDesc(owner.value())
                .map(this::view);
    }

    public PlanView find(AccountId owner, long id) {
        return plans.findByIdAndAccountId(id, owner.value())
                .map(this::view)
                .orElseThrow(() -> new NotFoundException("plan", id));
    }

    public List<PlanView> all(AccountId owner) {
        return plans.findByAccountIdOrderByIdDesc(owner.value()).stream()
                .map(this::view)
                .toList();
    }

    @Transactional
    public ScreeningView screen(AccountId owner, ScreeningEntry entry) {
        LocalDate answeredOn = entry.answeredOn() == null ? personalClock.today(owner) : entry.answeredOn();
        Set<RedFlag> flags = entry.flags().isEmpty() ? Set.of() : EnumSet.copyOf(entry.flags());
        StoredScreening saved = screenings.save(new StoredScreening(
                null,
                owner.value(),
                answeredOn,
                flags.stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                clock.instant()));
        return screeningView(saved);
    }

    public List<ScreeningView> screenings(AccountId owner) {
        return screenings.findByAccountIdOrderByAnsweredOnDescIdDesc(owner.value()).stream()
                .map(PlanService::screeningView)
                .toList();
    }

    public Optional<ScreeningView> latestScreening(AccountId owner) {
        return screenings
                .findFirstByAccountIdOrderByAnsweredOnDescIdDesc(owner.value())
                .map(PlanService::screeningView);
    }

    /**
     * The screen in force on {@code asOf}: the latest answered by then, else the latest of all (a
     * later answer re-screens at once; the adviser ignores one answered after {@code asOf}); empty
     * when the account was never screened.
     */
    public Optional<ScreeningView> screeningFor(AccountId owner, LocalDate asOf) {
        return inForce(screenings(owner), asOf);
    }

    /** The screen in force on {@code asOf} among an account's screens, newest first (see above). */
    public static Optional<ScreeningView> inForce(List<ScreeningView> all, LocalDate asOf) {
        return all.stream()
                .filter(s -> !s.answeredOn().isAfter(asOf))
                .findFirst()
                .or(() -> all.stream().findFirst());
    }

    PlanView view(StoredPlan stored) {
        AssessmentEntry assessment =
                stored.assessmentJson() == null ? null : json.readValue(stored.assessmentJson(), AssessmentEntry.class);
        PlanEntry entry = new PlanEntry(
                stored.condition(),
                stored.targetActivity(),
                stored.unit(),
                stored.startDate(),
                strip(stored.weeklyGoal()),
                stored.sessionsPerWeek(),
                strip(stored.progressionPercent()),
                strip(stored.tolerableDose()),
                stored.initialPhase(),
                stored.painOnset(),
                assessment);
        return new PlanView(stored.id(), entry, stored.createdAt(), stored.endedAt(), stored.knobs());
    }

    private static ScreeningView screeningView(StoredScreening stored) {
        List<RedFlag> flags = stored.redFlags().isBlank()
                ? List.of()
                : Arrays.stream(stored.redFlags().split(","))
                        .map(RedFlag::valueOf)
                        .toList();
        return new ScreeningView(stored.id(), stored.answeredOn(), flags);
    }

    private static BigDecimal strip(BigDecimal value) {
        return value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
    }
}
