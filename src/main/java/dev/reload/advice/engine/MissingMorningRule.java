package dev.reload.advice.engine;

import java.time.LocalDate;
import java.util.Optional;

import dev.reload.knee.Severity;

/**
 * What is not reported behind a week's decision: a session still PENDING when its week is judged
 * (its next morning or its pain after not in yet) counts as AMBER (R3.hold), and so does an imported
 * session not rated yet; one judged without its next morning or its pain after is said so (R1).
 */
final class MissingMorningRule implements WeekRule {

    @Override
    public Optional<WeekVerdict> judge(WeekContext c) {
        WeekStats w = c.week();
        if (w.firstUnratedDay() != LogIndex.NONE) {
            return Optional.of(new WeekVerdict.Note(new Reason(
                    HoldRule.ID,
                    Severity.INFO,
                    () -> "The session of " + Days.inWords(LocalDate.ofEpochDay(w.firstUnratedDay()))
                            + " was imported without pain scores, so it counts for the volume but has no 24-hour"
                            + " response: the week holds until you say how it felt.",
                    Sources.SILBERNAGEL_2007)));
        }
        if (w.pending() > 0) {
            return Optional.of(new WeekVerdict.Note(TwentyFourHourResponse.pendingWhenWeekJudged(
                    LocalDate.ofEpochDay(w.firstPendingDay()), w.firstPendingWaitsFor())));
        }
        if (w.firstUnconfirmedDay() != LogIndex.NONE) {
            return Optional.of(new WeekVerdict.Note(TwentyFourHourResponse.judgedWithout(
                    LocalDate.ofEpochDay(w.firstUnconfirmedDay()), w.firstUnconfirmedWithout())));
        }
        return Optional.empty();
    }
}
