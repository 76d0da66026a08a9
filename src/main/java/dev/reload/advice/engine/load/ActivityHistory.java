package dev.reload.advice.engine.load;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.reload.knee.Activity;

import static java.time.temporal.ChronoUnit.DAYS;

/**
 * What every R6 rule looks at, computed once per activity: its sessions in date order, laid out
 * day by day from its first session to the Sunday after its last one (or after the pain began, if
 * later), its ISO weeks with their figures, and the weighted acute:chronic ratio of every day.
 *
 * <p>Its weeks are the history's calendar weeks (rules.md R6, 2026-12-01): a week without a session
 * of this activity is a week of volume 0 for it (never compared against, R6.return-too-fast's), and
 * only a week that began before the first day of the whole history — not of this activity — is
 * partly known and never a week compared against ({@link #comparable(int, int)}). A first ride on
 * the Tuesday of a history that began on Monday is in a fully known week.
 */
final class ActivityHistory {

    /** Slack for comparisons of computed numbers against a threshold (rules.md's "more than"). */
    static final double EPSILON = 1e-9;

    private final Activity activity;
    private final List<HistorySession> sessions;
    private final Optional<LocalDate> painOnset;
    private final List<GearChange> gearChanges;
    private final List<LocalDate> redWeekStarts;
    private final HistoryKnobs knobs;
    private final LocalDate first;
    private final double[] dailyVolume;
    private final int[] dailySessions;
    private final int[] dailyHard;
    private final Double[] acuteChronicRatio;
    private final List<HistoryWeek> weeks = new ArrayList<>();
    private final List<Integer> hardSessions = new ArrayList<>();
    private final List<Double> meanPaces = new ArrayList<>();
    private final int firstFullWeek;

    /**
     * @param historyFirst  the first day of the whole history (every activity's), on or before this one's first session
     * @param sessions      the activity's sessions, in date order, at least one
     * @param gearChanges   the reported gear changes of this activity
     */
    ActivityHistory(
            Activity activity,
            LocalDate historyFirst,
            List<HistorySession> sessions,
            Optional<LocalDate> painOnset,
            List<GearChange> gearChanges,
            List<LocalDate> redWeekStarts,
            HistoryKnobs knobs) {
        this.activity = activity;
        this.sessions = List.copyOf(sessions);
        this.painOnset = painOnset;
        this.gearChanges = List.copyOf(gearChanges);
        this.redWeekStarts = List.copyOf(redWeekStarts);
        this.knobs = knobs;
        this.first = sessions.get(0).date();
        LocalDate last = sessions.get(sessions.size() - 1).date();
        if (painOnset.isPresent() && painOnset.get().isAfter(last)) {
            last = painOnset.get();
        }
        LocalDate end = last.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        int days = (int) DAYS.between(first, end) + 1;
        double[] dailyLoad = new double[days];
        dailyVolume = new double[days];
        dailySessions = new int[days];
        dailyHard = new int[days];
        for (HistorySession s : sessions) {
            int i = index(s.date());
            dailyLoad[i] += s.sessionLoad();
            dailyVolume[i] += s.volume();
            dailySessions[i]++;
            if (hard(s)) {
                dailyHard[i]++;
            }
        }
        acuteChronicRatio = LoadMetrics.acuteChronicRatioEwma(dailyLoad);
        Double[] coupled = LoadMetrics.acuteChronicRatioCoupled(dailyLoad);
        Double[] uncoupled = LoadMetrics.acuteChronicRatioUncoupled(dailyLoad);
        for (LocalDate monday = first.with(DayOfWeek.MONDAY); !monday.isAfter(end); monday = monday.plusWeeks(1)) {
            double[] loads = new double[7];
            double weeklyLoad = 0;
            for (int d = 0; d < 7; d++) {
                int i = index(monday.plusDays(d));
                loads[d] = i >= 0 && i < days ? dailyLoad[i] : 0;
                weeklyLoad += loads[d];
            }
            int sunday = index(monday.plusDays(6));
            weeks.add(new HistoryWeek(
                    monday,
                    activity,
                    volumeBetween(monday, monday.plusDays(6)),
                    weeklyLoad,
                    acuteChronicRatio[sunday],
                    coupled[sunday],
                    uncoupled[sunday],
                    peakRatio(monday),
                    LoadMetrics.monotony(loads),
                    LoadMetrics.strain(loads)));
            LocalDate weekStart = monday;
            List<HistorySession> inWeek = sessions.stream()
                    .filter(s -> !s.date().isBefore(weekStart) && !s.date().isAfter(weekStart.plusDays(6)))
                    .toList();
            hardSessions.add((int) inWeek.stream().filter(this::hard).count());
            meanPaces.add(inWeek.stream()
                    .filter(s -> s.avgPaceSecPerKm() != null)
                    .mapToDouble(HistorySession::avgPaceSecPerKm)
                    .average()
                    .stream()
                    .boxed()
                    .findFirst()
                    .orElse(null));
        }
        firstFullWeek = first.with(DayOfWeek.MONDAY).isBefore(historyFirst) ? 1 : 0;
    }

