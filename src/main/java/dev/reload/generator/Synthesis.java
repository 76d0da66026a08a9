package dev.reload.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import tools.jackson.databind.json.JsonMapper;

import dev.reload.account.ApiTokenService;
import dev.reload.generator.SyntheticAccount.AccountRow;
import dev.reload.generator.SyntheticAccount.CheckInRow;
import dev.reload.generator.SyntheticAccount.ImportRow;
import dev.reload.generator.SyntheticAccount.PlanRow;
import dev.reload.generator.SyntheticAccount.ScreeningRow;
import dev.reload.generator.SyntheticAccount.SessionRow;
import dev.reload.generator.SyntheticAccount.ShoeRow;
import dev.reload.generator.SyntheticAccount.StrengthRow;
import dev.reload.generator.SyntheticAccount.TokenRow;
import dev.reload.knee.Activity;
import dev.reload.knee.Condition;
import dev.reload.knee.Exercise;
import dev.reload.knee.ExerciseKind;
import dev.reload.knee.ExerciseLibrary;
import dev.reload.knee.Plausible;
import dev.reload.knee.Programme;
import dev.reload.knee.RedFlag;
import dev.reload.knee.TightStructure;
import dev.reload.knee.VolumeUnit;
import dev.reload.plan.AssessmentEntry;

/**
 * Makes one account's rows from the seed and its number alone (and the day it ends on): the same
 * seed, number and day give the same rows. The story of each is a person's: a watch history of
 * the weeks before the pain began, imported when they start a plan for one condition as the
 * onboarding makes it; then sessions of the target activity a few times a week, building by the
 * plan's step towards the weekly goal with an easier week now and then, a flare-up every couple of
 * months that sets them back, other activities besides; a morning check-in most days with pain
 * that settles and bumps after a flare; the condition's strength exercises a few times a week
 * with loads that rise and step down after a flare; new shoes and a change of surface now and then.
 * Every value is within what the application's own validation and CHECK constraints allow.
 */
final class Synthesis {

    /** Account numbers have five digits in the email. */
    static final int MAX_NUMBER = 99_999;

    static final String PASSWORD = "generated-knee-load";
    static final String TOKEN_NAME = "Load test";
    /** Days since the last flare-up before there was one. */
    private static final int NO_FLARE = 1000;

    private static final String DOMAIN = "@generated.reload.example";

    private static final String[] NAMES = {
        "Alex", "Sam", "Jo", "Robin", "Kim", "Charlie", "Maria", "Jonas", "Aisha", "Lena", "Tom", "Yuki", "Noor",
        "Pedro", "Ines", "Mateo", "Sofia", "Ravi", "Anna", "Ben", "Chloe", "Dmitri", "Eva", "Farah", "Hugo", "Ida"
    };
    private static final String[] ZONES = {
        "Europe/Berlin",
        "Europe/London",
        "Europe/Madrid",
        "America/New_York",
        "America/Chicago",
        "America/Los_Angeles",
        "Australia/Sydney",
        "Asia/Tokyo",
        "UTC"
    };
    private static final String[] SURFACES = {"road", "trail", "track", "treadmill", "grass", "park paths"};
    private static final String[] SHOES = {
        "Road trainers", "Trail shoes", "Daily trainers", "Cushioned trainers", "Light racers", "Walking shoes"
    };
    private static final String[] NOTES = {
        "Slept badly",
        "Long day on my feet",
        "Knee felt good",
        "Stairs were fine",
        "A bit stiff after the drive",
        "Felt it going downstairs"
    };
    /** Exercises done against a load, with the kilograms a person starts them at (lowest and highest). */
    private static final java.util.Map<String, double[]> START_KG = java.util.Map.ofEntries(
            java.util.Map.entry("SPLIT_SQUAT", new double[] {4, 10}),
            java.util.Map.entry("STEP_UP", new double[] {2, 8}),
            java.util.Map.entry("LEG_PRESS", new double[] {40, 80}),
            java.util.Map.entry("LEG_PRESS_PARTIAL", new double[] {30, 60}),
            java.util.Map.entry("LEG_PRESS_ISOMETRIC", new double[] {40, 80}),
            java.util.Map.entry("SQUAT", new double[] {20, 40}),
            java.util.Map.entry("HACK_SQUAT", new double[] {30, 60}),
            java.util.Map.entry("BOX_SQUAT", new double[] {5, 20}),
            java.util.Map.entry("ROMANIAN_DEADLIFT", new double[] {10, 30}),
            java.util.Map.entry("CALF_RAISE", new double[] {0, 10}),
            java.util.Map.entry("SEATED_CALF_RAISE", new double[] {10, 30}),
            java.util.Map.entry("SINGLE_LEG_PRESS", new double[] {20, 40}),
            java.util.Map.entry("REAR_FOOT_ELEVATED_SPLIT_SQUAT", new double[] {0, 8}),
            java.util.Map.entry("SINGLE_LEG_DEADLIFT", new double[] {4, 12}),
            java.util.Map.entry("SIDE_LYING_LEG_RAISE_WEIGHTED", new double[] {1, 3}),
            java.util.Map.entry("SINGLE_LEG_CALF_RAISE", new double[] {0, 6}));

