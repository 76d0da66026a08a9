package dev.reload.advice.engine.load;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LoadMetricsTests {

    @Test
    void rulesWorkedExampleWithRestDays() {
        double[] week = {400, 0, 350, 0, 450, 300, 0};
        assertThat(Arrays.stream(week).sum()).isEqualTo(1500);
        assertThat(LoadMetrics.monotony(week)).isCloseTo(1.126, within(0.0005));
        assertThat(LoadMetrics.strain(week)).isCloseTo(1688.8, within(0.05));
    }

    @Test
    void rulesWorkedExampleOfAMonotonousWeek() {
        double[] week = {300, 300, 320, 300, 310, 300, 0};
        assertThat(LoadMetrics.monotony(week)).isCloseTo(2.444, within(0.0005));
        assertThat(LoadMetrics.strain(week)).isCloseTo(4472.8, within(0.05));
    }

    @Test
    void aWeekWithoutVariationHasNoMonotonyRatherThanAnInfiniteOne() {
        assertThat(LoadMetrics.monotony(new double[] {100, 100, 100, 100, 100, 100, 100}))
                .isNull();
        assertThat(LoadMetrics.monotony(new double[7])).isNull();
        assertThat(LoadMetrics.strain(new double[7])).isNull();
    }

    @Test
    void ratiosWarmUpForTwentySevenDaysThenAppear() {
        double[] loads = new double[40];
        Arrays.fill(loads, 100);
        for (Double[] ratios : new Double[][] {
            LoadMetrics.acuteChronicRatioEwma(loads),
            LoadMetrics.acuteChronicRatioCoupled(loads),
            LoadMetrics.acuteChronicRatioUncoupled(loads)
        }) {
            assertThat(Arrays.copyOfRange(ratios, 0, 27)).containsOnlyNulls();
            assertThat(ratios[27]).isCloseTo(1.0, within(1e-12));
            assertThat(ratios[39]).isCloseTo(1.0, within(1e-12));
        }
    }

    @Test
    void ewmaSeededWithTheFirstDayReactsToASpikeByLambda() {
        double[] loads = new double[29];
        Arrays.fill(loads, 100);
        loads[28] = 400;
        // acute = 0.25·400 + 0.75·100 = 175; chronic = (2/29)·400 + (27/29)·100 = 120.69
        double acuteLoad = 175;
        double chronicLoad = 2.0 / 29 * 400 + 27.0 / 29 * 100;
        assertThat(LoadMetrics.acuteChronicRatioEwma(loads)[28])
                .isCloseTo(acuteLoad / chronicLoad, within(1e-12))
                .isCloseTo(1.45, within(0.001));
    }

    @Test
    void coupledAndUncoupledRatiosUseTheirOwnWindows() {
        double[] loads = new double[28];
        Arrays.fill(loads, 0, 21, 100); // days 0–20: 100
        Arrays.fill(loads, 21, 28, 200); // days 21–27: 200
        // acute mean 200; coupled chronic (21·100 + 7·200)/28 = 125; uncoupled chronic = 100
        assertThat(LoadMetrics.acuteChronicRatioCoupled(loads)[27]).isCloseTo(1.6, within(1e-12));
        assertThat(LoadMetrics.acuteChronicRatioUncoupled(loads)[27]).isCloseTo(2.0, within(1e-12));
    }

    @Test
    void aChronicLoadOfZeroGivesNoRatio() {
        double[] loads = new double[35];
        assertThat(LoadMetrics.acuteChronicRatioEwma(loads)).containsOnlyNulls();
        assertThat(LoadMetrics.acuteChronicRatioCoupled(loads)).containsOnlyNulls();
        double[] lateStart = new double[35];
        lateStart[30] = 50;
        assertThat(LoadMetrics.acuteChronicRatioUncoupled(lateStart)[30]).isNull();
    }
}
