package dev.reload.advice.engine;

import java.time.LocalDate;
import java.util.Optional;

import dev.reload.knee.Severity;

/**
 * The morning report behind a week's decision: a session still PENDING when its week is judged
 * counts as AMBER (R3.hold), and so does an imported session not rated yet; one judged without its
 * next morning is said so (R1).
 */
final class MissingMorningRule implements WeekRule {

    @Override
    public Optional<WeekVerdict> judge(WeekContext c) {
        WeekStats w = c.week();
        if (w.firstUnratedDay() != LogIndex.NONE) {
            return Optional.of(new WeekVerdict.Note(new Reason(
                    HoldRule.ID,
                    Severity.INFO,
                    () -> "The session of " + LocalDate.ofEpochDay(w.firstUnratedDay())
                            + " was imported without pain scores, so it counts for the volume but has no 24-hour"
                            + " response: the week holds until you say how it felt.",
                    Sources.SILBERNAGEL_2007)));
        }
        if (w.pending() > 0) {
            return Optional.of(new WeekVerdict.Note(new Reason(
                    HoldRule.ID,
                    Severity.INFO,
                    () -> "The morning report after the session of "
                            + Days.inWords(LocalDate.ofEpochDay(w.firstPendingDay()))
                            + " is missing, so that session counts as at the edge for this week's decision.",
                    Sources.SILBERNAGEL_2007)));
        }
        if (w.firstUnconfirmedDay() != LogIndex.NONE) {
            return Optional.of(new WeekVerdict.Note(
                    TwentyFourHourResponse.missingMorning(LocalDate.ofEpochDay(w.firstUnconfirmedDay()))));
        }
        return Optional.empty();
    }
}