    private final long seed;
    private final String passwordHash;
    private final ExerciseLibrary library;
    private final JsonMapper json;

    Synthesis(long seed, String passwordHash, ExerciseLibrary library, JsonMapper json) {
        this.seed = seed;
        this.passwordHash = passwordHash;
        this.library = library;
        this.json = json;
    }

    /** The email of account {@code number}: {@code load-00001@generated.reload.example}. */
    static String email(int number) {
        return String.format("load-%05d%s", number, DOMAIN);
    }

    /**
     * The API token of account {@code number} made with {@code seed}: {@code rl_} and the URL-safe
     * Base64 of SHA-256("reload-generate:" seed ":" number), so a load test computes it too.
     */
    static String apiToken(long seed, int number) {
        try {
            byte[] secret = MessageDigest.getInstance("SHA-256")
                    .digest(("reload-generate:" + seed + ":" + number).getBytes(StandardCharsets.UTF_8));
            return ApiTokenService.tokenOf(secret);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Account {@code number} with {@code days} days of log up to the day {@code now} falls on in its zone. */
    SyntheticAccount account(int number, int days, Instant now) {
        return new Story(number, days, now).tell();
    }

    /** One account's story, drawn from its own random stream. */
    private final class Story {

        private final int number;
        private final int days;
        private final Instant now;
        private final SplittableRandom random;
        private final ZoneId zone;
        private final LocalDate today;

        Story(int number, int days, Instant now) {
            this.number = number;
            this.days = days;
            this.now = now;
            this.random = new SplittableRandom(seed * 1_000_003L + number);
            this.zone = ZoneId.of(ZONES[random.nextInt(ZONES.length)]);
            this.today = LocalDate.ofInstant(now, zone);
        }

        SyntheticAccount tell() {
            LocalDate first = today.minusDays(days - 1L);
            AccountRow account = new AccountRow(
                    email(number),
                    NAMES[random.nextInt(NAMES.length)],
                    passwordHash,
                    "PATIENT",
                    at(first, 8, 0),
                    random.nextInt(10) == 0 ? "MILES" : "KM",
                    zone.getId());
            // The watch history before the pain: up to eight weeks, a tenth of the span at most.
            int historyWeeks = Math.max(1, Math.min(8, days / 70));
            LocalDate onset = first.plusWeeks(historyWeeks);
            LocalDate start = min(today, onset.plusDays(7 + random.nextInt(15)));

            Condition condition = condition();
            boolean clinicianFlag = random.nextInt(30) == 0;
            Activity target = clinicianFlag ? Activity.CYCLE : targetFor(condition);
            VolumeUnit unit = unitFor(target);
            int sessionsPerWeek = new int[] {2, 3, 3, 3, 3, 4, 4, 5}[random.nextInt(8)];
            double tolerable = tolerableDose(unit);
            double goal = weeklyGoal(target, unit, tolerable * sessionsPerWeek);
            ScreeningRow screening =
                    new ScreeningRow(start, clinicianFlag ? clinicianFlag().name() : "", at(start, 9, 0));
            PlanRow plan = new PlanRow(
                    condition,
                    target,
                    unit,
                    start,
                    decimal(goal),
                    sessionsPerWeek,
                    BigDecimal.TEN,
                    decimal(tolerable),
                    onset,
                    random.nextInt(5) < 3 ? json.writeValueAsString(assessment(onset)) : null,
                    at(start, 9, 5));

            List<ShoeRow> shoes = new ArrayList<>();
            List<LocalDate> shoeChanges = new ArrayList<>();
            if (target == Activity.RUN || target == Activity.WALK || target == Activity.HIKE) {
                LocalDate bought = first.minusDays(30 + random.nextInt(120));
                shoeChanges.add(bought);
                for (LocalDate next = bought.plusDays(120 + random.nextInt(120));
                        next.isBefore(today) && shoeChanges.size() < 6;
                        next = next.plusDays(120 + random.nextInt(120))) {
                    shoeChanges.add(next.isBefore(start) ? start : next);
                }
                for (int i = 0; i < shoeChanges.size(); i++) {
                    LocalDate on = shoeChanges.get(i);
                    LocalDate retired = i + 1 < shoeChanges.size() ? shoeChanges.get(i + 1) : null;
                    shoes.add(new ShoeRow(
                            SHOES[random.nextInt(SHOES.length)] + " " + (i + 1),
                            on,
                            BigDecimal.valueOf(i == 0 ? 50 + random.nextInt(350) : 0),
                            retired,
                            at(max(on, start), 9, 10)));
                }
            }

            List<SessionRow> sessions = new ArrayList<>();
            int imported = history(sessions, first, onset, target, unit, start);
            ImportRow importRow =
                    imported == 0 ? null : new ImportRow("export_" + number + ".zip", imported, at(start, 9, 20));

            List<CheckInRow> checkIns = new ArrayList<>();
            List<StrengthRow> strength = new ArrayList<>();
            recovery(plan, shoes, shoeChanges, sessions, checkIns, strength);
            TokenRow token = new TokenRow(TOKEN_NAME, ApiTokenService.hash(apiToken(seed, number)), now);
            return new SyntheticAccount(
                    number, account, screening, plan, shoes, importRow, sessions, checkIns, strength, token);
        }

        /** Three sessions a week of the target activity (runs, for a sport the watch does not count) before the pain. */
        private int history(
                List<SessionRow> sessions,
                LocalDate first,
                LocalDate onset,
                Activity target,
                VolumeUnit planUnit,
                LocalDate importedOn) {
            Activity activity = target == Activity.JUMP_SPORT || target == Activity.SWIM || target == Activity.OTHER
                    ? Activity.RUN
                    : target;
            VolumeUnit unit = activity == target ? planUnit : VolumeUnit.KM;
            double km = activity == Activity.CYCLE ? 15 + random.nextInt(25) : 4 + random.nextInt(6);
            int file = 1000 + random.nextInt(9000);
            int count = 0;
            for (LocalDate day = first; day.isBefore(onset); day = day.plusDays(1)) {
                int weekday = day.getDayOfWeek().getValue();
                if (weekday != 2 && weekday != 4 && weekday != 7) {
                    continue;
                }
                double distance = km * (0.8 + random.nextDouble() * (weekday == 7 ? 0.9 : 0.4));
                int pace = paceOf(activity);
                int seconds = (int) Math.round(distance * pace);
                BigDecimal distanceKm = BigDecimal.valueOf(distance).setScale(3, RoundingMode.HALF_UP);
                BigDecimal volume = unit == VolumeUnit.KM
                        ? distanceKm.setScale(2, RoundingMode.HALF_UP)
                        : BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
                Instant started = at(day, 6 + random.nextInt(12), random.nextInt(60));
                sessions.add(new SessionRow(
                        day,
                        activity,
                        volume,
                        unit,
                        null,
                        null,
                        null,
                        seconds,
                        distanceKm,
                        activity == Activity.CYCLE ? null : pace,
                        null,
                        null,
                        null,
                        "activities/" + (file + count) + ".fit.gz",
                        at(importedOn, 9, 21),
                        started,
                        true));
                count++;
            }
            return count;
        }

        /** The plan from its start to today: sessions, check-ins and strength work, week by week. */
        private void recovery(
                PlanRow plan,
                List<ShoeRow> shoes,
                List<LocalDate> shoeChanges,
                List<SessionRow> sessions,
                List<CheckInRow> checkIns,
                List<StrengthRow> strength) {
            VolumeUnit unit = plan.unit();
            double grain = unit.grain();
            double goal = plan.weeklyGoal().doubleValue();
            double week = plan.tolerableDose().doubleValue() * plan.sessionsPerWeek();
            int settleWeeks = 1 + random.nextInt(3);
            int[] sessionDays = sessionDays(plan.sessionsPerWeek());
            int[] strengthDays = {1, 3, 5};
            List<String> exercises = exercises(plan.condition());
            double[] loads = exercises.stream().mapToDouble(this::startKg).toArray();
            int[] extraReps = new int[exercises.size()];
            String surface = SURFACES[random.nextInt(3)];
            Activity other = otherActivity(plan.targetActivity());

            double morning = 3 + random.nextInt(4);
            int flareDaysAgo = NO_FLARE;
            int flareFreeWeeks = 0;
            int planWeeks =
                    (int) (plan.startDate().until(today.plusDays(1), java.time.temporal.ChronoUnit.DAYS) + 6) / 7;
            for (int w = 0; w < planWeeks; w++) {
                LocalDate weekStart = plan.startDate().plusWeeks(w);
                boolean easier = w >= settleWeeks && (w - settleWeeks) % 4 == 3;
                boolean flareWeek = w >= settleWeeks && flareFreeWeeks >= 4 && random.nextInt(12) == 0;
                int flareSession = flareWeek ? random.nextInt(sessionDays.length) : -1;
                double dose = easier ? week * 0.7 : week;
                if (random.nextInt(12) == 0) {
                    surface = SURFACES[random.nextInt(SURFACES.length)];
                }
                int sessionIndex = 0;
                for (int d = 0; d < 7; d++) {
                    LocalDate day = weekStart.plusDays(d);
                    if (day.isAfter(today)) {
                        break;
                    }
                    flareDaysAgo = Math.min(NO_FLARE, flareDaysAgo + 1);
                    // The morning: settling over the weeks, up after a flare, back down within days.
                    morning = Math.max(0.5, morning * 0.985);
                    double bump = flareDaysAgo <= 4 ? 3.0 - 0.7 * (flareDaysAgo - 1) : 0;
                    int pain = clamp((int) Math.round(morning + bump + random.nextGaussian() * 0.6));
                    if (random.nextInt(100) < 88 || day.equals(today)) {
                        checkIns.add(checkIn(day, pain));
                    }
                    if (day.equals(today)) {
                        break;
                    }
                    int dayIndex = indexOf(d, sessionDays);
                    if (dayIndex >= 0 && random.nextInt(100) < 90) {
                        boolean flare = dayIndex == flareSession;
                        double share = roundDown(dose / sessionDays.length, grain);
                        double volume = Math.max(grain, share + (random.nextInt(3) - 1) * grain);
                        volume = Math.min(volume, Plausible.sessionVolume(unit));
                        sessions.add(session(plan, day, volume, flare, surface, shoes, shoeChanges, pain));
                        if (flare) {
                            flareDaysAgo = 0;
                        }
                        sessionIndex++;
                    } else if (other != null && d == 6 - sessionIndex % 2 && random.nextInt(3) == 0) {
                        sessions.add(otherSession(other, day));
                    }
                    if (indexOf(d, strengthDays) >= 0 && random.nextInt(100) < 80) {
                        for (int i = 0; i < exercises.size(); i++) {
                            strength.add(
                                    strengthSet(day, exercises.get(i), loads[i], extraReps[i], flareDaysAgo <= 5, w));
                        }
                    }
                }
                // The next week: a step up after a good one, a step back after a flare, never past the goal.
                if (flareWeek) {
                    week = Math.max(grain * sessionDays.length, roundDown(week * 0.8, grain));
                    flareFreeWeeks = 0;
                    for (int i = 0; i < loads.length; i++) {
                        loads[i] = roundDown(loads[i] * 0.8, 0.5);
                    }
                } else {
                    flareFreeWeeks++;
                    if (w >= settleWeeks - 1 && !easier) {
                        week = Math.min(goal, roundDown(week * 1.1, grain));
                    }
                    if (w % 8 == 7) {
                        moveOn(exercises, loads, extraReps);
                    }
                    if (w % 2 == 1) {
                        for (int i = 0; i < loads.length; i++) {
                            loads[i] = loads[i] == 0 ? 0 : Math.min(300, roundDown(loads[i] * 1.07 + 0.5, 0.5));
                            extraReps[i] = Math.min(4, extraReps[i] + (loads[i] == 0 ? 1 : 0));
                        }
                    }
                }
            }
        }

        private SessionRow session(
                PlanRow plan,
                LocalDate day,
                double volume,
                boolean flare,
                String surface,
                List<ShoeRow> shoes,
                List<LocalDate> shoeChanges,
                int morning) {
            Activity activity = plan.targetActivity();
            VolumeUnit unit = plan.unit();
            int during = flare ? 5 + random.nextInt(3) : lowPain(morning);
            int after = flare ? 5 + random.nextInt(4) : Math.min(10, during + (random.nextInt(4) == 0 ? 1 : 0));
            Integer pace = null;
            int minutes;
            if (unit == VolumeUnit.KM) {
                pace = paceOf(activity);
                minutes = (int) Math.round(volume * pace / 60);
            } else if (unit == VolumeUnit.MINUTES) {
                minutes = (int) Math.round(volume);
            } else {
                minutes = (int) Math.round(volume / 8);
            }
            Integer shoe = null;
            for (int i = 0; i < shoeChanges.size(); i++) {
                if (!shoeChanges.get(i).isAfter(day)) {
                    shoe = i;
                }
            }
            boolean onFoot = activity == Activity.RUN || activity == Activity.WALK || activity == Activity.HIKE;
            return new SessionRow(
                    day,
                    activity,
                    decimal(volume),
                    unit,
                    flare ? 6 + random.nextInt(3) : 2 + random.nextInt(5),
                    during,
                    after,
                    Math.min(Plausible.DAY_MINUTES, minutes) * 60,
                    unit == VolumeUnit.KM ? decimal(volume) : null,
                    onFoot ? pace : null,
                    onFoot && random.nextInt(10) > 0 ? surface : null,
                    shoe,
                    shoe == null ? null : shoes.get(shoe).name(),
                    "MANUAL",
                    at(day, 19, random.nextInt(60)),
                    null,
                    false);
        }

        private SessionRow otherSession(Activity activity, LocalDate day) {
            boolean km = activity == Activity.WALK || activity == Activity.HIKE;
            double volume = km ? 2 + random.nextInt(9) * 0.5 : 20 + 5 * random.nextInt(13);
            int pace = km ? paceOf(activity) : 0;
            int minutes = km ? (int) Math.round(volume * pace / 60) : (int) volume;
            int pain = random.nextInt(4) == 0 ? 1 : 0;
            return new SessionRow(
                    day,
                    activity,
                    decimal(volume),
                    km ? VolumeUnit.KM : VolumeUnit.MINUTES,
                    1 + random.nextInt(5),
                    pain,
                    pain,
                    minutes * 60,
                    km ? decimal(volume) : null,
                    km ? pace : null,
                    null,
                    null,
                    null,
                    "MANUAL",
                    at(day, 18, random.nextInt(60)),
                    null,
                    false);
        }

        private CheckInRow checkIn(LocalDate day, int pain) {
            return new CheckInRow(
                    day,
                    pain,
                    random.nextInt(5) == 0 ? null : clamp(pain + random.nextInt(3) - 1),
                    random.nextInt(10) == 0
                            ? null
                            : BigDecimal.valueOf(10 + random.nextInt(9), 0)
                                    .divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY),
                    random.nextInt(10) == 0 ? null : random.nextInt(8),
                    random.nextInt(40) == 0 ? NOTES[random.nextInt(NOTES.length)] : null,
                    at(day, 7, random.nextInt(60)));
        }

        private StrengthRow strengthSet(LocalDate day, String id, double kg, int extraReps, boolean sore, int week) {
            Exercise exercise = library.find(id).orElseThrow();
            int reps = exercise.dose().holdSec() == null
                    ? exercise.dose().reps() + extraReps
                    : exercise.dose().reps();
            int pain = sore ? 2 + random.nextInt(3) : random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0;
            return new StrengthRow(
                    day,
                    id,
                    exercise.dose().sets(),
                    Math.min(Plausible.REPS, reps),
                    decimal(kg),
                    exercise.dose().holdSec(),
                    exercise.kind() == ExerciseKind.SLOW_HEAVY ? "3-0-3" : null,
                    pain,
                    at(day, 20, random.nextInt(60)));
        }

        /**
         * Three to four exercises of the condition's programme, without its jumps (a list the
         * story changes as exercises move on).
         */
        private List<String> exercises(Condition condition) {
            Programme programme = library.programmeFor(condition);
            List<String> candidates = programme.exercises().stream()
                    .filter(id -> library.find(id)
                            .map(e -> e.kind() != ExerciseKind.JUMP && e.kind() != ExerciseKind.STRETCH)
                            .orElse(false))
                    .toList();
            List<String> pool = new ArrayList<>(candidates);
            List<String> chosen = new ArrayList<>();
            int count = Math.min(pool.size(), 3 + random.nextInt(2));
            while (chosen.size() < count) {
                chosen.add(pool.remove(random.nextInt(pool.size())));
            }
            chosen.sort(java.util.Comparator.comparingInt(candidates::indexOf));
            return chosen;
        }

        /**
         * After two good months, some exercises move on to their harder variant (tendon loading
         * from its holds to slow heavy work), starting it at its own load; never to jumps.
         */
        private void moveOn(List<String> exercises, double[] loads, int[] extraReps) {
            for (int i = 0; i < exercises.size(); i++) {
                String harder =
                        library.find(exercises.get(i)).map(Exercise::harder).orElse(null);
                boolean allowed = harder != null
                        && !exercises.contains(harder)
                        && library.find(harder)
                                .map(e -> e.kind() != ExerciseKind.JUMP && e.kind() != ExerciseKind.STRETCH)
                                .orElse(false);
                if (allowed && random.nextInt(10) < 4) {
                    exercises.set(i, harder);
                    loads[i] = startKg(harder);
                    extraReps[i] = 0;
                }
            }
        }

        private double startKg(String exercise) {
            double[] range = START_KG.get(exercise);
            return range == null ? 0 : roundDown(range[0] + random.nextDouble() * (range[1] - range[0]), 0.5);
        }

        private Condition condition() {
            int draw = random.nextInt(100);
            if (draw < 30) {
                return Condition.PATELLOFEMORAL_PAIN;
            } else if (draw < 50) {
                return Condition.IT_BAND_SYNDROME;
            } else if (draw < 65) {
                return Condition.PATELLAR_TENDINOPATHY;
            } else if (draw < 73) {
                return Condition.PES_ANSERINE;
            } else if (draw < 85) {
                return Condition.OSTEOARTHRITIS_FLARE;
            } else if (draw < 90) {
                return Condition.BONE_STRESS;
            }
            return Condition.UNSURE;
        }

        private Activity targetFor(Condition condition) {
            int draw = random.nextInt(10);
            return switch (condition) {
                case PATELLAR_TENDINOPATHY -> draw < 5 ? Activity.JUMP_SPORT : Activity.RUN;
                case OSTEOARTHRITIS_FLARE -> draw < 6 ? Activity.WALK : draw < 9 ? Activity.CYCLE : Activity.HIKE;
                case PES_ANSERINE, UNSURE -> draw < 7 ? Activity.RUN : Activity.WALK;
                default -> draw < 9 ? Activity.RUN : Activity.CYCLE;
            };
        }

        private VolumeUnit unitFor(Activity target) {
            return switch (target) {
                case RUN, WALK, HIKE -> VolumeUnit.KM;
                case CYCLE -> random.nextBoolean() ? VolumeUnit.MINUTES : VolumeUnit.KM;
                default -> VolumeUnit.MINUTES;
            };
        }

        /** One session's volume the person tolerates on the day they start: a few grains of the unit. */
        private double tolerableDose(VolumeUnit unit) {
            return switch (unit) {
                case KM -> 2 + random.nextInt(7) * 0.5;
                case MINUTES -> 15 + 5 * random.nextInt(5);
                case JUMPS -> 50 + 10 * random.nextInt(6);
            };
        }

        /** The weekly goal: a round number well above where they start. */
        private double weeklyGoal(Activity target, VolumeUnit unit, double startWeek) {
            double goal = unit == VolumeUnit.KM
                    ? (target == Activity.CYCLE ? 60 + 10 * random.nextInt(8) : 15 + 5 * random.nextInt(6))
                    : 120 + 30 * random.nextInt(6);
            return Math.max(goal, startWeek * 2);
        }

        private RedFlag clinicianFlag() {
            RedFlag[] flags = {RedFlag.CATCHING, RedFlag.GIVING_WAY, RedFlag.SIGNIFICANT_SWELLING};
            return flags[random.nextInt(flags.length)];
        }

        private AssessmentEntry assessment(LocalDate onset) {
            Set<TightStructure> tight = EnumSet.noneOf(TightStructure.class);
            for (TightStructure structure : TightStructure.values()) {
                if (random.nextInt(4) == 0) {
                    tight.add(structure);
                }
            }
            return new AssessmentEntry(
                    random.nextInt(4) == 0 ? null : 10 + 5 * random.nextInt(11),
                    random.nextInt(3) == 0,
                    random.nextInt(3) == 0,
                    tight.isEmpty() ? null : tight,
                    random.nextInt(4) == 0 ? onset.minusWeeks(1 + random.nextInt(6)) : null,
                    random.nextInt(6) == 0 ? onset.minusWeeks(1 + random.nextInt(4)) : null,
                    BigDecimal.valueOf(10 + random.nextInt(8), 0)
                            .divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY),
                    random.nextInt(5) == 0,
                    random.nextInt(3) == 0,
                    18 + random.nextInt(55),
                    random.nextInt(8) == 0,
                    random.nextInt(25) == 0);
        }

        /** Another activity now and then, unless the target is one of them. */
        private Activity otherActivity(Activity target) {
            Activity[] others = {Activity.CYCLE, Activity.SWIM, Activity.WALK, Activity.OTHER};
            Activity other = others[random.nextInt(others.length)];
            return other == target || random.nextInt(4) == 0 ? null : other;
        }

        /** Days of the plan week (0 its first) with a session: spread out, as a plan asks. */
        private int[] sessionDays(int perWeek) {
            return switch (perWeek) {
                case 2 -> new int[] {1, 4};
                case 3 -> new int[] {0, 2, 5};
                case 4 -> new int[] {0, 2, 4, 6};
                default -> new int[] {0, 1, 3, 4, 6};
            };
        }

        private int paceOf(Activity activity) {
            return switch (activity) {
                case RUN -> 300 + random.nextInt(120);
                case WALK -> 600 + random.nextInt(150);
                case HIKE -> 720 + random.nextInt(240);
                default -> 120 + random.nextInt(60);
            };
        }

        /** Pain during a session: mostly none or little, a bit more on a sore morning. */
        private int lowPain(int morning) {
            int draw = random.nextInt(10);
            int base = draw < 5 ? 0 : draw < 8 ? 1 : draw < 9 ? 2 : 3;
            return clamp(Math.min(4, base + (morning >= 4 ? 1 : 0)));
        }

        private Instant at(LocalDate day, int hour, int minute) {
            return day.atTime(LocalTime.of(hour, minute)).atZone(zone).toInstant();
        }
    }

    private static int indexOf(int day, int[] days) {
        for (int i = 0; i < days.length; i++) {
            if (days[i] == day) {
                return i;
            }
        }
        return -1;
    }

    private static int clamp(int pain) {
        return Math.max(0, Math.min(10, pain));
    }

    private static double roundDown(double value, double grain) {
        return Math.floor(value / grain + 1e-9) * grain;
    }

    private static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
