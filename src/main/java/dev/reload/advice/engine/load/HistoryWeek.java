package dev.reload.advice.engine.load;

import java.time.LocalDate;

import dev.reload.knee.Activity;

/**
 * One ISO week (Monday to Sunday) of one activity.
 *
 * @param start         the Monday
 * @param activity      the activity
 * @param volume        sum of the week's session volumes
 * @param weeklyLoad    sum of the week's daily loads (session-RPE load where known, else volume)
 * @param acwrEwma      exponentially weighted acute:chronic ratio of the Sunday, null while warming up
 * @param acwrCoupled   coupled rolling ratio of the Sunday, null while warming up
 * @param acwrUncoupled uncoupled rolling ratio of the Sunday, null while warming up
 * @param acwrPeak      the week's highest daily exponentially weighted ratio, the one R6.acwr judges
 *                      (null while warming up all week)
 * @param monotony      Foster's monotony, null when the week has no variation
 * @param strain        weekly load × monotony, null with monotony
 */
public record HistoryWeek(
        LocalDate start,
        Activity activity,
        double volume,
        double weeklyLoad,
        Double acwrEwma,
        Double acwrCoupled,
        Double acwrUncoupled,
        Double acwrPeak,
        Double monotony,
        Double strain) {}
