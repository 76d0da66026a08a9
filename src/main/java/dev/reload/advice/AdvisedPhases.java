package dev.reload.advice;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.reload.account.AccountId;
import dev.reload.advice.engine.Advice;
import dev.reload.knee.Phase;
import dev.reload.plan.PlanPhases;

/** The plan's phase on a day, as the adviser decides it from the plan and the log (R4). */
@Component
class AdvisedPhases implements PlanPhases {

    private final AdviceService advice;

    AdvisedPhases(AdviceService advice) {
        this.advice = advice;
    }

    @Override
    public Optional<Phase> phaseOn(AccountId owner, LocalDate day) {
        return advice.adviceFor(owner, day).map(Advice::phase);
    }
}
