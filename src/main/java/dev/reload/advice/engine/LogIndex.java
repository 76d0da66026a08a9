package dev.reload.advice.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The log as of one day, indexed once by date: sorted arrays of epoch days searched by binary
 * search, so each rule looks only at the days it needs. Entries after {@code asOf} are left out.
 */
final class LogIndex {

    static final int NONE = -1;

    final long asOf;

    // target-activity sessions, by date
    final long[] targetDay;
    final double[] targetVolume;
    final int[] targetRpe;
    /** {@link #NONE} for a session not rated yet (imported without pain scores). */
    final int[] targetPainDuring;
    final int[] targetPainAfter;

    // every session of any activity, by date
    final long[] anyDay;
    final int[] anyPainDuring;
    final int[] anyPainAfter;
    final ActivitySession[] anySession;

    // morning check-ins, one per day (the worst pain when a day was reported twice)
    final long[] checkInDay;
    final int[] checkInPain;
    // the same, by day from the first report: O(1) look-ups for the R1 classification
    private final long denseFrom;
    private final int[] densePain;

    // days with at least one strength exercise, and the strength log per exercise (by date)
    final long[] strengthDay;
    final Map<String, List<StrengthSet>> strengthByExercise;

    LogIndex(AdviceInput input, LocalDate asOfDate) {
        this.asOf = asOfDate.toEpochDay();
        Activity target = input.plan().targetActivity();

        List<ActivitySession> sessions = known(input.sessions(), ActivitySession::date,
                Comparator.comparing(ActivitySession::date));
        int targets = 0;
        for (ActivitySession s : sessions) {
            if (s.activity() == target) {
                targets++;
            }
        }
        targetDay = new long[targets];
        targetVolume = new double[targets];
        targetRpe = new int[targets];
        targetPainDuring = new int[targets];
        targetPainAfter = new int[targets];
        anyDay = new long[sessions.size()];
        anyPainDuring = new int[sessions.size()];
        anyPainAfter = new int[sessions.size()];
        anySession = sessions.toArray(ActivitySession[]::new);
        int t = 0;
        for (int i = 0; i < sessions.size(); i++) {
            ActivitySession s = sessions.get(i);
            long day = s.date().toEpochDay();
            anyDay[i] = day;
            anyPainDuring[i] = s.unrated() ? NONE : s.painDuring().value();
            anyPainAfter[i] = s.unrated() ? NONE : s.painAfter().value();
            if (s.activity() == target) {
                targetDay[t] = day;
                targetVolume[t] = s.volume();
                targetRpe[t] = s.rpe() == null ? NONE : s.rpe();
                targetPainDuring[t] = s.unrated() ? NONE : s.painDuring().value();
                targetPainAfter[t] = s.unrated() ? NONE : s.painAfter().value();
                t++;
            }
        }

        List<CheckIn> checkIns = known(input.checkIns(), CheckIn::date, Comparator.comparing(CheckIn::date));
        long[] days = new long[checkIns.size()];
        int[] pains = new int[checkIns.size()];
        int n = 0;
        for (CheckIn c : checkIns) {
            long day = c.date().toEpochDay();
            if (n > 0 && days[n - 1] == day) {
                pains[n - 1] = Math.max(pains[n - 1], c.morningPain().value());
            } else {
                days[n] = day;
                pains[n] = c.morningPain().value();
                n++;
            }
        }
        checkInDay = n == days.length ? days : Arrays.copyOf(days, n);
        checkInPain = n == pains.length ? pains : Arrays.copyOf(pains, n);
        denseFrom = n == 0 ? 0 : checkInDay[0];
        densePain = new int[n == 0 ? 0 : (int) (checkInDay[n - 1] - denseFrom + 1)];
        Arrays.fill(densePain, NONE);
        for (int i = 0; i < n; i++) {
            densePain[(int) (checkInDay[i] - denseFrom)] = checkInPain[i];
        }

        List<StrengthSet> strength = known(input.strength(), StrengthSet::date,
                Comparator.comparing(StrengthSet::date));
        long[] sDays = new long[strength.size()];
        int m = 0;
        Map<String, List<StrengthSet>> byExercise = new LinkedHashMap<>();
        for (StrengthSet set : strength) {
            long day = set.date().toEpochDay();
            if (m == 0 || sDays[m - 1] != day) {
                sDays[m++] = day;
            }
            byExercise.computeIfAbsent(set.exercise(), k -> new ArrayList<>()).add(set);
        }
        strengthDay = Arrays.copyOf(sDays, m);
        strengthByExercise = byExercise;
    }

