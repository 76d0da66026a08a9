package dev.reload.advice.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.reload.knee.Activity;

/**
 * The log as of one day. The whole log is indexed once by date ({@link Sorted}: sorted arrays of
 * epoch days, searched by binary search, and a day-indexed array of morning pain); a view for a
 * day only bounds the searches, so each rule looks only at the days it needs and entries after
 * {@code asOf} stay unseen.
 */
final class LogIndex {

    static final int NONE = -1;
    /** Day-indexed arrays are used up to this span (about 270 years); beyond it, binary search. */
    static final long MAX_DENSE_DAYS = 100_000;

    final long asOf;
    /** Target-activity sessions dated on or before {@code asOf}: indexes {@code [0, targets)}. */
    final int targets;
    /** Sessions of any activity dated on or before {@code asOf}: indexes {@code [0, sessions)}. */
    final int sessions;

    // target-activity sessions, by date
    final long[] targetDay;
    final double[] targetVolume;
    final int[] targetRpe;
    final int[] targetPainDuring;
    final int[] targetPainAfter;

    // every session of any activity, by date
    final long[] anyDay;
    final int[] anyPainDuring;
    final int[] anyPainAfter;
    final ActivitySession[] anySession;

    private final Sorted log;

    LogIndex(AdviceInput input, LocalDate asOf) {
        this(new Sorted(input), asOf);
    }

