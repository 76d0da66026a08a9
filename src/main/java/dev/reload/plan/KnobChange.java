package dev.reload.plan;

import java.time.Instant;

import dev.reload.account.AccountId;
import dev.reload.account.Role;
import dev.reload.knee.Knob;

/**
 * One entry of a plan's change log: {@code knob} went from {@code oldValue} to {@code newValue}
 * (as {@link PlanKnobs#value} writes them) at {@code changedAt}, by {@code changedBy} — null, with
 * a null name and role, once that account is deleted.
 */
public record KnobChange(
        long id,
        Knob knob,
        String oldValue,
        String newValue,
        AccountId changedBy,
        String changedByName,
        Role changedByRole,
        Instant changedAt) {

    /** Whether {@code owner} made the change on their own plan. */
    public boolean byOwner(AccountId owner) {
        return owner.equals(changedBy);
    }
}
