package dev.reload.advice.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.reload.knee.ExerciseLibrary;
import dev.reload.knee.Phase;
import dev.reload.knee.Severity;

/**
 * The adviser: a pure function of a plan, a log and a day (rules.md). It indexes the log once,
 * walks the plan week by week (R3, R4), then applies the day's rules (R1, R5, R7, R8) in their
 * fixed order. Same input, same advice; no clock inside.
 */
public final class AdviceEngine {

    /** The longest plan walked: 100 years of plan weeks. */
    public static final long MAX_PLAN_DAYS = 36_525;

    private final ExerciseLibrary library;

    public AdviceEngine(ExerciseLibrary library) {
        this.library = Objects.requireNonNull(library, "library");
    }

    public ExerciseLibrary library() {
        return library;
    }

    /** The advice for {@code input} as of {@code asOf}; entries dated after {@code asOf} are not yet known. */
    public Advice advise(AdviceInput input, LocalDate asOf) {
        return advise(index(input), asOf);
    }

    /** Sorts and indexes the log once, for advice on several days. */
    public IndexedLog index(AdviceInput input) {
        return new IndexedLog(input);
    }

    public Advice advise(IndexedLog indexed, LocalDate asOf) {
        Objects.requireNonNull(indexed, "indexed");
        Objects.requireNonNull(asOf, "asOf");
        AdviceInput input = indexed.input;
        Plan plan = input.plan();
        if (ChronoUnit.DAYS.between(plan.startDate(), asOf) > MAX_PLAN_DAYS) {
            throw new IllegalArgumentException("asOf is more than 100 years after the plan's start");
        }
        Knobs knobs = input.knobs().withStepPercent(plan.progressionPercent());
        LogIndex log = new LogIndex(indexed.sorted, asOf);
        WeeklyReview.Result review = WeeklyReview.run(plan, knobs, log, Rules.WEEK_RULES);
        Situation situation = new Situation(input, asOf, knobs, log, review, library);

        AdviceDraft draft = new AdviceDraft();
        draft.findings.addAll(review.findings());
        if (review.escalation() != Escalation.NONE) {
            draft.escalate(review.escalation());
            if (draft.findings.stream().noneMatch(f -> f.rule().equals(RepeatRedRule.ID))) {
                draft.add(new Finding(
                        RepeatRedRule.ID,
                        Severity.HIGH,
                        "Still settling after two weeks in a row that the knee did not tolerate: a clinician's"
                                + " view is recommended.",
                        Sources.SILBERNAGEL_2007));
            }
        }
        lastSessionJudgedWithoutAReport(log, draft);
        for (AdviceRule rule : Rules.ADVICE_RULES) {
            rule.apply(situation, draft);
        }

        Phase phase = review.phase();
        WeeklyDose nextWeek = draft.escalation == Escalation.URGENT || draft.noImpactDose
                ? null
                : new WeeklyDose(
                        review.nextWeek(),
                        plan.targetActivity(),
                        review.dose().volume(),
                        plan.unit(),
                        review.dose().decision());
        Light light = draft.escalation != Escalation.NONE ? Light.RED : recentLight(log);
        return new Advice(
                asOf,
                phase,
                light,
                draft.escalation,
                lastSessionResponse(log),
                nextWeek,
                nextWeek == null ? null : draft.nextSession,
                draft.strength,
                draft.contributors,
                draft.findings,
                library.programmeFor(plan.condition()).narrowedTo(knobs.exercises()));
    }

    /**
     * The plan weeks from the first to the one holding {@code asOf}, as the weekly review walks them
     * for the advice of {@code asOf} (the same doses, phases and R1 classes).
     */
    public List<PlanWeek> planWeeks(IndexedLog indexed, LocalDate asOf) {
        Objects.requireNonNull(indexed, "indexed");
        Objects.requireNonNull(asOf, "asOf");
        Plan plan = indexed.input.plan();
        if (ChronoUnit.DAYS.between(plan.startDate(), asOf) > MAX_PLAN_DAYS) {
            throw new IllegalArgumentException("asOf is more than 100 years after the plan's start");
        }
        Knobs knobs = indexed.input.knobs().withStepPercent(plan.progressionPercent());
        List<PlanWeek> weeks = new ArrayList<>();
        WeeklyReview.run(plan, knobs, new LogIndex(indexed.sorted, asOf), Rules.WEEK_RULES, weeks);
        return List.copyOf(weeks);
    }

    /** The worst R1 class of the target sessions of the last 7 days (PENDING as GREEN; none: GREEN). */
    static Light recentLight(LogIndex log) {
        Light light = Light.GREEN;
        for (int i = LogIndex.lowerBound(log.targetDay, log.asOf - 7); i < log.targets; i++) {
            light = light.worse(Light.of(TwentyFourHourResponse.classify(log, i, log.asOf)));
        }
        return light;
    }

    /** R1: the last target session judged GREEN without its next morning or its pain after says so. */
    static void lastSessionJudgedWithoutAReport(LogIndex log, AdviceDraft draft) {
        int last = log.targets - 1;
        if (last < 0 || TwentyFourHourResponse.classify(log, last, log.asOf) != Response.GREEN) {
            return;
        }
        TwentyFourHourResponse.Unreported without = TwentyFourHourResponse.judgedWithout(log, last, log.asOf);
        if (without == TwentyFourHourResponse.Unreported.NOTHING) {
            return;
        }
        Finding finding = TwentyFourHourResponse.judgedWithout(LocalDate.ofEpochDay(log.targetDay[last]), without)
                .toFinding();
        if (!draft.findings.contains(finding)) {
            draft.add(finding);
        }
    }

    static Response lastSessionResponse(LogIndex log) {
        int last = log.targets - 1;
        return last < 0 ? null : TwentyFourHourResponse.classify(log, last, log.asOf);
    }
}
