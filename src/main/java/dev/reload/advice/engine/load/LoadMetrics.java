package dev.reload.advice.engine.load;

/**
 * The arithmetic of rules.md R6 over a series of daily loads (one value a day, rest days 0), index 0
 * being the first day of the history. Ratios are {@code null} while warming up (fewer than
 * {@value #CHRONIC_DAYS} days of history) or when the chronic value is 0.
 */
public final class LoadMetrics {

    public static final int ACUTE_DAYS = 7;
    public static final int CHRONIC_DAYS = 28;

    private LoadMetrics() {}

    /**
     * Exponentially weighted acute:chronic ratio for each day (Williams 2017):
     * {@code ewma_t = λ·load_t + (1−λ)·ewma_{t−1}}, λ = 2/(N+1), N = 7 (acute) and 28 (chronic),
     * both seeded with the first day's load.
     */
    public static Double[] acuteChronicRatioEwma(double[] dailyLoad) {
        Double[] ratios = new Double[dailyLoad.length];
        double acuteLambda = 2.0 / (ACUTE_DAYS + 1);
        double chronicLambda = 2.0 / (CHRONIC_DAYS + 1);
        double acuteLoad = 0;
        double chronicLoad = 0;
        for (int t = 0; t < dailyLoad.length; t++) {
            if (t == 0) {
                acuteLoad = dailyLoad[0];
                chronicLoad = dailyLoad[0];
            } else {
                acuteLoad = acuteLambda * dailyLoad[t] + (1 - acuteLambda) * acuteLoad;
                chronicLoad = chronicLambda * dailyLoad[t] + (1 - chronicLambda) * chronicLoad;
            }
            ratios[t] = ratio(t, acuteLoad, chronicLoad);
        }
        return ratios;
    }

    /** Coupled rolling ratio: mean of days t−6…t over the mean of days t−27…t (which contains them). */
    public static Double[] acuteChronicRatioCoupled(double[] dailyLoad) {
        double[] prefix = prefixSums(dailyLoad);
        Double[] ratios = new Double[dailyLoad.length];
        for (int t = 0; t < dailyLoad.length; t++) {
            if (t >= CHRONIC_DAYS - 1) {
                double acuteLoad = (prefix[t + 1] - prefix[t + 1 - ACUTE_DAYS]) / ACUTE_DAYS;
                double chronicLoad = (prefix[t + 1] - prefix[t + 1 - CHRONIC_DAYS]) / CHRONIC_DAYS;
                ratios[t] = ratio(t, acuteLoad, chronicLoad);
            }
        }
        return ratios;
    }

    /** Uncoupled rolling ratio: mean of days t−6…t over the mean of days t−27…t−7. */
    public static Double[] acuteChronicRatioUncoupled(double[] dailyLoad) {
        double[] prefix = prefixSums(dailyLoad);
        Double[] ratios = new Double[dailyLoad.length];
        int chronicDays = CHRONIC_DAYS - ACUTE_DAYS;
        for (int t = 0; t < dailyLoad.length; t++) {
            if (t >= CHRONIC_DAYS - 1) {
                double acuteLoad = (prefix[t + 1] - prefix[t + 1 - ACUTE_DAYS]) / ACUTE_DAYS;
                double chronicLoad = (prefix[t + 1 - ACUTE_DAYS] - prefix[t + 1 - CHRONIC_DAYS]) / chronicDays;
                ratios[t] = ratio(t, acuteLoad, chronicLoad);
            }
        }
        return ratios;
    }

    /**
     * Foster's monotony of a week: mean daily load over its population standard deviation, rest days
     * as 0; {@code null} when the loads do not vary (never infinite).
     */
    public static Double monotony(double[] weekOfDailyLoads) {
        int n = weekOfDailyLoads.length;
        if (n == 0) {
            return null;
        }
        double sum = 0;
        for (double load : weekOfDailyLoads) {
            sum += load;
        }
        double mean = sum / n;
        double squares = 0;
        for (double load : weekOfDailyLoads) {
            squares += (load - mean) * (load - mean);
        }
        double standardDeviation = Math.sqrt(squares / n);
        if (standardDeviation < 1e-9 * Math.max(1, Math.abs(mean))) {
            return null;
        }
        return mean / standardDeviation;
    }

    /** Strain = weekly load × monotony; {@code null} with monotony. */
    public static Double strain(double[] weekOfDailyLoads) {
        Double monotony = monotony(weekOfDailyLoads);
        if (monotony == null) {
            return null;
        }
        double weeklyLoad = 0;
        for (double load : weekOfDailyLoads) {
            weeklyLoad += load;
        }
        return weeklyLoad * monotony;
    }

    private static Double ratio(int t, double acuteLoad, double chronicLoad) {
        if (t < CHRONIC_DAYS - 1 || chronicLoad <= 1e-12) {
            return null;
        }
        return acuteLoad / chronicLoad;
    }

    private static double[] prefixSums(double[] values) {
        double[] prefix = new double[values.length + 1];
        for (int i = 0; i < values.length; i++) {
            prefix[i + 1] = prefix[i] + values[i];
        }
        return prefix;
    }
}
