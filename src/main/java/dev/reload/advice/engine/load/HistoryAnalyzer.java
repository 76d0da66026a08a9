package dev.reload.advice.engine.load;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import dev.reload.advice.engine.Severity;
import dev.reload.knee.Activity;

import static java.time.temporal.ChronoUnit.DAYS;

/**
 * rules.md R6: training errors in a history, per activity. Pure: same input, same output; no clock.
 *
 * <p>Each activity's history starts on the day of its first session; days before it are not known,
 * so a first week that began before it (history starting mid-week) is never the "week before" of
 * R6.weekly-jump, R6.two-week-spike or R6.both. Ratios warm up for 28 days from that first day.
 *
 * <pre>
 * HistoryAnalysis analysis = HistoryAnalyzer.analyze(sessions, Optional.of(painOnset));
 * analysis.weeks();          // ISO weeks per activity with volume, ratios, monotony, strain
 * analysis.findings();       // every R6 finding, oldest first
 * analysis.whatWentWrong();  // those of the 8 weeks before the pain began
 * </pre>
 */
public final class HistoryAnalyzer {

    public static final String WEEKLY_JUMP = "R6.weekly-jump";
    public static final String TWO_WEEK_SPIKE = "R6.two-week-spike";
    public static final String ACWR = "R6.acwr";
    public static final String BOTH = "R6.both";
    public static final String NO_RECOVERY = "R6.no-recovery";
    public static final String RETURN_TOO_FAST = "R6.return-too-fast";
    public static final String MONOTONY = "R6.monotony";
    public static final String GEAR = "R6.gear";

    /** The rules in their fixed order (ties on the same date are listed in this order). */
    public static final List<String> RULES =
            List.of(WEEKLY_JUMP, TWO_WEEK_SPIKE, ACWR, BOTH, NO_RECOVERY, RETURN_TOO_FAST, MONOTONY, GEAR);

    private static final double EPSILON = 1e-9;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final HistoryKnobs knobs;

    public HistoryAnalyzer(HistoryKnobs knobs) {
        this.knobs = knobs;
    }

    /** R6 with the rule's own knobs. */
    public static HistoryAnalysis analyze(List<HistorySession> sessions, Optional<LocalDate> painOnset) {
        return new HistoryAnalyzer(HistoryKnobs.DEFAULTS).analyze(new HistoryInput(sessions, painOnset));
    }

    public HistoryAnalysis analyze(HistoryInput input) {
        // activities in the order of their names (CYCLE before RUN), as the answer has always listed them
        Map<Activity, List<HistorySession>> byActivity = new TreeMap<>(Comparator.comparing(Activity::name));
        for (HistorySession session : input.sessions()) {
            byActivity
                    .computeIfAbsent(session.activity(), a -> new ArrayList<>())
                    .add(session);
        }
        List<HistoryWeek> weeks = new ArrayList<>();
        List<HistoryFinding> findings = new ArrayList<>();
        for (Map.Entry<Activity, List<HistorySession>> entry : byActivity.entrySet()) {
            List<HistorySession> sessions = new ArrayList<>(entry.getValue());
            sessions.sort(Comparator.comparing(HistorySession::date));
            List<GearChange> gear = input.gearChanges().stream()
                    .filter(g -> g.activity().equals(entry.getKey()))
                    .toList();
            new ActivityHistory(entry.getKey(), sessions, input.painOnset(), gear, input.redWeekStarts())
                    .analyse(weeks, findings);
        }
        findings.sort(Comparator.comparing(HistoryFinding::date)
                .thenComparing(f -> RULES.indexOf(f.rule()))
                .thenComparing(f -> f.activity().name()));
        List<HistoryFinding> whatWentWrong = input.painOnset()
                .map(onset -> {
                    LocalDate from = onset.minusWeeks(knobs.lookbackWeeks());
                    return findings.stream()
                            .filter(f ->
                                    !f.endDate().isBefore(from) && !f.date().isAfter(onset))
                            .toList();
                })
                .orElse(List.of());
        return new HistoryAnalysis(weeks, findings, whatWentWrong);
    }

