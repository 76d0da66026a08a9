package dev.reload.advice.engine.load;

/**
 * The numbers of rules.md R6, as data. The defaults are the rule's; each bound is checked.
 *
 * @param weeklyJumpRatio      R6.weekly-jump: week volume above this share of the week before (1.10, the "10 % rule")
 * @param twoWeekSpikeRatio    R6.two-week-spike: above this share of two weeks before (1.30, Nielsen 2014)
 * @param acwrCaution          R6.acwr: exponentially weighted ratio above this is a caution (1.3)
 * @param acwrHigh             R6.acwr: at or above this, high (1.5)
 * @param acwrUnder            R6.acwr: below this, under-loaded (0.8)
 * @param hardRpe              R6.both and R6.no-recovery: an RPE at or above this is a hard session (7)
 * @param daysWithoutRest      R6.no-recovery: this many days in a row with sessions (7)
 * @param breakDays            R6.return-too-fast: at least this many days without the activity is a break (14)
 * @param returnShare          R6.return-too-fast: first 7 days back at or above this share of the last 7 before (0.80)
 * @param monotony             R6.monotony: weekly monotony above this (2.0, Foster 1998)
 * @param paceFasterShare      R6.both: mean pace faster by more than this share (0.05)
 * @param gearWindowDays       R6.gear: a change within this many days before the pain or a RED week (21)
 * @param lookbackWeeks        "what went wrong": findings this many weeks before the pain-onset date (8)
 */
public record HistoryThresholds(
        double weeklyJumpRatio,
        double twoWeekSpikeRatio,
        double acwrCaution,
        double acwrHigh,
        double acwrUnder,
        int hardRpe,
        int daysWithoutRest,
        int breakDays,
        double returnShare,
        double monotony,
        double paceFasterShare,
        int gearWindowDays,
        int lookbackWeeks) {

    public static final HistoryThresholds DEFAULT =
            new HistoryThresholds(1.10, 1.30, 1.3, 1.5, 0.8, 7, 7, 14, 0.80, 2.0, 0.05, 21, 8);

    public HistoryThresholds {
        require(weeklyJumpRatio >= 1.0 && weeklyJumpRatio <= 2.0, "weeklyJumpRatio 1.0–2.0");
        require(twoWeekSpikeRatio >= 1.0 && twoWeekSpikeRatio <= 3.0, "twoWeekSpikeRatio 1.0–3.0");
        require(
                acwrUnder > 0 && acwrUnder < 1 && acwrCaution > 1 && acwrHigh > acwrCaution && acwrHigh <= 3,
                "0 < acwrUnder < 1 < acwrCaution < acwrHigh ≤ 3");
        require(hardRpe >= 1 && hardRpe <= 10, "hardRpe 1–10");
        require(daysWithoutRest >= 2 && daysWithoutRest <= 28, "daysWithoutRest 2–28");
        require(breakDays >= 7 && breakDays <= 90, "breakDays 7–90");
        require(returnShare > 0 && returnShare <= 2, "returnShare 0–2");
        require(monotony > 1 && monotony <= 10, "monotony 1–10");
        require(paceFasterShare >= 0 && paceFasterShare < 1, "paceFasterShare 0–1");
        require(gearWindowDays >= 1 && gearWindowDays <= 90, "gearWindowDays 1–90");
        require(lookbackWeeks >= 1 && lookbackWeeks <= 52, "lookbackWeeks 1–52");
    }

    private static void require(boolean ok, String bound) {
        if (!ok) {
            throw new IllegalArgumentException("threshold out of bounds: " + bound);
        }
    }
}
