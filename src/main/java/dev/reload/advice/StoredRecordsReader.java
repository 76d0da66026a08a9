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
 * transaction, so that every day advised on in a request sees the same records; or not at all,
 * when this instance's snapshot of them is still of the stored version ({@link RecordsSnapshots}).
 */
@Component
class StoredRecordsReader {

    private final PlanService plans;
    private final SessionService sessions;
    private final CheckInService checkIns;
    private final StrengthService strength;
    private final RecordsSnapshots snapshots;

    StoredRecordsReader(
            PlanService plans,
            SessionService sessions,
            CheckInService checkIns,
            StrengthService strength,
            RecordsSnapshots snapshots) {
        this.plans = plans;
        this.sessions = sessions;
        this.checkIns = checkIns;
        this.strength = strength;
        this.snapshots = snapshots;
    }

    /** The account's records, or empty when it has no active plan (nothing else is read then). */
    @Transactional(readOnly = true)
    public Optional<StoredRecords> read(AccountId owner) {
        return snapshots.records(owner, () -> readNow(owner));
    }

    private Optional<StoredRecords> readNow(AccountId owner) {
        return plans.active(owner)
                .map(plan -> new StoredRecords(
                        plan, plans.screenings(owner), sessions.all(owner), checkIns.all(owner), strength.all(owner)));
    }
}
