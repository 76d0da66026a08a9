package dev.reload.advice.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dev.reload.account.AccountId;
import dev.reload.knee.Activity;
import dev.reload.knee.Condition;
import dev.reload.knee.Phase;
import dev.reload.knee.RedFlag;
import dev.reload.knee.VolumeUnit;
import dev.reload.log.CheckInEntry;
import dev.reload.log.CheckInService;
import dev.reload.log.ImportedSession;
import dev.reload.log.SessionEntry;
import dev.reload.log.SessionService;
import dev.reload.plan.PlanEntry;
import dev.reload.plan.PlanService;
import dev.reload.plan.ScreeningEntry;

/**
 * The states of Today (issue 10, point 8), each seeded into a fresh account through the services,
 * with dates counted back from that account's today: a runner in Return, 3 runs a week, goal 30 km,
 * 4 km tolerated at the start (so 12 km in week 1, about 4 km a run), mornings at 1 unless said.
 */
final class TodayStates {

    private final PlanService plans;
    private final SessionService sessions;
    private final CheckInService checkIns;

    TodayStates(PlanService plans, SessionService sessions, CheckInService checkIns) {
        this.plans = plans;
        this.sessions = sessions;
        this.checkIns = checkIns;
    }

    /** The plan starts today and nothing is logged: the first dose, and this morning's check-in to take. */
    void firstDose(AccountId me, LocalDate today) {
        returning(me, today);
    }

    /** A quiet run today: it waits for tomorrow morning's check-in. */
    void waitingForMorning(AccountId me, LocalDate today) {
        returning(me, today.minusDays(2));
        mornings(me, today.minusDays(2), today, 1);
        run(me, today, 4, 1, 1);
    }

    /** A quiet run two days ago, the mornings since as usual: green. */
    void green(AccountId me, LocalDate today) {
        returning(me, today.minusDays(3));
        mornings(me, today.minusDays(3), today, 1);
        run(me, today.minusDays(2), 4, 1, 1);
    }

    /** A run two days ago with pain 4 during it: amber, the next run holds at it. */
    void amber(AccountId me, LocalDate today) {
        returning(me, today.minusDays(3));
        mornings(me, today.minusDays(3), today, 1);
        run(me, today.minusDays(2), 4, 4, 2);
    }

    /** A run yesterday with pain 7 during and after it, and this morning at 4: red, rest from running. */
    void redRest(AccountId me, LocalDate today) {
        returning(me, today.minusDays(3));
        mornings(me, today.minusDays(3), today.minusDays(1), 1);
        morning(me, today, 4);
        run(me, today.minusDays(1), 4, 7, 7);
    }

    /** A run two days ago with pain 7, yesterday's morning at 4, this morning back at 1: the smaller dose. */
    void redThenBackOff(AccountId me, LocalDate today) {
        returning(me, today.minusDays(3));
        mornings(me, today.minusDays(3), today.minusDays(2), 1);
        morning(me, today.minusDays(1), 4);
        morning(me, today, 1);
        run(me, today.minusDays(2), 4, 7, 5);
    }

    /** Three quiet runs of 4 km in the first five days of the plan: the week's 12 km are done. */
    void weekDone(AccountId me, LocalDate today) {
        returning(me, today.minusDays(5));
        mornings(me, today.minusDays(5), today, 1);
        run(me, today.minusDays(5), 4, 1, 1);
        run(me, today.minusDays(3), 4, 1, 1);
        run(me, today.minusDays(1), 4, 1, 1);
    }

    /** A run imported yesterday from a watch file, without pain scores; no check-in this morning. */
    long importedUnrated(AccountId me, LocalDate today) {
        returning(me, today.minusDays(3));
        mornings(me, today.minusDays(3), today.minusDays(1), 1);
        return sessions.addImported(
                        me,
                        new ImportedSession(
                                today.minusDays(1),
                                Activity.RUN,
                                null,
                                1800,
                                new BigDecimal("5.24"),
                                null,
                                "garmin-fenix-5-run.fit",
                                null,
                                null))
                .id();
    }

