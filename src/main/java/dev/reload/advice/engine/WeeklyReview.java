package dev.reload.advice.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.reload.knee.Phase;

/**
 * Walks the plan week by week from its start to {@code asOf}: each ended week is judged by the
 * week rules (R3, R4) and the winning dose becomes the next week's. The week holding
 * {@code asOf} (when {@code asOf} is not its first day) is judged on what is logged so far.
 */
final class WeeklyReview {

    /**
     * The outcome of the walk.
     *
     * @param nextWeek the plan week the dose is for
     * @param dose the dose for that week
     * @param findings the findings of the last judged week
     * @param escalation escalation still standing from R3.repeat-red
     * @param firstWeek stats of plan week 1 (null before it ended)
     * @param lastEnded stats of the last plan week that has ended (null if none)
     * @param targetSessionsToLastEnded target sessions logged from the start to the end of {@code lastEnded}
     * @param currentWeek the plan week holding {@code asOf} (1 before the plan starts)
     * @param inForce the dose in force for {@code currentWeek} (R3.next-session)
     */
    record Result(
            int nextWeek,
            WeekVerdict.Dose dose,
            List<Finding> findings,
            Escalation escalation,
            WeekStats firstWeek,
            WeekStats lastEnded,
            int targetSessionsToLastEnded,
            int currentWeek,
            WeekVerdict.Dose inForce) {

        Phase phase() {
            return dose.phase();
        }
    }

    static Result run(Plan plan, Knobs knobs, LogIndex log, List<WeekRule> rules) {
        return run(plan, knobs, log, rules, null);
    }

