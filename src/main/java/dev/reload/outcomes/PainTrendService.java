package dev.reload.outcomes;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;

import dev.reload.account.AccountId;
import dev.reload.account.PersonalClock;
import dev.reload.log.CheckInService;
import dev.reload.outcomes.PainTrends.MorningPain;
import dev.reload.plan.PlanService;

/**
 * The pain trend of an account's active plan ({@link PainTrend}), from its morning check-ins up to
 * the person's today. The progress page and a report read it here.
 */
@Service
public class PainTrendService {

    private final PlanService plans;
    private final CheckInService checkIns;
    private final PersonalClock clock;

    PainTrendService(PlanService plans, CheckInService checkIns, PersonalClock clock) {
        this.plans = plans;
        this.checkIns = checkIns;
        this.clock = clock;
    }

    /** The weekly trend over the active plan; {@link PainTrend#none()} without one. */
    public PainTrend trend(AccountId owner) {
        return plans.active(owner)
                .map(plan -> trend(owner, plan.entry().startDate()))
                .orElseGet(PainTrend::none);
    }

    private PainTrend trend(AccountId owner, LocalDate start) {
        LocalDate today = clock.today(owner);
        List<MorningPain> mornings = today.isBefore(start)
                ? List.of()
                : checkIns.between(owner, start, today).stream()
                        .filter(c -> c.morningPain() != null)
                        .map(c -> new MorningPain(c.date(), c.morningPain()))
                        .toList();
        return PainTrends.weekly(start, today, mornings);
    }
}
