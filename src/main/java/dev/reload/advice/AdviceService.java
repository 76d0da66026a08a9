package dev.reload.advice;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import dev.reload.account.AccountId;
import dev.reload.advice.engine.Advice;
import dev.reload.advice.engine.AdviceEngine;
import dev.reload.advice.engine.AdviceInput;
import dev.reload.log.LogService;
import dev.reload.log.LogService.EngineLog;
import dev.reload.plan.PlanService;
import dev.reload.plan.PlanService.ScreeningView;

/**
 * Advice from what an account has stored: loads its active plan, its log and its screens, maps
 * them to the engine's records and asks the engine. The same engine answers the stateless preview,
 * so the same plan and log give the same advice either way.
 */
@Service
public class AdviceService {

    private final AdviceEngine engine;
    private final PlanService plans;
    private final LogService log;

    AdviceService(AdviceEngine engine, PlanService plans, LogService log) {
        this.engine = engine;
        this.plans = plans;
        this.log = log;
    }

    /** The advice for the account's active plan on {@code asOf}, or empty when it has no plan. */
    public Optional<Advice> adviceFor(AccountId owner, LocalDate asOf) {
        return adviceFor(owner, List.of(asOf)).map(advice -> advice.get(asOf));
    }

    /**
     * The advice on each of several days, from one read of the plan, the log and the screens;
     * empty when the account has no plan.
     */
    public Optional<Map<LocalDate, Advice>> adviceFor(AccountId owner, Collection<LocalDate> days) {
        return plans.active(owner).map(active -> {
            EngineLog entries = log.engineLog(owner);
            List<ScreeningView> screens = plans.screenings(owner);
            Map<LocalDate, Advice> advice = new LinkedHashMap<>();
            for (LocalDate asOf : days) {
                AdviceInput input = new AdviceInput(
                        active.plan(),
                        entries.sessions(),
                        entries.checkIns(),
                        entries.strength(),
                        PlanService.inForce(screens, asOf),
                        active.assessment(),
                        active.painOnset(),
                        null);
                advice.put(asOf, engine.advise(input, asOf));
            }
            return advice;
        });
    }
}
