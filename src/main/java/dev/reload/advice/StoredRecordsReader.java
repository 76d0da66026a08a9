package dev.reload.advice;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.reload.account.AccountId;
import dev.reload.log.CheckInService;
import dev.reload.log.SessionService;
import dev.reload.log.StrengthService;
import dev.reload.plan.PlanService;

/**
 * Reads an account's plan, screens and log for the adviser: each once, in one read-only
 * transaction, so that every day advised on in a request sees the same records.
 */
@Component
class StoredRecordsReader {

    private final PlanService plans;
    private final SessionService sessions;
    private final CheckInService checkIns;
    private final StrengthService strength;

    StoredRecordsReader(PlanService plans, SessionService sessions, CheckInService checkIns, StrengthService strength) {
        this.plans = plans;
        this.sessions = sessions;
        this.checkIns = checkIns;
        this.strength = strength;
    }

    /** The account's records, or empty when it has no active plan (nothing else is read then). */
    @Transactional(readOnly = true)
    public Optional<StoredRecords> read(AccountId owner) {
        return plans.active(owner)
                .map(plan -> new StoredRecords(
                        plan, plans.screenings(owner), sessions.all(owner), checkIns.all(owner), strength.all(owner)));
    }
}
