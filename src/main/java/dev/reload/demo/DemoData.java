package dev.reload.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
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
import dev.reload.advice.PlanOutlookService;
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
import dev.reload.outcomes.KoosSubscale;
import dev.reload.outcomes.OutcomeEntry;
import dev.reload.outcomes.OutcomeService;
import dev.reload.plan.AssessmentEntry;
import dev.reload.plan.PlanEntry;
import dev.reload.plan.PlanService;
import dev.reload.plan.ScreeningEntry;

/**
 * The {@code demo} profile: an account holding ten weeks of a runner's recovery from kneecap pain,
 * dated so that it ends today, the story the progress page tells:
 *
 * <ul>
 *   <li>two settling weeks at the tolerated dose while morning pain falls from 5–6 to 3, then the
 *       return: every week runs the dose the adviser gives for it (read from {@link
 *       PlanOutlookService}), so the weekly volume climbs by the plan's step;
 *   <li>the red week, plan week 7: one run hurts (6 during and after, the next morning 3 points up,
 *       rules.md R1), the week's last run is shorter, and the adviser backs the next week off;
 *       then the climb back;
 *   <li>strength work three times a week with loads and levels that rise over the weeks, and one
 *       regression in the red week (the loaded exercises go down a step after the flare);
 *   <li>a morning check-in every day: the weekly pain trend crosses the meaningful-change line
 *       (decision 0014), the flare showing as a bump;
 *   <li>KOOS and KOOS-PF at the start, mid-way and yesterday, entered by item number, with scores
 *       that improve.
 * </ul>
 *
 * Deterministic: the same story on every start, only its dates move with today.
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
    /** Plan weeks of settling: easy runs at the tolerated dose while the mornings quieten. */
    private static final int SETTLE_WEEKS = 2;
    /** The red week (plan week 7) and which of its runs flares (its second, on day 2). */
    private static final int FLARE_WEEK = 6;

    private static final int FLARE_RUN = 1;
    /** A run after the flare is at most this share of the one that flared (rules.md R3.next-session). */
    private static final double AFTER_FLARE_SHARE = 0.8;
    /** Morning pain on waking, one digit a day, a row a plan week; today's is {@link #MORNING_PAIN_TODAY}. */
    private static final String[] MORNING_PAIN = {
        "6665544", "3333333", "3332222", "2222222", "2222222",
        "2222222", "2225322", "2222222", "2221111", "1111111"
    };

    private static final int MORNING_PAIN_TODAY = 1;
    /** Kilometres a week in the ten weeks before the pain: a steady base, then too much too soon. */
    private static final double[] HISTORY_KM_PER_WEEK = {15, 16, 15, 17, 16, 18, 17, 18, 26, 30};

    /**
     * Split squat and step-up loads (kg) a plan week, half a kilo more each week; in the red week
     * the last session drops to the next week's load, a step down.
     */
    private static final double[] SPLIT_SQUAT_KG = {8, 8.5, 9, 9.5, 10, 10.5, 11, 10, 10.5, 11};

    private static final double[] STEP_UP_KG = {5, 5.5, 6, 6.5, 7, 7.5, 8, 7, 7.5, 8};
    /** Body-weight work by repetitions (clamshells up to 15) and by holds of 20 s (side plank). */
    private static final int[] CLAMSHELL_REPS = {10, 10, 12, 12, 14, 14, 14, 14, 15, 15};

    private static final int[] SIDE_PLANK_HOLDS = {3, 3, 3, 5, 5, 5, 5, 5, 7, 7};
    private static final int SIDE_PLANK_HOLD_SEC = 20;

    /**
     * KOOS and KOOS-PF answers (0–4, one digit an item in the form's order) at the start, mid-way
     * (plan week 6) and yesterday: Pain 55.6 → 75.0 → 88.9, KOOS-PF 43.2 → 68.2 → 88.6.
     */
    private static final Map<KoosSubscale, String[]> KOOS = new EnumMap<>(Map.of(
            KoosSubscale.SYMPTOMS, new String[] {"2211212", "1111111", "1010100"},
            KoosSubscale.PAIN, new String[] {"222122212", "111121110", "010110100"},
            KoosSubscale.ADL, new String[] {"11111211111211111", "10111111011101110", "00100100001000100"},
            KoosSubscale.SPORT_REC, new String[] {"33232", "22122", "11011"},
            KoosSubscale.QOL, new String[] {"3322", "2221", "1111"},
            KoosSubscale.PF, new String[] {"22322323222", "11211212111", "01101101010"}));

    private final AccountService accounts;
    private final PlanService plans;
    private final PlanOutlookService outlook;
    private final SessionService sessions;
    private final CheckInService checkIns;
    private final StrengthService strength;
    private final ShoeService shoes;
    private final OutcomeService outcomes;
    private final PersonalClock clock;

    DemoData(
            AccountService accounts,
            PlanService plans,
            PlanOutlookService outlook,
            SessionService sessions,
            CheckInService checkIns,
            StrengthService strength,
            ShoeService shoes,
            OutcomeService outcomes,
            PersonalClock clock) {
        this.accounts = accounts;
        this.plans = plans;
        this.outlook = outlook;
        this.sessions = sessions;
        this.checkIns = checkIns;
        this.strength = strength;
        this.shoes = shoes;
        this.outcomes = outcomes;
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
                        RUN_DAYS.length,
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

        for (int week = 0; week < WEEKS; week++) {
            LocalDate weekStart = start.plusWeeks(week);
            double[] runs = runsOf(doseOf(demo, weekStart));
            for (int day = 0; day < 7; day++) {
                LocalDate date = weekStart.plusDays(day);
                int morning = MORNING_PAIN[week].charAt(day) - '0';
                checkIns.add(demo, new CheckInEntry(date, morning, morning, new BigDecimal("7"), 3, null));
                int run = indexOf(day, RUN_DAYS);
                if (run >= 0) {
                    addRun(demo, date, week, run, runs);
                }
                if (indexOf(day, STRENGTH_DAYS) >= 0) {
                    addStrength(demo, date, week, day);
                }
            }
        }
        checkIns.add(
                demo, new CheckInEntry(today, MORNING_PAIN_TODAY, MORNING_PAIN_TODAY, new BigDecimal("7"), 3, null));
        addQuestionnaires(demo, List.of(start, start.plusWeeks(5), today.minusDays(1)));
        log.info("Demo account ready: log in as {} with the password {}", EMAIL, PASSWORD);
    }

    /**
     * A run of the week: its share of the dose, easy on the knee; in the red week, the flare (6
     * during and after, the next morning 3 points up) and after it a run of at most 80 % of the one
     * that flared, once the mornings have calmed (rules.md R3.next-session's back-off).
     */
    private void addRun(AccountId demo, LocalDate date, int week, int run, double[] runs) {
        boolean flare = week == FLARE_WEEK && run == FLARE_RUN;
        double km = runs[run];
        if (week == FLARE_WEEK && run > FLARE_RUN) {
            km = Math.min(km, VolumeUnit.KM.roundDown(runs[FLARE_RUN] * AFTER_FLARE_SHARE));
        }
        int during = flare ? 6 : week < SETTLE_WEEKS ? 3 : 2;
        int after = flare ? 6 : week < SETTLE_WEEKS ? 3 : 2;
        sessions.add(
                demo,
                new SessionEntry(
                        date,
                        Activity.RUN,
                        BigDecimal.valueOf(km),
                        flare ? 6 : 4,
                        during,
                        after,
                        (int) Math.round(km * 6.5),
                        390,
                        "road",
                        null,
                        VolumeUnit.KM,
                        null));
    }

    /** The dose the adviser gives the plan week starting on {@code weekStart}, from the weeks before it. */
    private double doseOf(AccountId demo, LocalDate weekStart) {
        Double dose = outlook.outlook(demo, weekStart, 0, 0)
                .map(o -> o.weeks().get(0).dose())
                .orElse(null);
        if (dose == null) {
            throw new IllegalStateException("The adviser gave the demo no dose for the week of " + weekStart);
        }
        return dose;
    }

    /**
     * A week's dose spread over its runs in whole grains (0.5 km), the later runs taking the grains
     * left over, so that the runs add up to the dose: 9.5 km as 3, 3 and 3.5.
     */
    private static double[] runsOf(double dose) {
        double grain = VolumeUnit.KM.grain();
        int grains = (int) Math.round(VolumeUnit.KM.roundDown(dose) / grain);
        int n = RUN_DAYS.length;
        double[] runs = new double[n];
        for (int i = 0; i < n; i++) {
            runs[i] = (grains / n + (i >= n - grains % n ? 1 : 0)) * grain;
        }
        return runs;
    }

    /**
     * The strength session of a day: hip and knee work at the week's dose; in the red week the
     * session after the flare is at the edge (4/10 during the loaded exercises) and the next one
     * regresses them a step.
     */
    private void addStrength(AccountId demo, LocalDate date, int week, int day) {
        boolean edge = week == FLARE_WEEK && day > RUN_DAYS[FLARE_RUN] && day < STRENGTH_DAYS[2];
        int loadWeek = week == FLARE_WEEK && day == STRENGTH_DAYS[2] ? week + 1 : week;
        strength.add(demo, set(date, "CLAMSHELL", CLAMSHELL_REPS[week], 0, 1, null));
        strength.add(demo, set(date, "SIDE_PLANK", SIDE_PLANK_HOLDS[week], 0, 1, SIDE_PLANK_HOLD_SEC));
        strength.add(demo, set(date, "SPLIT_SQUAT", 10, SPLIT_SQUAT_KG[loadWeek], edge ? 4 : 1, null));
        strength.add(demo, set(date, "STEP_UP", 10, STEP_UP_KG[loadWeek], edge ? 4 : 1, null));
    }

    private static StrengthEntry set(LocalDate date, String exercise, int reps, double kg, int pain, Integer holdSec) {
        return new StrengthEntry(date, exercise, 3, reps, BigDecimal.valueOf(kg), pain, holdSec, null);
    }

    /** The questionnaires of {@link #KOOS}, one on each of {@code dates}. */
    private void addQuestionnaires(AccountId demo, List<LocalDate> dates) {
        for (int i = 0; i < dates.size(); i++) {
            Map<String, Integer> answers = new LinkedHashMap<>();
            for (Map.Entry<KoosSubscale, String[]> subscale : KOOS.entrySet()) {
                String digits = subscale.getValue()[i];
                List<String> items = subscale.getKey().items();
                for (int item = 0; item < items.size(); item++) {
                    answers.put(items.get(item), digits.charAt(item) - '0');
                }
            }
            outcomes.record(demo, new OutcomeEntry(dates.get(i), null, answers));
        }
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

    /** The place of {@code dayOfWeek} among {@code days}, or −1. */
    private static int indexOf(int dayOfWeek, int[] days) {
        for (int i = 0; i < days.length; i++) {
            if (days[i] == dayOfWeek) {
                return i;
            }
        }
        return -1;
    }
}
