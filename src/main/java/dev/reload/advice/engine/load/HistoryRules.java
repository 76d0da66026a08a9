package dev.reload.advice.engine.load;

import java.util.List;

/**
 * Every rule of R6, in the one fixed order of rules.md (findings of the same day are listed in
 * this order).
 */
final class HistoryRules {

    static final List<HistoryRule> RULES = List.of(
            new WeeklyJumpRule(), // R6.weekly-jump
            new TwoWeekSpikeRule(), // R6.two-week-spike
            new AcuteChronicRatioRule(), // R6.acwr
            new VolumeAndIntensityRule(), // R6.both
            new NoRecoveryRule(), // R6.no-recovery
            new ReturnTooFastRule(), // R6.return-too-fast
            new MonotonyRule(), // R6.monotony
            new GearChangeRule()); // R6.gear

    private HistoryRules() {}
}