    /** One activity's history laid out day by day from its first session. */
    private final class ActivityHistory {
        private final Activity activity;
        private final String activityName;
        private final List<HistorySession> sessions;
        private final Optional<LocalDate> painOnset;
        private final List<GearChange> gearChanges;
        private final List<LocalDate> redWeekStarts;
        private final LocalDate first;
        private final LocalDate end;
        private final double[] dailyLoad;
        private final double[] dailyVolume;
        private final int[] dailySessions;
        private final int[] dailyHard;

        ActivityHistory(
                Activity activity,
                List<HistorySession> sessions,
                Optional<LocalDate> painOnset,
                List<GearChange> gearChanges,
                List<LocalDate> redWeekStarts) {
            this.activity = activity;
            this.activityName = displayName(activity);
            this.sessions = sessions;
            this.painOnset = painOnset;
            this.gearChanges = gearChanges;
            this.redWeekStarts = redWeekStarts;
            this.first = sessions.get(0).date();
            LocalDate last = sessions.get(sessions.size() - 1).date();
            if (painOnset.isPresent() && painOnset.get().isAfter(last)) {
                last = painOnset.get();
            }
            this.end = last.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            int days = (int) DAYS.between(first, end) + 1;
            dailyLoad = new double[days];
            dailyVolume = new double[days];
            dailySessions = new int[days];
            dailyHard = new int[days];
            for (HistorySession s : sessions) {
                int i = index(s.date());
                dailyLoad[i] += s.sessionLoad();
                dailyVolume[i] += s.volume();
                dailySessions[i]++;
                if (s.rpe() != null && s.rpe() >= knobs.hardRpe()) {
                    dailyHard[i]++;
                }
            }
        }

        private int index(LocalDate date) {
            return (int) DAYS.between(first, date);
        }

        private double load(LocalDate date) {
            int i = index(date);
            return i >= 0 && i < dailyLoad.length ? dailyLoad[i] : 0;
        }

        private double volumeBetween(LocalDate from, LocalDate to) {
            double sum = 0;
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                int i = index(d);
                if (i >= 0 && i < dailyVolume.length) {
                    sum += dailyVolume[i];
                }
            }
            return sum;
        }

        void analyse(List<HistoryWeek> weeksOut, List<HistoryFinding> findings) {
            Double[] ewma = LoadMetrics.acuteChronicRatioEwma(dailyLoad);
            Double[] coupled = LoadMetrics.acuteChronicRatioCoupled(dailyLoad);
            Double[] uncoupled = LoadMetrics.acuteChronicRatioUncoupled(dailyLoad);

            List<HistoryWeek> weeks = new ArrayList<>();
            List<int[]> hardSessions = new ArrayList<>();
            List<Double> meanPaces = new ArrayList<>();
            for (LocalDate monday = first.with(DayOfWeek.MONDAY); !monday.isAfter(end); monday = monday.plusWeeks(1)) {
                double[] loads = new double[7];
                for (int d = 0; d < 7; d++) {
                    loads[d] = load(monday.plusDays(d));
                }
                double weeklyLoad = 0;
                for (double l : loads) {
                    weeklyLoad += l;
                }
                int sunday = index(monday.plusDays(6));
                weeks.add(new HistoryWeek(
                        monday,
                        activity,
                        volumeBetween(monday, monday.plusDays(6)),
                        weeklyLoad,
                        ewma[sunday],
                        coupled[sunday],
                        uncoupled[sunday],
                        LoadMetrics.monotony(loads),
                        LoadMetrics.strain(loads)));
                LocalDate weekStart = monday;
                List<HistorySession> inWeek = sessions.stream()
                        .filter(s -> !s.date().isBefore(weekStart) && !s.date().isAfter(weekStart.plusDays(6)))
                        .toList();
                hardSessions.add(new int[] {
                    (int) inWeek.stream()
                            .filter(s -> s.rpe() != null && s.rpe() >= knobs.hardRpe())
                            .count()
                });
                meanPaces.add(inWeek.stream()
                        .filter(s -> s.avgPaceSecPerKm() != null)
                        .mapToDouble(HistorySession::avgPaceSecPerKm)
                        .average()
                        .stream()
                        .boxed()
                        .findFirst()
                        .orElse(null));
            }
            weeksOut.addAll(weeks);

            // a week that began before the history did is only partly known: never a baseline
            int firstFullWeek = first.getDayOfWeek() == DayOfWeek.MONDAY ? 0 : 1;
            for (int w = 0; w < weeks.size(); w++) {
                HistoryWeek week = weeks.get(w);
                if (w - 1 >= firstFullWeek) {
                    weeklyJump(week, weeks.get(w - 1), findings);
                    both(
                            week,
                            weeks.get(w - 1),
                            hardSessions.get(w)[0],
                            hardSessions.get(w - 1)[0],
                            meanPaces.get(w),
                            meanPaces.get(w - 1),
                            findings);
                }
                if (w - 2 >= firstFullWeek) {
                    twoWeekSpike(week, weeks.get(w - 2), findings);
                }
                acuteChronic(week, ewma, findings);
                monotony(week, findings);
            }
            noRecovery(findings);
            returnTooFast(findings);
            gear(findings);
        }

