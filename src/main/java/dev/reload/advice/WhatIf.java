package dev.reload.advice;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.reload.account.AccountId;
import dev.reload.advice.engine.Advice;
import dev.reload.plan.PlanKnobs;
import dev.reload.plan.PlanTuning;
import dev.reload.plan.ProposedKnobs;
import dev.reload.system.web.NotFoundException;

/**
 * "What if" (issue 13, point 5): the advice for an account's stored plan and log with other knob
 * values, beside the advice as it stands. It builds the engine's input as {@link AdviceService}
 * does and runs the same engine as the preview, on a copy: nothing stored changes. Who may ask
 * about whose plan is the caller's to decide.
 */
@Service
public class WhatIf {

    private final AdviceComputations computations;
    private final StoredRecordsReader records;
    private final PlanTuning tuning;

    WhatIf(AdviceComputations computations, StoredRecordsReader records, PlanTuning tuning) {
        this.computations = computations;
        this.records = records;
        this.tuning = tuning;
    }

    /**
     * The advice on {@code asOf} with the stored knobs and with {@code proposed} over them (null
     * values: as stored).
     *
     * @throws dev.reload.system.web.InvalidFieldException naming each proposed knob outside its bounds
     * @throws NotFoundException when the account has no active plan
     */
    @Transactional(readOnly = true)
    public WhatIfAnswer ask(AccountId owner, LocalDate asOf, ProposedKnobs proposed) {
        PlanKnobs current = tuning.resolve(owner, ProposedKnobs.NONE);
        PlanKnobs values = tuning.resolve(owner, proposed);
        StoredRecords stored =
                records.read(owner).orElseThrow(() -> new NotFoundException("active plan", "(none yet)"));
        EngineInputs inputs = EngineInputs.of(stored);
        Advice now = computations.advise(AdviceComputations.Source.STORED, inputs.on(asOf), asOf);
        Advice then = computations.advise(
                AdviceComputations.Source.WHAT_IF, inputs.tunedTo(values).on(asOf), asOf);
        return WhatIfAnswer.of(
                asOf,
                current,
                values,
                WhatIfAdvice.of(now, stored.plan().entry().unit()),
                WhatIfAdvice.of(then, stored.plan().entry().unit()));
    }
}
