package dev.reload.advice.engine;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The adviser: a pure function of a plan, a log and a day (rules.md). It indexes the log once,
 * walks the plan week by week (R3, R4), then applies the day's rules (R1, R5, R7, R8) in their
 * fixed order. Same input, same advice; no clock inside.
 */
public final class AdviceEngine {

    private final ExerciseLibrary library;

    public AdviceEngine(ExerciseLibrary library) {
        this.library = Objects.requireNonNull(library, "library");
    }

    public ExerciseLibrary library() {
        return library;
    }

    public Advice advise(AdviceInput input, LocalDate asOf) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(asOf, "asOf");
        Plan plan = input.plan();
        Knobs knobs = input.knobs().withStepPercent(plan.progressionPercent());
        LogIndex log = new LogIndex(input, asOf);
        WeeklyReview.Result review = WeeklyReview.run(plan, knobs, log, Rules.WEEK_RULES);
        Situation situation = new Situation(input, asOf, knobs, log, review, library);

        AdviceDraft draft = new AdviceDraft();
        draft.findings.addAll(review.findings());
        if (review.escalation() != Escalation.NONE) {
            draft.escalate(review.escalation());
            if (draft.findings.stream().noneMatch(f -> f.rule().equals(RepeatRedRule.ID))) {
                draft.add(new Finding(RepeatRedRule.ID, Severity.HIGH,
                        "Still settling after two weeks in a row that the knee did not tolerate: a clinician's"
                                + " view is recommended.",
                        Sources.SILBERNAGEL_2007));
            }
        }
        for (AdviceRule rule : Rules.ADVICE_RULES) {
            rule.apply(situation, draft);
        }

        Phase phase = draft.noImpactDose ? Phase.SETTLE : review.phase();
        WeeklyDose nextWeek = draft.escalation == Escalation.URGENT || draft.noImpactDose ? null
                : new WeeklyDose(review.nextWeek(), plan.targetActivity(), review.dose().volume(), plan.unit(),
                        review.dose().decision());
        Light light = draft.escalation != Escalation.NONE ? Light.RED : recentLight(log);
        return new Advice(asOf, phase, light, draft.escalation, lastSessionResponse(log), nextWeek, draft.strength,
                draft.contributors, draft.findings, library.programmeFor(plan.condition()));
    }

    /** The worst R1 class of the target sessions of the last 7 days (PENDING as GREEN; none: GREEN). */
    static Light recentLight(LogIndex log) {
        Light light = Light.GREEN;
        for (int i = LogIndex.lowerBound(log.targetDay, log.asOf - 7); i < log.targetDay.length; i++) {
            light = light.worse(Light.of(TwentyFourHourResponse.classify(log, i, log.asOf)));
        }
        return light;
    }

    static Response lastSessionResponse(LogIndex log) {
        int last = log.targetDay.length - 1;
        return last < 0 ? null : TwentyFourHourResponse.classify(log, last, log.asOf);
    }
}
