package dev.reload.advice.engine;

import dev.reload.advice.engine.TwentyFourHourResponse.Unreported;

/**
 * What one plan week's log shows when it is judged on {@code judgeDay}: the target sessions
 * with their R1 classes (PENDING kept apart, imported sessions not rated yet among them), volume, hard
 * sessions, morning pain, strength days. For the notes of R1 and R3.hold: the first PENDING session
 * and what it waits for, and the first GREEN one judged without its pain after or next morning
 * ({@code firstUnconfirmedDay}) and what it was judged without.
 */
record WeekStats(
        int week,
        long firstDay,
        long lastDay,
        long judgeDay,
        int sessions,
        double volume,
        double greenVolume,
        int green,
        int amber,
        int red,
        int pending,
        long firstPendingDay,
        Unreported firstPendingWaitsFor,
        long firstUnconfirmedDay,
        Unreported firstUnconfirmedWithout,
        int hardSessions,
        int maxMorningPain,
        int strengthDays,
        int end,
        long firstUnratedDay) {

    /** RPE at or above this makes a session hard (R3.one-variable, R6.both). */
    static final int HARD_RPE = 7;

    static WeekStats of(LogIndex log, int week, long firstDay, long judgeDay) {
        return of(log, week, firstDay, judgeDay, LogIndex.lowerBound(log.targetDay, firstDay));
    }

    /** The week's stats, its target sessions starting at index {@code from} of the log. */
    static WeekStats of(LogIndex log, int week, long firstDay, long judgeDay, int from) {
        long lastDay = firstDay + 6;
        int sessions = 0;
        int green = 0;
        int amber = 0;
        int red = 0;
        int pending = 0;
        int hard = 0;
        long firstPending = LogIndex.NONE;
        Unreported pendingWaitsFor = Unreported.NOTHING;
        long firstUnconfirmed = LogIndex.NONE;
        Unreported unconfirmedWithout = Unreported.NOTHING;
        long firstUnrated = LogIndex.NONE;
        double volume = 0;
        double greenVolume = 0;
        long knownUntil = Math.min(lastDay, judgeDay);
        int i = from;
        for (; i < log.targets && log.targetDay[i] <= knownUntil; i++) {
            sessions++;
            volume += log.targetVolume[i];
            if (log.targetRpe[i] >= HARD_RPE) {
                hard++;
            }
            switch (TwentyFourHourResponse.classify(log, i, judgeDay)) {
                case GREEN -> {
                    green++;
                    greenVolume += log.targetVolume[i];
                    Unreported without = TwentyFourHourResponse.judgedWithout(log, i, judgeDay);
                    if (firstUnconfirmed == LogIndex.NONE && without != Unreported.NOTHING) {
                        firstUnconfirmed = log.targetDay[i];
                        unconfirmedWithout = without;
                    }
                }
                case AMBER -> amber++;
                case RED -> red++;
                case PENDING -> {
                    pending++;
                    if (firstPending == LogIndex.NONE) {
                        firstPending = log.targetDay[i];
                        if (!TwentyFourHourResponse.unrated(log, i)) {
                            pendingWaitsFor = TwentyFourHourResponse.unreported(log, i, judgeDay);
                        }
                    }
                    if (firstUnrated == LogIndex.NONE && TwentyFourHourResponse.unrated(log, i)) {
                        firstUnrated = log.targetDay[i];
                    }
                }
            }
        }
        return new WeekStats(
                week,
                firstDay,
                lastDay,
                judgeDay,
                sessions,
                volume,
                greenVolume,
                green,
                amber,
                red,
                pending,
                firstPending,
                pendingWaitsFor,
                firstUnconfirmed,
                unconfirmedWithout,
                hard,
                log.maxMorningPain(firstDay, knownUntil),
                log.strengthDays(firstDay, knownUntil),
                i,
                firstUnrated);
    }

    /** The last day of the week known when it was judged. */
    long knownUntil() {
        return Math.min(lastDay, judgeDay);
    }

    boolean anyRed() {
        return red > 0;
    }

    /** AMBER, or PENDING when the week is judged (rules.md, Conventions). */
    boolean anyAmberOrPending() {
        return amber > 0 || pending > 0;
    }

    /** At least one target session and every one of them GREEN. */
    boolean allGreen() {
        return sessions > 0 && green == sessions;
    }
}
