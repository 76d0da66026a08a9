package dev.reload.advice;

import java.util.List;

import dev.reload.log.CheckInView;
import dev.reload.log.SessionView;
import dev.reload.log.StrengthView;
import dev.reload.plan.PlanService.PlanView;
import dev.reload.plan.PlanService.ScreeningView;

/**
 * What the adviser reads of one account: the active plan, every safety screen (newest first) and
 * the whole log (each list oldest first), with its mapping to the engine's records made once, when
 * first asked for. Immutable, so one instance serves every request that finds it in the account's
 * snapshot ({@link RecordsSnapshots}).
 */
final class StoredRecords {

    private final PlanView plan;
    private final List<ScreeningView> screenings;
    private final List<SessionView> sessions;
    private final List<CheckInView> checkIns;
    private final List<StrengthView> strength;
    private volatile EngineInputs inputs;

    StoredRecords(
            PlanView plan,
            List<ScreeningView> screenings,
            List<SessionView> sessions,
            List<CheckInView> checkIns,
            List<StrengthView> strength) {
        this.plan = plan;
        this.screenings = List.copyOf(screenings);
        this.sessions = List.copyOf(sessions);
        this.checkIns = List.copyOf(checkIns);
        this.strength = List.copyOf(strength);
    }

    PlanView plan() {
        return plan;
    }

    List<ScreeningView> screenings() {
        return screenings;
    }

    List<SessionView> sessions() {
        return sessions;
    }

    List<CheckInView> checkIns() {
        return checkIns;
    }

    List<StrengthView> strength() {
        return strength;
    }

    /** The records in the engine's terms, mapped on the first call (two racing callers map the same). */
    EngineInputs inputs() {
        EngineInputs mapped = inputs;
        if (mapped == null) {
            mapped = EngineInputs.map(this);
            inputs = mapped;
        }
        return mapped;
    }

    /** How many rows these records hold: the weight of their snapshot. */
    int rows() {
        return 1 + screenings.size() + sessions.size() + checkIns.size() + strength.size();
    }
}
