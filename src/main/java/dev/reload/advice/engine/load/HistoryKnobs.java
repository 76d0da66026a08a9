package dev.reload.advice.engine.load;

import dev.reload.advice.engine.Knobs.KnobOutOfBoundsException;

/**
 * The numbers of rules.md R6, as data, in the style of the adviser's {@code Knobs}: {@link #DEFAULTS}
 * are the rule's own, and a value outside its bounds throws {@link KnobOutOfBoundsException}
 * naming the knob. rules.md marks none of R6's numbers a clinician's knob, so nothing outside the
 * engine sets them today; the bounds keep any other value from turning a rule off or into nonsense.
 *
 * @param weeklyJumpRatio R6.weekly-jump: a week's volume above this share of the week before
 *        (1.0–2.0, default 1.10). Source: rules.md, the "10 % rule" (a heuristic with weak
 *        evidence: the article, Buist 2008)
 * @param twoWeekSpikeRatio R6.two-week-spike: a week's volume above this share of the volume two
 *        weeks before (1.0–3.0, default 1.30). Source: rules.md, Nielsen 2014
 * @param acwrCaution R6.acwr: an exponentially weighted acute:chronic ratio above this is a caution
 *        (1.0–2.0, default 1.3). Source: rules.md, Williams 2017, Gabbett 2016 (disputed:
 *        Impellizzeri 2020)
 * @param acwrHigh R6.acwr: a ratio at or above this is high ({@code acwrCaution}–3.0, default 1.5).
 *        Source: as {@code acwrCaution}
 * @param acwrUnder R6.acwr: a ratio below this is under-loaded (0.1–1.0, default 0.8). Source: as
 *        {@code acwrCaution}
 * @param hardRpe R6.both and R6.no-recovery: a session of this RPE or more is a hard one (1–10,
 *        default 7). Source: rules.md ("RPE ≥ 7")
 * @param daysWithoutRest R6.no-recovery: this many days in a row with a session and no rest day
 *        (2–28, default 7). Source: rules.md ("7 or more days in a row"), Foster 1998
 * @param breakDays R6.return-too-fast: at least this many days without the activity make a break
 *        (7–90, default 14). Source: rules.md ("after 14+ days"), Gabbett 2016
 * @param returnShare R6.return-too-fast: a first week back at or above this share of the last week
 *        before the break (0.1–2.0, default 0.80). Source: rules.md ("≥ 80 %"), Gabbett 2016
 * @param monotony R6.monotony: a weekly monotony above this (1.0–10.0, default 2.0). Source:
 *        rules.md, Foster 1998
 * @param paceFasterShare R6.both: a weekly mean pace faster by more than this share is harder
 *        (0.0–0.5, default 0.05). Source: rules.md ("mean pace > 5 % faster")
 * @param gearWindowDays R6.gear: a change of shoes or surface within this many days before the pain
 *        began or before a RED week (1–90, default 21). Source: rules.md R6.gear and R8.gear
 * @param lookbackWeeks "What went wrong": the findings of this many weeks before the pain-onset date
 *        (1–52, default 8). Source: rules.md R6 and R8.training-error ("the 8 weeks before")
 */
public record HistoryKnobs(
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

    /** The numbers rules.md gives. */
    public static final HistoryKnobs DEFAULTS =
            new HistoryKnobs(1.10, 1.30, 1.3, 1.5, 0.8, 7, 7, 14, 0.80, 2.0, 0.05, 21, 8);

    public HistoryKnobs {
        check("weeklyJumpRatio", weeklyJumpRatio, 1.0, 2.0);
        check("twoWeekSpikeRatio", twoWeekSpikeRatio, 1.0, 3.0);
        check("acwrCaution", acwrCaution, 1.0, 2.0);
        check("acwrHigh", acwrHigh, acwrCaution, 3.0);
        check("acwrUnder", acwrUnder, 0.1, 1.0);
        check("hardRpe", hardRpe, 1, 10);
        check("daysWithoutRest", daysWithoutRest, 2, 28);
        check("breakDays", breakDays, 7, 90);
        check("returnShare", returnShare, 0.1, 2.0);
        check("monotony", monotony, 1.0, 10.0);
        check("paceFasterShare", paceFasterShare, 0.0, 0.5);
        check("gearWindowDays", gearWindowDays, 1, 90);
        check("lookbackWeeks", lookbackWeeks, 1, 52);
    }

    private static void check(String knob, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new KnobOutOfBoundsException(knob, value, min, max);
        }
    }
}
