package dev.reload.plan;

import java.time.LocalDate;
import java.util.Optional;

import dev.reload.account.AccountId;
import dev.reload.knee.Phase;

/**
 * The phase a person's active plan is in on a day. The phases follow from the log (rules.md R4),
 * which the adviser reads; the adviser implements this so that the plan page can say where the
 * person is without the plan module depending on the adviser.
 */
public interface PlanPhases {

    /** The phase on {@code day}, or empty without an active plan. */
    Optional<Phase> phaseOn(AccountId owner, LocalDate day);
}
