package dev.reload.advice.engine;

import java.util.List;

/**
 * Every rule of the adviser, in the one fixed order it is applied (rules.md ids in the comments).
 */
final class Rules {

    /** Judged when each plan week ends; among the dose proposals the most conservative wins. */
    static final List<WeekRule> WEEK_RULES = List.of(
            new SettleGate(), // R4.settle, R4.return
            new RepeatRedRule(), // R3.repeat-red
            new BackOffRule(), // R3.backoff
            new DeloadRule(), // R3.deload
            new HoldRule(), // R3.hold
            new ProgressRule(), // R3.progress
            new OneVariableRule(), // R3.one-variable
            new MissingMorningRule()); // R3.hold (pending), R1 (judged without next morning)
    // R3.goal and R4.maintain: GoalRule, applied to the winning dose.

    /** Decides each exercise of the log; the first that decides wins. */
    static final List<ExerciseRule> EXERCISE_RULES = List.of(
            new NoImpactRule(), // R7.bone-stress
            new StrengthRegressRule(), // R5.regress
            new StrengthHoldRule(), // R5.hold
            new StrengthProgressRule()); // R5.progress

    /** Applied to the day once the weeks are judged. */
    static final List<AdviceRule> ADVICE_RULES = List.of(
            new UrgentRule(), // R7.urgent
            new ClinicianRule(), // R7.clinician
            new BoneStressRule(), // R7.bone-stress
            new AssessRule(), // R7.assess
            new NonResponseRule(), // R7.nonresponse
            new StopRule(), // R1.stop
            new StrengthCoach(EXERCISE_RULES), // R5.progress, R5.hold, R5.regress
            new StrengthMaintainRule(), // R5.maintain
            new HipRule(), // R8.hip
            new QuadricepsRule(), // R8.quadriceps
            new TightnessRule(), // R8.tightness
            new TrainingErrorRule(), // R8.training-error (uses R6, dev.reload.advice.engine.load)
            new GearRule(), // R8.gear
            new WholeBodyRule(), // R8.whole-body
            new NextSessionRule()); // R3.next-session (last: it needs the day's escalation)

    private Rules() {}
}