    /** The entries dated on or before {@code asOf}, sorted by date (stable: same-day entries keep their order). */
    private <T> List<T> known(List<T> entries, java.util.function.Function<T, LocalDate> date, Comparator<T> byDate) {
        LocalDate last = LocalDate.ofEpochDay(asOf);
        boolean sorted = true;
        boolean allKnown = true;
        LocalDate previous = null;
        for (T entry : entries) {
            LocalDate d = date.apply(entry);
            if (previous != null && d.isBefore(previous)) {
                sorted = false;
            }
            if (d.isAfter(last)) {
                allKnown = false;
            }
            previous = d;
        }
        if (sorted && allKnown) {
            return entries;
        }
        List<T> copy = new ArrayList<>(entries.size());
        for (T entry : entries) {
            if (!date.apply(entry).isAfter(last)) {
                copy.add(entry);
            }
        }
        if (!sorted) {
            copy.sort(byDate);
        }
        return copy;
    }

    /** Index of the first element of {@code days} that is {@code >= day}. */
    static int lowerBound(long[] days, long day) {
        int lo = 0;
        int hi = days.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (days[mid] < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The morning pain reported on {@code day}, or {@link #NONE}. */
    int morningPain(long day) {
        long i = day - denseFrom;
        return i >= 0 && i < densePain.length ? densePain[(int) i] : NONE;
    }

    /**
     * Baseline morning pain for a session on {@code day} (rules.md, Terms): that day's report, else
     * the latest of the 3 days before, else the median of the last 7 reports, else 0.
     */
    double baseline(long day) {
        for (long d = day; d >= day - 3; d--) {
            int pain = morningPain(d);
            if (pain != NONE) {
                return pain;
            }
        }
        int i = lowerBound(checkInDay, day);
        if (i < checkInDay.length && checkInDay[i] == day) {
            return checkInPain[i];
        }
        if (i > 0 && checkInDay[i - 1] >= day - 3) {
            return checkInPain[i - 1];
        }
        if (i == 0) {
            return 0;
        }
        int from = Math.max(0, i - 7);
        int[] last = Arrays.copyOfRange(checkInPain, from, i);
        Arrays.sort(last);
        int k = last.length;
        return k % 2 == 1 ? last[k / 2] : (last[k / 2 - 1] + last[k / 2]) / 2.0;
    }

    /** The highest morning pain reported in {@code [from, to]}, or {@link #NONE}. */
    int maxMorningPain(long from, long to) {
        int max = NONE;
        for (int i = lowerBound(checkInDay, from); i < checkInDay.length && checkInDay[i] <= to; i++) {
            max = Math.max(max, checkInPain[i]);
        }
        return max;
    }

    /** Number of days with strength work in {@code [from, to]}. */
    int strengthDays(long from, long to) {
        return lowerBound(strengthDay, to + 1) - lowerBound(strengthDay, from);
    }

    /** The worst pain (during, after or next to a session, or on waking) in {@code [from, to]}, or {@link #NONE}. */
    int worstPain(long from, long to) {
        int max = maxMorningPain(from, to);
        for (int i = lowerBound(anyDay, from); i < anyDay.length && anyDay[i] <= to; i++) {
            max = Math.max(max, Math.max(anyPainDuring[i], anyPainAfter[i]));
        }
        return max;
    }
}