        private void weeklyJump(HistoryWeek week, HistoryWeek before, List<HistoryFinding> findings) {
            if (before.volume() > 0 && week.volume() > before.volume() * knobs.weeklyJumpRatio() + EPSILON) {
                findings.add(new HistoryFinding(
                        WEEKLY_JUMP,
                        Severity.CAUTION,
                        HistoryFinding.Scope.WEEK,
                        week.start(),
                        activity,
                        "In the week of " + day(week.start()) + " your " + activityName + " went up by "
                                + percent(week.volume(), before.volume()) + " (" + number(before.volume()) + " to "
                                + number(week.volume()) + "), more than the 10 % a week often suggested.",
                        "The 10 % rule of thumb; Buist et al. 2008 (Am J Sports Med 36:33–39)",
                        "Weak: the 10 % rule is a rule of thumb. In a trial, a graded 10 % programme did not prevent"
                                + " injuries in new runners (Buist 2008). Treat it as a hint, not proof."));
            }
        }

        private void twoWeekSpike(HistoryWeek week, HistoryWeek twoBefore, List<HistoryFinding> findings) {
            if (twoBefore.volume() > 0 && week.volume() > twoBefore.volume() * knobs.twoWeekSpikeRatio() + EPSILON) {
                findings.add(
                        new HistoryFinding(
                                TWO_WEEK_SPIKE,
                                Severity.HIGH,
                                HistoryFinding.Scope.WEEK,
                                week.start(),
                                activity,
                                "In the week of " + day(week.start()) + " your " + activityName + " was "
                                        + percent(week.volume(), twoBefore.volume()) + " above two weeks earlier ("
                                        + number(twoBefore.volume()) + " to " + number(week.volume())
                                        + "): a rise of more than 30 %.",
                                "Nielsen et al. 2014 (J Orthop Sports Phys Ther 44:739–747)",
                                "Moderate: rises of more than 30 % over two weeks went with more injuries of the kind that"
                                        + " includes knee-cap pain and IT band syndrome, but the link was only borderline significant."));
            }
        }

