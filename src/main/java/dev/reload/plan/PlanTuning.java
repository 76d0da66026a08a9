package dev.reload.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.reload.account.AccountId;
import dev.reload.account.AccountService;
import dev.reload.account.AccountService.AccountView;
import dev.reload.knee.ExerciseLibrary;
import dev.reload.knee.Knob;
import dev.reload.knee.Programme;
import dev.reload.plan.PlanService.PlanView;
import dev.reload.system.web.InvalidFieldException;
import dev.reload.system.web.InvalidFieldException.FieldProblem;
import dev.reload.system.web.NotFoundException;

/**
 * The knobs of an account's active plan (rules.md: each within its bounds, {@link Knob}): what they
 * are, changing them with a record of each change (who, when, the value before and after), and
 * checking proposed values without storing them (for a what-if). Who may change whose plan is the
 * caller's to decide; this service trusts the actor it is given.
 */
@Service
public class PlanTuning {

    private final PlanRepository plans;
    private final KnobChangeRepository changes;
    private final PlanService planService;
    private final AccountService accounts;
    private final ExerciseLibrary library;
    private final Clock clock;

    PlanTuning(
            PlanRepository plans,
            KnobChangeRepository changes,
            PlanService planService,
            AccountService accounts,
            ExerciseLibrary library,
            Clock clock) {
        this.plans = plans;
        this.changes = changes;
        this.planService = planService;
        this.accounts = accounts;
        this.library = library;
        this.clock = clock;
    }

    /**
     * The knobs of the account's active plan, with the exercises it uses named (all of its
     * programme's when none were chosen); empty without an active plan.
     */
    public Optional<PlanKnobs> knobs(AccountId owner) {
        return planService.active(owner).map(this::explicit);
    }

    /** The strength programme of the account's active plan, narrowed to the exercises it uses. */
    public Optional<Programme> programme(AccountId owner) {
        return planService
                .active(owner)
                .map(plan -> programmeOf(plan).narrowedTo(plan.knobs().exercises()));
    }

    /**
     * The active plan's knobs with {@code proposed} over them, each checked against its bounds and
     * nothing stored: for a what-if.
     *
     * @throws InvalidFieldException naming every knob outside its bounds (by {@link Knob#id()})
     * @throws NotFoundException when the account has no active plan
     */
    public PlanKnobs resolve(AccountId owner, ProposedKnobs proposed) {
        return resolve(active(owner), proposed);
    }

    /**
     * Changes the active plan's knobs to {@code proposed} (null values stay as they are) on behalf of
     * {@code actor}, and records one change per knob whose value differs, all in one transaction.
     * The adviser uses the new values from the next request on.
     *
     * @return the changes recorded, in {@link Knob} order (none when nothing differs)
     * @throws InvalidFieldException naming every knob outside its bounds; nothing is stored then
     * @throws NotFoundException when the account has no active plan
     */
    @Transactional
    public List<KnobChange> change(AccountId owner, AccountId actor, ProposedKnobs proposed) {
        PlanView plan = active(owner);
        PlanKnobs before = explicit(plan);
        PlanKnobs after = resolve(plan, proposed);
        Instant now = clock.instant();
        List<StoredKnobChange> recorded = new ArrayList<>();
        for (Knob knob : Knob.values()) {
            String from = before.value(knob);
            String to = after.value(knob);
            if (!from.equals(to)) {
                recorded.add(changes.save(
                        new StoredKnobChange(null, owner.value(), plan.id(), knob.id(), from, to, actor.value(), now)));
            }
        }
        if (!recorded.isEmpty()) {
            StoredPlan stored = plans.findByIdAndAccountId(plan.id(), owner.value())
                    .orElseThrow(() -> new NotFoundException("plan", plan.id()));
            plans.save(stored.tuned(stored(plan, after)));
        }
        return views(recorded);
    }

    /** The account's knob changes, newest first, each with the name of who made it. */
    @Transactional(readOnly = true)
    public List<KnobChange> changes(AccountId owner) {
        return views(changes.findByAccountIdOrderByChangedAtDescIdDesc(owner.value()));
    }

