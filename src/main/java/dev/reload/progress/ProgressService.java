package dev.reload.progress;

import java.time.LocalDate;

import org.springframework.stereotype.Service;

import dev.reload.account.AccountId;
import dev.reload.account.PersonalClock;
import dev.reload.advice.PlanHistoryService;
import dev.reload.knee.ExerciseLibrary;

/**
 * The progress read model of an account on its today: one read of the plan and the log (by the
 * adviser's {@link PlanHistoryService}), then the series of {@link Progresses#of}.
 */
@Service
public class ProgressService {

    private final PlanHistoryService histories;
    private final ExerciseLibrary library;
    private final PersonalClock clock;

    ProgressService(PlanHistoryService histories, ExerciseLibrary library, PersonalClock clock) {
        this.histories = histories;
        this.library = library;
        this.clock = clock;
    }

    /** The account's progress on its today. */
    public Progress progress(AccountId owner) {
        return progress(owner, clock.today(owner));
    }

    /** The account's progress on {@code asOf} (state NO_PLAN without an active plan). */
    public Progress progress(AccountId owner, LocalDate asOf) {
        return histories
                .history(owner, asOf)
                .map(history -> Progresses.of(history, library))
                .orElseGet(() -> Progresses.noPlan(asOf));
    }
}