        private void acuteChronic(HistoryWeek week, Double[] ewma, List<HistoryFinding> findings) {
            Double highest = null;
            LocalDate highestDay = null;
            for (int d = 0; d < 7; d++) {
                LocalDate date = week.start().plusDays(d);
                int i = index(date);
                if (i >= 0 && i < ewma.length && ewma[i] != null && (highest == null || ewma[i] > highest)) {
                    highest = ewma[i];
                    highestDay = date;
                }
            }
            if (highest == null) {
                return;
            }
            Optional<Severity> severity = classifyAcuteChronicRatio(highest, knobs);
            if (severity.isEmpty()) {
                return;
            }
            String ratio = String.format(Locale.ROOT, "%.2f", highest);
            String message = severity.get() == Severity.INFO
                    ? "In the week of " + day(week.start()) + " your " + activityName
                            + " load stayed well below what you"
                            + " had been used to: the acute:chronic ratio was at most " + ratio + " (under "
                            + number(knobs.acwrUnder()) + "). Coming back from such a dip, build up gradually."
                    : "In the week of " + day(week.start()) + " your recent " + activityName + " load was high against"
                            + " what you had been used to: the acute:chronic ratio reached " + ratio + " on "
                            + day(highestDay) + " (flag above " + number(knobs.acwrCaution()) + ", high from "
                            + number(knobs.acwrHigh()) + ").";
            findings.add(new HistoryFinding(
                    ACWR,
                    severity.get(),
                    HistoryFinding.Scope.WEEK,
                    week.start(),
                    activity,
                    message,
                    "Williams et al. 2017 (Br J Sports Med 51:209–210, the weighted ratio); Gabbett 2016 (Br J Sports Med"
                            + " 50:273–280); Impellizzeri et al. 2020 (Int J Sports Physiol Perform 15:907–913)",
                    "Disputed: the ratio and its thresholds are debated (Impellizzeri 2020). This is a flag to look at,"
                            + " not a verdict."));
        }

        private void both(
                HistoryWeek week,
                HistoryWeek before,
                int hard,
                int hardBefore,
                Double pace,
                Double paceBefore,
                List<HistoryFinding> findings) {
            if (!(before.volume() > 0 && week.volume() > before.volume() * knobs.weeklyJumpRatio() + EPSILON)) {
                return;
            }
            boolean moreHard = hard > hardBefore;
            boolean faster =
                    pace != null && paceBefore != null && pace < paceBefore * (1 - knobs.paceFasterShare()) - EPSILON;
            if (!moreHard && !faster) {
                return;
            }
            String harder = moreHard
                    ? hard + " hard sessions (effort " + knobs.hardRpe() + " or more) against " + hardBefore
                    : "a mean pace of " + pace(pace) + " against " + pace(paceBefore);
            if (moreHard && faster) {
                harder += ", and a mean pace of " + pace(pace) + " against " + pace(paceBefore);
            }
            findings.add(new HistoryFinding(
                    BOTH,
                    Severity.CAUTION,
                    HistoryFinding.Scope.WEEK,
                    week.start(),
                    activity,
                    "In the week of " + day(week.start()) + " you did more " + activityName + " ("
                            + number(before.volume()) + " to " + number(week.volume()) + ", up "
                            + percent(week.volume(), before.volume()) + ") and harder: " + harder
                            + " the week before. Raising how much and how hard at once adds up.",
                    "Reload rules R6.both, a coaching principle",
                    "Low: a widely given coaching principle, not tested on its own in trials."));
        }

        private void monotony(HistoryWeek week, List<HistoryFinding> findings) {
            if (week.monotony() != null && week.monotony() > knobs.monotony() + EPSILON) {
                findings.add(new HistoryFinding(
                        MONOTONY,
                        Severity.CAUTION,
                        HistoryFinding.Scope.WEEK,
                        week.start(),
                        activity,
                        "In the week of " + day(week.start()) + " your " + activityName + " load hardly varied from day"
                                + " to day: monotony " + String.format(Locale.ROOT, "%.2f", week.monotony())
                                + " (above "
                                + number(knobs.monotony()) + "), strain "
                                + String.format(Locale.ROOT, "%.1f", week.strain())
                                + " for a weekly load of " + number(week.weeklyLoad())
                                + ". Easy days and rest days help recovery.",
                        "Foster 1998 (Med Sci Sports Exerc 30:1164–1168)",
                        "Moderate: from studies of overtraining and illness in athletes; not specific to knee pain."));
            }
        }