    private PlanView active(AccountId owner) {
        return planService.active(owner).orElseThrow(() -> new NotFoundException("active plan", "(none yet)"));
    }

    private Programme programmeOf(PlanView plan) {
        return library.programmeFor(plan.entry().condition());
    }

    /** The plan's knobs with its exercises named. */
    private PlanKnobs explicit(PlanView plan) {
        PlanKnobs knobs = plan.knobs();
        if (!knobs.exercises().isEmpty()) {
            return knobs;
        }
        return withExercises(knobs, programmeOf(plan).exercises());
    }

    /** The knobs as the plan keeps them: the whole programme as no choice. */
    private PlanKnobs stored(PlanView plan, PlanKnobs knobs) {
        return knobs.exercises().equals(programmeOf(plan).exercises()) ? withExercises(knobs, List.of()) : knobs;
    }

    private PlanKnobs resolve(PlanView plan, ProposedKnobs proposed) {
        List<FieldProblem> problems = new ArrayList<>();
        check(problems, Knob.STEP_PERCENT, proposed.stepPercent());
        check(problems, Knob.SESSIONS_PER_WEEK, whole(proposed.sessionsPerWeek()));
        check(problems, Knob.STOP_PAIN, whole(proposed.stopPain()));
        check(problems, Knob.DELOAD_EVERY_WEEKS, whole(proposed.deloadEveryWeeks()));
        check(problems, Knob.DELOAD_PERCENT, proposed.deloadPercent());
        check(problems, Knob.STRENGTH_PROGRESS_PERCENT, proposed.strengthProgressPercent());
        check(problems, Knob.STRENGTH_REGRESS_PERCENT, proposed.strengthRegressPercent());
        Programme programme = programmeOf(plan);
        List<String> exercises = proposed.exercises();
        if (exercises != null) {
            programme
                    .choiceProblem(exercises)
                    .ifPresent(problem -> problems.add(new FieldProblem(Knob.EXERCISES.id(), problem)));
            // the programme's order, whatever order the choice came in
            exercises =
                    programme.exercises().stream().filter(exercises::contains).toList();
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        PlanKnobs over = new ProposedKnobs(
                        proposed.stepPercent(),
                        proposed.sessionsPerWeek(),
                        proposed.stopPain(),
                        proposed.deloadEveryWeeks(),
                        proposed.deloadPercent(),
                        proposed.strengthProgressPercent(),
                        proposed.strengthRegressPercent(),
                        exercises)
                .over(explicit(plan));
        return over;
    }

    private static BigDecimal whole(Integer value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    private static void check(List<FieldProblem> problems, Knob knob, BigDecimal value) {
        if (value != null && !knob.allows(value)) {
            problems.add(new FieldProblem(knob.id(), knob.problem()));
        }
    }

    private static PlanKnobs withExercises(PlanKnobs k, List<String> exercises) {
        return new PlanKnobs(
                k.stepPercent(),
                k.sessionsPerWeek(),
                k.stopPain(),
                k.deloadEveryWeeks(),
                k.deloadPercent(),
                k.strengthProgressPercent(),
                k.strengthRegressPercent(),
                exercises);
    }

    private List<KnobChange> views(List<StoredKnobChange> stored) {
        Map<Long, Optional<AccountView>> actors = stored.stream()
                .map(StoredKnobChange::changedBy)
                .filter(id -> id != null)
                .distinct()
                .collect(Collectors.toMap(Function.identity(), id -> accounts.find(new AccountId(id))));
        return stored.stream()
                .map(c -> {
                    Optional<AccountView> actor = c.changedBy() == null ? Optional.empty() : actors.get(c.changedBy());
                    return new KnobChange(
                            c.id(),
                            Knob.byId(c.knob()).orElseThrow(),
                            c.oldValue(),
                            c.newValue(),
                            actor.map(AccountView::id).orElse(null),
                            actor.map(AccountView::displayName).orElse(null),
                            actor.map(AccountView::role).orElse(null),
                            c.changedAt());
                })
                .toList();
    }
}
