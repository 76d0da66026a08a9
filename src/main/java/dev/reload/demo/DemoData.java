package dev.reload.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import dev.reload.account.AccountId;
import dev.reload.account.AccountService;
import dev.reload.account.AccountService.Registration;
import dev.reload.account.PersonalClock;
import dev.reload.account.Role;
import dev.reload.knee.Activity;
import dev.reload.knee.Condition;
import dev.reload.knee.TightStructure;
import dev.reload.knee.VolumeUnit;
import dev.reload.log.CheckInEntry;
import dev.reload.log.CheckInService;
import dev.reload.log.ImportedSession;
import dev.reload.log.SessionEntry;
import dev.reload.log.SessionService;
import dev.reload.log.ShoeEntry;
import dev.reload.log.ShoeService;
import dev.reload.log.StrengthEntry;
import dev.reload.log.StrengthService;
import dev.reload.plan.AssessmentEntry;
import dev.reload.plan.PlanEntry;
import dev.reload.plan.PlanService;
import dev.reload.plan.ScreeningEntry;

/**
 * The {@code demo} profile: an account holding ten weeks of a runner's recovery from kneecap pain,
 * dated so that it ends today. Two settling weeks, a steady return, one flare that backs the dose
 * off, and the climb back; strength work three times a week; a check-in every morning.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

    static final String EMAIL = "demo@reload.example";
    static final String PASSWORD = "knee-demo-reload";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final int WEEKS = 10;
    /** Days of each plan week (0 = its first day) with a run, and with strength work. */
    private static final int[] RUN_DAYS = {0, 2, 5};

    private static final int[] STRENGTH_DAYS = {1, 3, 6};
    /** Kilometres per run, week by week: settle at 3, return, a flare in week 7, then back up. */
    private static final double[] KM_PER_RUN = {3, 3, 3, 3.5, 4, 4.5, 5, 4, 4, 4.5};
    /** Kilometres a week in the ten weeks before the pain: a steady base, then too much too soon. */
    private static final double[] HISTORY_KM_PER_WEEK = {15, 16, 15, 17, 16, 18, 17, 18, 26, 30};

    private static final Map<String, double[]> STRENGTH = Map.of(
            "CLAMSHELL", new double[] {0, 15},
            "SIDE_PLANK", new double[] {0, 3},
            "SPLIT_SQUAT", new double[] {6, 10},
            "STEP_UP", new double[] {4, 12});

    private final AccountService accounts;
    private final PlanService plans;
    private final SessionService sessions;
    private final CheckInService checkIns;
    private final StrengthService strength;
    private final ShoeService shoes;
    private final PersonalClock clock;

    DemoData(
            AccountService accounts,
            PlanService plans,
            SessionService sessions,
            CheckInService checkIns,
            StrengthService strength,
            ShoeService shoes,
            PersonalClock clock) {
        this.accounts = accounts;
        this.plans = plans;
        this.sessions = sessions;
        this.checkIns = checkIns;
        this.strength = strength;
        this.shoes = shoes;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.exists(EMAIL)) {
            return;
        }
        AccountId demo = accounts.register(new Registration(EMAIL, "Alex", PASSWORD, Role.PATIENT))
                .id();
        LocalDate today = clock.today(demo);
        // Ten whole plan weeks that end yesterday: today opens week 11 with its weekly review.
        LocalDate start = today.minusWeeks(WEEKS);
        plans.screen(demo, new ScreeningEntry(start, List.of()));
        plans.create(
                demo,
                new PlanEntry(
                        Condition.PATELLOFEMORAL_PAIN,
                        Activity.RUN,
                        VolumeUnit.KM,
                        start,
                        new BigDecimal("25"),
                        3,
                        BigDecimal.TEN,
                        new BigDecimal("3"),
                        null,
                        start.minusWeeks(3),
                        new AssessmentEntry(
                                22,
                                true,
                                false,
                                Set.of(TightStructure.CALVES),
                                start.minusWeeks(6),
                                null,
                                new BigDecimal("6.5"),
                                false,
                                true,
                                38,
                                false,
                                false)));
        shoes.add(demo, new ShoeEntry("Road trainers", start.minusWeeks(6), new BigDecimal("40"), null));
        importHistoryBeforeThePain(demo, start.minusWeeks(3));

        for (LocalDate day = start; !day.isAfter(today); day = day.plusDays(1)) {
            int dayOfPlan = (int) ChronoUnit.DAYS.between(start, day);
            int week = dayOfPlan / 7;
            int dayOfWeek = dayOfPlan % 7;
            boolean flare = week == 6 && dayOfWeek == 5;
            boolean dayAfterFlare = week == 6 && dayOfWeek == 6;
            checkIns.add(
                    demo,
                    new CheckInEntry(day, dayAfterFlare ? 3 : 1, dayAfterFlare ? 3 : 1, new BigDecimal("7"), 3, null));
            if (isOneOf(dayOfWeek, RUN_DAYS) && day.isBefore(today)) {
                double km = KM_PER_RUN[Math.min(week, KM_PER_RUN.length - 1)];
                sessions.add(
                        demo,
                        new SessionEntry(
                                day,
                                Activity.RUN,
                                BigDecimal.valueOf(km),
                                flare ? 6 : 4,
                                flare ? 5 : 2,
                                flare ? 6 : 1,
                                (int) Math.round(km * 6.5),
                                390,
                                "road",
                                null,
                                VolumeUnit.KM,
                                null));
            }
            if (isOneOf(dayOfWeek, STRENGTH_DAYS) && day.isBefore(today)) {
                for (Map.Entry<String, double[]> exercise : STRENGTH.entrySet()) {
                    double load = exercise.getValue()[0] == 0 ? 0 : exercise.getValue()[0] + week;
                    strength.add(
                            demo,
                            new StrengthEntry(
                                    day,
                                    exercise.getKey(),
                                    3,
                                    (int) exercise.getValue()[1],
                                    BigDecimal.valueOf(load),
                                    1,
                                    null,
                                    null));
                }
            }
        }
        log.info("Demo account ready: log in as {} with the password {}", EMAIL, PASSWORD);
    }

    /**
     * Ten weeks of runs before the pain began, as an imported watch history would bring them: a
     * steady base, then a jump of nearly half in the last fortnight (what "What went wrong" finds).
     */
    private void importHistoryBeforeThePain(AccountId demo, LocalDate onset) {
        LocalDate first = onset.minusWeeks(HISTORY_KM_PER_WEEK.length);
        int file = 4000;
        for (int week = 0; week < HISTORY_KM_PER_WEEK.length; week++) {
            for (int run : RUN_DAYS) {
                LocalDate day = first.plusWeeks(week).plusDays(run);
                if (!day.isBefore(onset)) {
                    continue;
                }
                BigDecimal km = BigDecimal.valueOf(HISTORY_KM_PER_WEEK[week] / RUN_DAYS.length)
                        .setScale(2, java.math.RoundingMode.HALF_UP);
                sessions.addImported(
                        demo,
                        new ImportedSession(
                                day,
                                Activity.RUN,
                                day.atTime(7, 0).atZone(clock.zone(demo)).toInstant(),
                                km.intValue() * 330,
                                km,
                                330,
                                "export_demo.zip: activities/" + file++ + ".fit.gz",
                                VolumeUnit.KM,
                                null));
            }
        }
    }

    private static boolean isOneOf(int dayOfWeek, int[] days) {
        for (int d : days) {
            if (dayOfWeek == d) {
                return true;
            }
        }
        return false;
    }
}