    /** The walk, adding each plan week walked to {@code walked} when it is not null. */
    static Result run(Plan plan, Knobs knobs, LogIndex log, List<WeekRule> rules, List<PlanWeek> walked) {
        long start = plan.startDate().toEpochDay();
        long days = log.asOf - start;
        int nextWeek = days <= 0 ? 1 : (int) (days / 7) + (days % 7 == 0 ? 1 : 2);
        int currentWeek = days <= 0 ? 1 : (int) (days / 7) + 1;

        Phase phase = plan.initialPhase() == null ? Phase.SETTLE : plan.initialPhase();
        WeekVerdict.Dose dose = new WeekVerdict.Dose(
                0,
                phase,
                phase == Phase.SETTLE ? DoseDecision.SETTLE : DoseDecision.START,
                SettleGate.startingVolume(plan),
                Escalation.NONE,
                null);
        double prescribed = plan.tolerableDose() == null ? Double.NaN : dose.volume();
        double lastAllGreen = Double.NaN;
        double preDeload = Double.NaN;
        boolean deloadWeek = false;
        int redStreak = 0;
        int goalWeeks = 0;
        int maintainWeek = phase == Phase.MAINTAIN ? 1 : 0;
        int buildWeeks = 0;
        Escalation escalation = Escalation.NONE;
        WeekStats previous = null;
        WeekStats first = null;
        WeekStats lastEnded = null;
        int sessionsToLastEnded = 0;
        List<Reason> findings = new ArrayList<>();
        List<WeekVerdict.Dose> proposals = new ArrayList<>();
        int firstTarget = LogIndex.lowerBound(log.targetDay, start);
        int cursor = firstTarget;
        WeekVerdict.Dose inForce = null;

        for (int n = 1; n < nextWeek; n++) {
            if (n == currentWeek) {
                inForce = dose; // the week holding asOf is judged so far below; its own dose was set before
            }
            long firstDay = start + 7L * (n - 1);
            long judgeDay = Math.min(firstDay + 7, log.asOf);
            WeekStats week = WeekStats.of(log, n, firstDay, judgeDay, cursor);
            cursor = week.end();
            boolean ended = firstDay + 7 <= log.asOf;
            if (ended) {
                lastEnded = week;
                sessionsToLastEnded = week.end() - firstTarget;
                if (n == 1) {
                    first = week;
                }
            }
            if (week.strengthDays() >= SettleGate.BUILD_SESSIONS_PER_WEEK) {
                buildWeeks++;
            }
            redStreak = phase != Phase.SETTLE && week.anyRed() ? redStreak + 1 : 0;
            WeekContext context = new WeekContext(
                    plan,
                    knobs,
                    week,
                    previous,
                    phase,
                    redStreak,
                    lastAllGreen,
                    prescribed,
                    maintainWeek,
                    deloadWeek,
                    preDeload,
                    buildWeeks);

            findings.clear();
            proposals.clear();
            WeekVerdict.Dose best = null;
            for (WeekRule rule : rules) {
                var verdict = rule.judge(context);
                if (verdict.isEmpty()) {
                    continue;
                }
                if (verdict.get() instanceof WeekVerdict.Dose d) {
                    proposals.add(d);
                    if (best == null
                            || d.rank() < best.rank()
                            || d.rank() == best.rank() && d.volume() < best.volume()) {
                        best = d;
                    }
                } else {
                    findings.add(verdict.get().reason());
                }
            }
            for (WeekVerdict.Dose d : proposals) {
                if (d.rank() <= best.rank() || d.decision() == best.decision() && d.volume() == best.volume()) {
                    findings.add(d.reason());
                }
            }
            best = GoalRule.cap(context, best, findings);
            if (walked != null) {
                walked.add(planWeek(plan, knobs, week, phase, dose, prescribed, lastAllGreen, ended));
            }

            // remember what the next week needs
            if (phase == Phase.RETURN && best.phase() == Phase.RETURN) {
                goalWeeks = GoalRule.atGoal(week, plan) ? goalWeeks + 1 : 0;
                if (goalWeeks >= GoalRule.WEEKS_AT_GOAL
                        && (best.decision() == DoseDecision.PROGRESS || best.decision() == DoseDecision.HOLD)) {
                    best = best.withPhase(Phase.MAINTAIN);
                    findings.removeIf(f -> f.rule().equals(GoalRule.ID));
                    findings.addAll(GoalRule.enterMaintain(context));
                }
            } else {
                goalWeeks = 0;
            }
            if (best.phase() == Phase.SETTLE && phase != Phase.SETTLE) {
                escalation = best.escalation();
            } else if (best.phase() != Phase.SETTLE) {
                escalation = Escalation.NONE;
            }
            if (best.phase() != phase) {
                redStreak = 0;
            }
            maintainWeek = best.phase() == Phase.MAINTAIN ? (phase == Phase.MAINTAIN ? maintainWeek + 1 : 1) : 0;
            deloadWeek = best.decision() == DoseDecision.DELOAD;
            if (deloadWeek) {
                preDeload = context.volume();
            }
            if (week.allGreen()) {
                lastAllGreen = week.volume();
            }
            phase = best.phase();
            prescribed = best.volume();
            previous = week;
            dose = best;
        }
        if (walked != null && days >= 0 && days % 7 == 0) {
            // asOf is the first day of a plan week: that week has begun and holds the dose just decided
            long firstDay = start + 7L * (currentWeek - 1);
            WeekStats week = WeekStats.of(log, currentWeek, firstDay, log.asOf, cursor);
            walked.add(planWeek(plan, knobs, week, phase, dose, prescribed, lastAllGreen, false));
        }
        return new Result(
                nextWeek,
                dose,
                findings.stream().map(Reason::toFinding).toList(),
                escalation,
                first,
                lastEnded,
                sessionsToLastEnded,
                currentWeek,
                inForce == null ? dose : inForce);
    }

    private static PlanWeek planWeek(
            Plan plan,
            Knobs knobs,
            WeekStats week,
            Phase phase,
            WeekVerdict.Dose dose,
            double prescribed,
            double lastAllGreen,
            boolean ended) {
        boolean tried = !Double.isNaN(prescribed) && prescribed > 0;
        boolean guarded = !Double.isNaN(lastAllGreen);
        return new PlanWeek(
                week.week(),
                LocalDate.ofEpochDay(week.firstDay()),
                phase,
                tried ? prescribed : null,
                dose.decision(),
                week.volume(),
                week.sessions(),
                week.green(),
                week.amber(),
                week.red(),
                week.pending(),
                PlanWeek.lightOf(week),
                guarded ? lastAllGreen : null,
                guarded
                        ? ProgressRule.progressedVolume(
                                lastAllGreen, ProgressRule.step(knobs.stepPercent(), phase), plan.unit())
                        : null,
                week.strengthDays(),
                ended);
    }

    private WeeklyReview() {}
}