    /** A run yesterday logged with pain 2 during it, the pain after left for later; this morning at 1. */
    long withoutPainAfter(AccountId me, LocalDate today) {
        returning(me, today.minusDays(3));
        mornings(me, today.minusDays(3), today, 1);
        return run(me, today.minusDays(1), 4, 2, null);
    }

    /** A quiet run two days ago whose pain after was never logged: judged without it, and still asked for. */
    long judgedWithoutPainAfter(AccountId me, LocalDate today) {
        returning(me, today.minusDays(3));
        mornings(me, today.minusDays(3), today, 1);
        return run(me, today.minusDays(2), 4, 1, null);
    }

    /** A run today logged with pain 8 during it, the pain after left for later: red at once. */
    long tooMuchWithoutPainAfter(AccountId me, LocalDate today) {
        returning(me, today.minusDays(3));
        mornings(me, today.minusDays(3), today, 1);
        return run(me, today, 4, 8, null);
    }

    /** The safety screen answered today with a knee that locks: see a clinician. */
    void seeClinician(AccountId me, LocalDate today) {
        green(me, today);
        plans.screen(me, new ScreeningEntry(today, List.of(RedFlag.LOCKING)));
    }

    /** The safety screen answered today with a swollen, painful calf: urgent care. */
    void urgent(AccountId me, LocalDate today) {
        green(me, today);
        plans.screen(me, new ScreeningEntry(today, List.of(RedFlag.CALF_PAIN_SWELLING)));
    }

    /** Settling, with strength work, and no running tolerated yet: cross-training, never a dose of 0. */
    void settlingWithNothingToTry(AccountId me, LocalDate today) {
        plan(me, Condition.PATELLOFEMORAL_PAIN, today.minusDays(3), null, null);
        mornings(me, today.minusDays(3), today, 2);
    }

    /** A suspected bone stress reaction: no impact dose at all. */
    void boneStress(AccountId me, LocalDate today) {
        plan(me, Condition.BONE_STRESS, today.minusDays(3), null, null);
        mornings(me, today.minusDays(3), today, 1);
    }

    /** The first day of plan week 2 after a fully green week 1: the weekly review, a step up. */
    void reviewDay(AccountId me, LocalDate today) {
        LocalDate start = today.minusDays(7);
        returning(me, start);
        mornings(me, start, today, 1);
        run(me, start, 4, 1, 1);
        run(me, start.plusDays(2), 4, 1, 1);
        run(me, start.plusDays(4), 4, 1, 1);
    }

    // --- the parts ------------------------------------------------------------------------------

    private void returning(AccountId me, LocalDate start) {
        plan(me, Condition.PATELLOFEMORAL_PAIN, start, Phase.RETURN, new BigDecimal("4"));
    }

    private void plan(AccountId me, Condition condition, LocalDate start, Phase phase, BigDecimal tolerable) {
        plans.create(
                me,
                new PlanEntry(
                        condition,
                        Activity.RUN,
                        VolumeUnit.KM,
                        start,
                        new BigDecimal("30"),
                        3,
                        null,
                        tolerable,
                        phase,
                        null,
                        null));
    }

    long run(AccountId me, LocalDate date, double km, int during, Integer after) {
        return sessions.add(
                        me,
                        new SessionEntry(
                                date,
                                Activity.RUN,
                                BigDecimal.valueOf(km),
                                4,
                                during,
                                after,
                                25,
                                null,
                                null,
                                null,
                                VolumeUnit.KM,
                                null))
                .id();
    }

    private void morning(AccountId me, LocalDate date, int pain) {
        checkIns.add(me, new CheckInEntry(date, pain, null, null, null, null));
    }

    private void mornings(AccountId me, LocalDate from, LocalDate to, int pain) {
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            morning(me, d, pain);
        }
    }
}