        private void noRecovery(List<HistoryFinding> findings) {
            // hard sessions on consecutive days
            int run = 0;
            for (int i = 0; i <= dailyHard.length; i++) {
                if (i < dailyHard.length && dailyHard[i] > 0) {
                    run++;
                    continue;
                }
                if (run >= 2) {
                    LocalDate from = first.plusDays(i - run);
                    LocalDate to = first.plusDays(i - 1L);
                    findings.add(new HistoryFinding(
                            NO_RECOVERY,
                            Severity.CAUTION,
                            HistoryFinding.Scope.DAY,
                            from.plusDays(1),
                            activity,
                            "Hard " + activityName + " sessions (effort " + knobs.hardRpe() + " or more) on " + run
                                    + " days in a row, " + day(from) + " to " + day(to)
                                    + ", with no easier day between.",
                            "Foster 1998 (Med Sci Sports Exerc 30:1164–1168)",
                            "Moderate: recovery between hard days is a well-supported training principle; the exact"
                                    + " spacing needed varies from person to person."));
                }
                run = 0;
            }
            // days in a row without a rest day
            run = 0;
            for (int i = 0; i <= dailySessions.length; i++) {
                if (i < dailySessions.length && dailySessions[i] > 0) {
                    run++;
                    continue;
                }
                if (run >= knobs.daysWithoutRest()) {
                    LocalDate from = first.plusDays(i - run);
                    LocalDate to = first.plusDays(i - 1L);
                    findings.add(new HistoryFinding(
                            NO_RECOVERY,
                            Severity.CAUTION,
                            HistoryFinding.Scope.DAY,
                            from.plusDays(knobs.daysWithoutRest() - 1L),
                            activity,
                            run + " days of " + activityName + " in a row without a rest day, " + day(from) + " to "
                                    + day(to) + ".",
                            "Foster 1998 (Med Sci Sports Exerc 30:1164–1168)",
                            "Moderate: rest days lower monotony and help recovery; the exact number needed varies."));
                }
                run = 0;
            }
        }

        private void returnTooFast(List<HistoryFinding> findings) {
            LocalDate previous = null;
            for (HistorySession s : sessions) {
                if (s.volume() <= 0) {
                    continue;
                }
                if (previous != null) {
                    long daysWithout = DAYS.between(previous, s.date()) - 1;
                    if (daysWithout >= knobs.breakDays()) {
                        double before = volumeBetween(previous.minusDays(6), previous);
                        double back = volumeBetween(s.date(), s.date().plusDays(6));
                        if (before > 0 && back >= before * knobs.returnShare() - EPSILON) {
                            findings.add(new HistoryFinding(
                                    RETURN_TOO_FAST,
                                    Severity.CAUTION,
                                    HistoryFinding.Scope.DAY,
                                    s.date(),
                                    activity,
                                    "After " + daysWithout + " days without " + activityName
                                            + ", the first week back (from "
                                            + day(s.date()) + ") came to " + number(back) + ": "
                                            + Math.round(back / before * 100) + " % of the " + number(before)
                                            + " of the last week before the break (flag from "
                                            + Math.round(knobs.returnShare() * 100) + " %).",
                                    "Gabbett 2016 (Br J Sports Med 50:273–280)",
                                    "Moderate: after a break the body tolerates less, so the old load is a bigger jump;"
                                            + " the 80 % line is a rule of thumb."));
                        }
                    }
                }
                previous = s.date();
            }
        }

