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

/**
 * Advice from what an account has stored: reads its active plan, its log and its screens once,
 * maps them to the engine's records ({@link EngineInputs}) and asks the engine. The same engine
 * answers the stateless preview, so the same plan and log give the same advice either way.
 */
@Service
public class AdviceService {

    private final AdviceComputations computations;
    private final StoredRecordsReader records;

    AdviceService(AdviceComputations computations, StoredRecordsReader records) {
        this.computations = computations;
        this.records = records;
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
        return records.read(owner).map(EngineInputs::of).map(inputs -> adviceOn(inputs, days));
    }

    /** The advice on each of {@code days} for records already read and mapped. */
    Map<LocalDate, Advice> adviceOn(EngineInputs inputs, Collection<LocalDate> days) {
        Map<LocalDate, Advice> advice = new LinkedHashMap<>();
        for (LocalDate asOf : days) {
            advice.put(asOf, computations.advise(AdviceComputations.Source.STORED, inputs.on(asOf), asOf));
        }
        return advice;
    }
}