    LogIndex(Sorted log, LocalDate asOfDate) {
        this.log = log;
        this.asOf = asOfDate.toEpochDay();
        this.targetDay = log.targetDay;
        this.targetVolume = log.targetVolume;
        this.targetRpe = log.targetRpe;
        this.targetPainDuring = log.targetPainDuring;
        this.targetPainAfter = log.targetPainAfter;
        this.anyDay = log.anyDay;
        this.anyPainDuring = log.anyPainDuring;
        this.anyPainAfter = log.anyPainAfter;
        this.anySession = log.anySession;
        this.targets = lowerBound(targetDay, asOf + 1);
        this.sessions = lowerBound(anyDay, asOf + 1);
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

    /** The morning pain reported on {@code day} (known by {@code asOf}), or {@link #NONE}. */
    int morningPain(long day) {
        if (day > asOf) {
            return NONE;
        }
        if (log.densePain != null) {
            long i = day - log.denseFrom;
            return i >= 0 && i < log.densePain.length ? log.densePain[(int) i] : NONE;
        }
        int i = lowerBound(log.checkInDay, day);
        return i < log.checkInDay.length && log.checkInDay[i] == day ? log.checkInPain[i] : NONE;
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
        int i = lowerBound(log.checkInDay, Math.min(day, asOf + 1));
        if (i == 0) {
            return 0;
        }
        int from = Math.max(0, i - 7);
        int[] last = Arrays.copyOfRange(log.checkInPain, from, i);
        Arrays.sort(last);
        int k = last.length;
        return k % 2 == 1 ? last[k / 2] : (last[k / 2 - 1] + last[k / 2]) / 2.0;
    }

    /** The highest morning pain reported in {@code [from, to]}, or {@link #NONE}. */
    int maxMorningPain(long from, long to) {
        long until = Math.min(to, asOf);
        int max = NONE;
        for (long day = from; day <= until; day++) {
            max = Math.max(max, morningPain(day));
        }
        return max;
    }

    /** Number of days with strength work in {@code [from, to]}. */
    int strengthDays(long from, long to) {
        long until = Math.min(to, asOf);
        return until < from ? 0 : log.strengthDaysUpTo(until) - log.strengthDaysUpTo(from - 1);
    }

    /** The worst pain (during or after a session of any activity, or on waking) in {@code [from, to]}, or {@link #NONE}. */
    int worstPain(long from, long to) {
        long until = Math.min(to, asOf);
        int max = maxMorningPain(from, until);
        for (int i = lowerBound(anyDay, from); i < sessions && anyDay[i] <= until; i++) {
            max = Math.max(max, Math.max(anyPainDuring[i], anyPainAfter[i]));
        }
        return max;
    }

    /** The strength log per exercise known by {@code asOf}, each by date, exercises in order of first appearance. */
    Map<String, List<StrengthSet>> strengthByExercise() {
        Map<String, List<StrengthSet>> known = new LinkedHashMap<>();
        for (Map.Entry<String, Sorted.ExerciseLog> e : log.strengthByExercise.entrySet()) {
            int n = lowerBound(e.getValue().days(), asOf + 1);
            if (n > 0) {
                known.put(
                        e.getKey(),
                        java.util.Collections.unmodifiableList(
                                e.getValue().sets().subList(0, n)));
            }
        }
        return known;
    }

    /** The whole log, sorted and indexed once; independent of any day. */
    static final class Sorted {

        record ExerciseLog(long[] days, List<StrengthSet> sets) {}

        final long[] targetDay;
        final double[] targetVolume;
        final int[] targetRpe;
        final int[] targetPainDuring;
        final int[] targetPainAfter;
        final long[] anyDay;
        final int[] anyPainDuring;
        final int[] anyPainAfter;
        final ActivitySession[] anySession;
        final long[] checkInDay;
        final int[] checkInPain;
        final long denseFrom;
        /** Morning pain by day from the first report; null when the reports span too many days for it. */
        final int[] densePain;

        final long[] strengthDay;
        final long strengthFrom;
        /** Strength days up to each day from the first; null when the log spans too many days for it. */
        final int[] strengthPrefix;

        final Map<String, ExerciseLog> strengthByExercise;

        Sorted(AdviceInput input) {
            Activity target = input.plan().targetActivity();
            List<ActivitySession> sessions = sorted(input.sessions(), ActivitySession::date);
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
            for (int i = 0; i < anySession.length; i++) {
                ActivitySession s = anySession[i];
                long day = s.date().toEpochDay();
                anyDay[i] = day;
                anyPainDuring[i] = s.unrated() ? NONE : s.painDuring().value();
                anyPainAfter[i] = s.painAfter() == null ? NONE : s.painAfter().value();
                if (s.activity() == target) {
                    targetDay[t] = day;
                    targetVolume[t] = s.volume();
                    targetRpe[t] = s.rpe() == null ? NONE : s.rpe();
                    targetPainDuring[t] = anyPainDuring[i];
                    targetPainAfter[t] = anyPainAfter[i];
                    t++;
                }
            }

            List<CheckIn> checkIns = sorted(input.checkIns(), CheckIn::date);
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
            long span = n == 0 ? 0 : checkInDay[n - 1] - denseFrom + 1;
            if (span <= MAX_DENSE_DAYS) {
                densePain = new int[(int) span];
                Arrays.fill(densePain, NONE);
                for (int i = 0; i < n; i++) {
                    densePain[(int) (checkInDay[i] - denseFrom)] = checkInPain[i];
                }
            } else {
                densePain = null;
            }

            List<StrengthSet> strength = sorted(input.strength(), StrengthSet::date);
            int count = strength.size();
            long[] setDay = new long[count];
            Map<String, ArrayList<StrengthSet>> byExercise = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                StrengthSet set = strength.get(i);
                setDay[i] = set.date().toEpochDay();
                ArrayList<StrengthSet> sets = byExercise.get(set.exercise());
                if (sets == null) {
                    sets = new ArrayList<>();
                    byExercise.put(set.exercise(), sets);
                }
                sets.add(set);
            }
            long[] unique = new long[count];
            int m = 0;
            for (long day : setDay) {
                if (m == 0 || unique[m - 1] != day) {
                    unique[m++] = day;
                }
            }
            strengthDay = Arrays.copyOf(unique, m);
            strengthFrom = m == 0 ? 0 : strengthDay[0];
            long strengthSpan = m == 0 ? 0 : strengthDay[m - 1] - strengthFrom + 1;
            if (strengthSpan <= MAX_DENSE_DAYS) {
                strengthPrefix = new int[(int) strengthSpan];
                for (long day : strengthDay) {
                    strengthPrefix[(int) (day - strengthFrom)] = 1;
                }
                for (int i = 1; i < strengthPrefix.length; i++) {
                    strengthPrefix[i] += strengthPrefix[i - 1];
                }
            } else {
                strengthPrefix = null;
            }
            Map<String, ExerciseLog> logs = new LinkedHashMap<>();
            byExercise.forEach((id, sets) -> {
                long[] exerciseDays = new long[sets.size()];
                for (int i = 0; i < exerciseDays.length; i++) {
                    exerciseDays[i] = sets.get(i).date().toEpochDay();
                }
                logs.put(id, new ExerciseLog(exerciseDays, sets));
            });
            strengthByExercise = logs;
        }

        /** Number of days with strength work up to and including {@code day}. */
        int strengthDaysUpTo(long day) {
            if (strengthPrefix == null) {
                return lowerBound(strengthDay, day + 1);
            }
            long i = day - strengthFrom;
            if (i < 0 || strengthPrefix.length == 0) {
                return 0;
            }
            return strengthPrefix[(int) Math.min(i, strengthPrefix.length - 1)];
        }

        /** The entries sorted by date (stable: same-day entries keep their order); already sorted lists are kept. */
        private static <T> List<T> sorted(List<T> entries, Function<T, LocalDate> date) {
            LocalDate previous = null;
            for (T entry : entries) {
                LocalDate d = date.apply(entry);
                if (previous != null && d.isBefore(previous)) {
                    List<T> copy = new ArrayList<>(entries);
                    copy.sort(Comparator.comparing(date));
                    return copy;
                }
                previous = d;
            }
            return entries;
        }
    }
}