        private void gear(List<HistoryFinding> findings) {
            List<LocalDate> targets = new ArrayList<>();
            painOnset.ifPresent(targets::add);
            targets.addAll(redWeekStarts);
            if (targets.isEmpty()) {
                return;
            }
            Map<LocalDate, String> changes = new TreeMap<>();
            for (GearChange change : gearChanges) {
                changes.merge(change.date(), describe(change), (a, b) -> a + "; " + b);
            }
            // new shoes: a pair not worn before (the first pair of the history is not new)
            Set<String> seen = new HashSet<>();
            for (HistorySession s : sessions) {
                if (s.shoes() == null || s.shoes().isBlank()) {
                    continue;
                }
                String shoes = s.shoes().trim();
                if (seen.add(shoes.toLowerCase(Locale.ROOT)) && seen.size() > 1) {
                    changes.merge(s.date(), "new shoes (" + shoes + ")", (a, b) -> a + "; " + b);
                }
            }
            // a change of main surface from one week with sessions to the next
            Map<LocalDate, Map<String, Double>> surfaceByWeek = new TreeMap<>();
            Map<LocalDate, Map<String, LocalDate>> firstUse = new HashMap<>();
            for (HistorySession s : sessions) {
                if (s.surface() == null || s.surface().isBlank()) {
                    continue;
                }
                LocalDate monday = s.date().with(DayOfWeek.MONDAY);
                String surface = s.surface().trim().toLowerCase(Locale.ROOT);
                surfaceByWeek
                        .computeIfAbsent(monday, m -> new LinkedHashMap<>())
                        .merge(surface, Math.max(s.volume(), EPSILON), Double::sum);
                firstUse.computeIfAbsent(monday, m -> new HashMap<>()).putIfAbsent(surface, s.date());
            }
            String previousMain = null;
            for (Map.Entry<LocalDate, Map<String, Double>> week : surfaceByWeek.entrySet()) {
                String main = week.getValue().entrySet().stream()
                        .max(Map.Entry.comparingByValue())
                        .orElseThrow()
                        .getKey();
                if (previousMain != null && !main.equals(previousMain)) {
                    changes.merge(
                            firstUse.get(week.getKey()).get(main),
                            "main surface changed from " + previousMain + " to " + main,
                            (a, b) -> a + "; " + b);
                }
                previousMain = main;
            }
            for (Map.Entry<LocalDate, String> change : changes.entrySet()) {
                LocalDate date = change.getKey();
                for (LocalDate target : targets) {
                    long before = DAYS.between(date, target);
                    if (before >= 0 && before <= knobs.gearWindowDays()) {
                        boolean pain = painOnset.isPresent() && painOnset.get().equals(target);
                        findings.add(new HistoryFinding(
                                GEAR,
                                Severity.CAUTION,
                                HistoryFinding.Scope.DAY,
                                date,
                                activity,
                                capitalize(change.getValue()) + " on " + day(date) + ", " + before + " days before "
                                        + (pain ? "the pain began" : "a RED week (from " + day(target) + ")") + ".",
                                "Reload rules R6.gear, clinical experience",
                                "Low: a change of shoes or surface is a plausible trigger that clinicians ask about;"
                                        + " it has not been tested in trials."));
                        break;
                    }
                }
            }
        }
    }

    /** R6.acwr: HIGH from the high threshold, CAUTION above the caution one, INFO (under-loaded) below the low one. */
    public static Optional<Severity> classifyAcuteChronicRatio(double acuteChronicRatio, HistoryKnobs knobs) {
        if (acuteChronicRatio >= knobs.acwrHigh() - EPSILON) {
            return Optional.of(Severity.HIGH);
        }
        if (acuteChronicRatio > knobs.acwrCaution() + EPSILON) {
            return Optional.of(Severity.CAUTION);
        }
        if (acuteChronicRatio < knobs.acwrUnder() - EPSILON) {
            return Optional.of(Severity.INFO);
        }
        return Optional.empty();
    }

    private static String describe(GearChange change) {
        String what =
                change.description() == null || change.description().isBlank() ? "" : " (" + change.description() + ")";
        return (change.kind() == GearChange.Kind.SHOES ? "new shoes" : "a new main surface") + what;
    }

    static String displayName(Activity activity) {
        return switch (activity) {
            case RUN -> "running";
            case WALK -> "walking";
            case HIKE -> "hiking";
            case CYCLE -> "cycling";
            case SWIM -> "swimming";
            case JUMP_SPORT -> "jumping sport";
            case OTHER -> "other activity";
        };
    }

    private static String day(LocalDate date) {
        return date.format(DAY);
    }

    private static String number(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded)
                ? String.valueOf((long) rounded)
                : String.format(Locale.ROOT, "%.1f", rounded);
    }

    private static String percent(double now, double before) {
        return Math.round((now / before - 1) * 100) + " %";
    }

    private static String pace(double secondsPerKm) {
        long s = Math.round(secondsPerKm);
        return String.format(Locale.ROOT, "%d:%02d min/km", s / 60, s % 60);
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