    Activity activity() {
        return activity;
    }

    /** The activity in words, as findings name it ("running"). */
    String activityName() {
        return HistoryWords.name(activity);
    }

    HistoryKnobs knobs() {
        return knobs;
    }

    /** The activity's sessions, in date order. */
    List<HistorySession> sessions() {
        return sessions;
    }

    Optional<LocalDate> painOnset() {
        return painOnset;
    }

    /** The gear changes reported for this activity apart from its sessions. */
    List<GearChange> gearChanges() {
        return gearChanges;
    }

    List<LocalDate> redWeekStarts() {
        return redWeekStarts;
    }

    /** The ISO weeks from the one holding the first session, Monday first; week {@code w} is {@code weeks().get(w)}. */
    List<HistoryWeek> weeks() {
        return weeks;
    }

    /** True when week {@code w − back} exists and is fully known, so week {@code w} may be compared against it. */
    boolean comparable(int w, int back) {
        return w - back >= firstFullWeek;
    }

    /** The hard sessions (RPE at or above {@link HistoryKnobs#hardRpe()}) of week {@code w}. */
    int hardSessions(int w) {
        return hardSessions.get(w);
    }

    /** The mean pace of week {@code w}'s sessions with a pace (seconds per km), or null without one. */
    Double meanPace(int w) {
        return meanPaces.get(w);
    }

    /** The days laid out, from the first session's day ({@link #day(int) day(0)}). */
    int days() {
        return dailySessions.length;
    }

    LocalDate day(int index) {
        return first.plusDays(index);
    }

    /** True when the day holds a hard session. */
    boolean hardOn(int index) {
        return dailyHard[index] > 0;
    }

    /** True when the day holds a session (of any volume): it is no rest day. */
    boolean activeOn(int index) {
        return dailySessions[index] > 0;
    }

    /** The highest daily exponentially weighted ratio of the week from {@code monday}, null if none. */
    Double peakRatio(LocalDate monday) {
        LocalDate day = peakRatioDay(monday);
        return day == null ? null : acuteChronicRatio(day);
    }

    /** The first day of the week from {@code monday} with its highest ratio, null while warming up all week. */
    LocalDate peakRatioDay(LocalDate monday) {
        LocalDate highestDay = null;
        Double highest = null;
        for (int d = 0; d < 7; d++) {
            LocalDate day = monday.plusDays(d);
            Double ratio = acuteChronicRatio(day);
            if (ratio != null && (highest == null || ratio > highest)) {
                highest = ratio;
                highestDay = day;
            }
        }
        return highestDay;
    }

    /** The weighted acute:chronic ratio of the day, or null while warming up, with no chronic load or outside the history. */
    Double acuteChronicRatio(LocalDate date) {
        int i = index(date);
        return i >= 0 && i < acuteChronicRatio.length ? acuteChronicRatio[i] : null;
    }

    /** The volume of the days from {@code from} to {@code to}, both included (0 for days outside the history). */
    double volumeBetween(LocalDate from, LocalDate to) {
        double sum = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            int i = index(d);
            if (i >= 0 && i < dailyVolume.length) {
                sum += dailyVolume[i];
            }
        }
        return sum;
    }

    private boolean hard(HistorySession s) {
        return s.rpe() != null && s.rpe() >= knobs.hardRpe();
    }

    private int index(LocalDate date) {
        return (int) DAYS.between(first, date);
    }
}
