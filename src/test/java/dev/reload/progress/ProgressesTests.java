package dev.reload.progress;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.reload.advice.PlanHistory.Light;
import dev.reload.knee.Phase;
import dev.reload.progress.Progress.Change;
import dev.reload.progress.Progress.StrengthPoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The progress read model's series at their edges. */
class ProgressesTests {

    @Test
    void aPlanWithNothingLoggedHasNoDataButItsFacts() {
        ProgressLogs log = ProgressLogs.plan();

        Progress progress = log.progressOn(log.day(1, 3));

        assertThat(progress.state()).isEqualTo(Progress.State.NO_DATA);
        assertThat(progress.plan().currentWeek()).isEqualTo(1);
        assertThat(progress.volume()).singleElement().satisfies(w -> {
            assertThat(w.volume()).isZero();
            assertThat(w.light()).isNull();
            assertThat(w.phase()).isEqualTo(Phase.SETTLE);
            assertThat(w.dose()).isEqualTo(9.0); // tolerable 3 km × 3 sessions
            assertThat(w.goal()).isEqualTo(30.0);
        });
        assertThat(progress.pain())
                .hasSize(4)
                .allSatisfy(d -> assertThat(d.painDuring()).isNull());
        assertThat(progress.ratio()).allSatisfy(r -> assertThat(r.ratio()).isNull());
    }

    @Test
    void oneDayOfDataIsOnePointOfEachDailySeries() {
        ProgressLogs log = ProgressLogs.plan();
        log.run(log.day(1, 0), 3, 2, 1);

        Progress progress = log.progressOn(log.day(1, 0));

        assertThat(progress.state()).isEqualTo(Progress.State.READY);
        assertThat(progress.pain()).singleElement().satisfies(d -> {
            assertThat(d.volume()).isEqualTo(3.0);
            assertThat(d.painDuring()).isEqualTo(2);
            assertThat(d.painAfter()).isEqualTo(1);
            assertThat(d.nextMorningPain()).isNull(); // tomorrow is not here yet
        });
        assertThat(progress.ratio())
                .singleElement()
                .satisfies(r -> assertThat(r.ratio()).isNull());
        assertThat(progress.volume())
                .singleElement()
                .satisfies(w -> assertThat(w.light()).isEqualTo(Light.GREEN));
        assertThat(progress.adherence()).singleElement().satisfies(a -> {
            assertThat(a.plannedSessions()).isEqualTo(3);
            assertThat(a.doneSessions()).isEqualTo(1);
            assertThat(a.plannedStrength()).isEqualTo(3); // the hip and knee programme: 3 a week
            assertThat(a.doneStrength()).isZero();
        });
    }

    @Test
    void theNextMorningIsShownOnTheSessionsDayOnly() {
        ProgressLogs log = ProgressLogs.plan();
        log.run(log.day(1, 0), 3, 2, 3).morning(log.day(1, 1), 4).morning(log.day(1, 2), 1);

        Progress progress = log.progressOn(log.day(1, 2));

        assertThat(progress.pain())
                .extracting(Progress.PainDay::nextMorningPain)
                .containsExactly(4, null, null);
    }

    @Test
    void aWeekWithNoSessionsHasNoLightAndZeroDone() {
        ProgressLogs log = ProgressLogs.plan().greenWeek(1, 3);
        log.mornings(log.day(2, 0), log.day(2, 6), 1);

        Progress progress = log.progressOn(log.day(3, 0));

        Progress.VolumeWeek empty = progress.volume().get(1);
        assertThat(empty.volume()).isZero();
        assertThat(empty.light()).isNull();
        assertThat(empty.ended()).isTrue();
        assertThat(progress.adherence().get(1).doneSessions()).isZero();
        assertThat(progress.volume().get(0).light()).isEqualTo(Light.GREEN);
        assertThat(progress.volume().get(1).guardFrom()).isEqualTo(9.0); // week 1 was tolerated
        assertThat(progress.volume().get(1).guardTo()).isEqualTo(9.5); // Settle's step, at least one grain
    }

    @Test
    void aRedWeekIsRed() {
        ProgressLogs log = ProgressLogs.plan().greenWeek(1, 3);
        log.run(log.day(2, 0), 3, 6, 6).mornings(log.day(2, 0), log.day(2, 6), 1);

        Progress progress = log.progressOn(log.day(2, 6));

        assertThat(progress.volume()).extracting(Progress.VolumeWeek::light).containsExactly(Light.GREEN, Light.RED);
        assertThat(progress.pain())
                .filteredOn(d -> d.date().equals(log.day(2, 0)))
                .singleElement()
                .satisfies(d -> assertThat(d.painDuring())
                        .isGreaterThanOrEqualTo(progress.lines().redPain()));
    }

    @Test
    void theRatioLinesAreR6sAndTheRatioStartsAfterFourWeeks() {
        ProgressLogs log = ProgressLogs.plan();
        for (int w = 1; w <= 5; w++) {
            log.greenWeek(w, 3);
        }
        log.run(log.day(6, 0), 9, 1, 1);

        Progress progress = log.progressOn(log.day(6, 0));

        assertThat(progress.lines().ratioUnder()).isEqualTo(0.8);
        assertThat(progress.lines().ratioCaution()).isEqualTo(1.3);
        assertThat(progress.lines().ratioHigh()).isEqualTo(1.5);
        assertThat(progress.lines().amberPain()).isEqualTo(4);
        assertThat(progress.lines().redPain()).isEqualTo(6);
        List<Progress.RatioDay> ratio = progress.ratio();
        assertThat(ratio.get(26).ratio()).isNull(); // day 27 of the history: still warming up
        assertThat(ratio.get(27).ratio()).isNotNull();
        assertThat(ratio.get(ratio.size() - 1).ratio())
                .isGreaterThan(ratio.get(ratio.size() - 2).ratio());
    }

    @Test
    void theRatioIsLoadOfMinutesTimesEffortWhereKnown() {
        ProgressLogs log = ProgressLogs.plan();
        for (int d = 0; d < 35; d++) {
            log.timedRun(log.day(1, d), 3, 20, 5);
        }

        Progress progress = log.progressOn(log.day(1, 34));

        // the same load every day: both averages are that load, the ratio is 1
        assertThat(progress.ratio().get(progress.ratio().size() - 1).ratio()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void strengthMarksProgressionsAndRegressionsAgainstTheFamilysPreviousEntry() {
        ProgressLogs log = ProgressLogs.plan();
        log.strength(log.day(1, 0), "SPLIT_SQUAT", 10, 10, 1)
                .strength(log.day(1, 2), "SPLIT_SQUAT", 10, 10, 1) // same: no mark
                .strength(log.day(1, 4), "SPLIT_SQUAT", 10, 12.5, 2) // heavier
                .strength(log.day(2, 0), "SPLIT_SQUAT", 10, 10, 6) // lighter
                .strength(log.day(2, 2), "SPLIT_SQUAT_SUPPORTED", 10, 10, 2) // an easier variant
                .strength(log.day(2, 4), "SPLIT_SQUAT", 10, 5, 1) // the exercise again, lighter: a harder level
                .strength(log.day(1, 0), "CLAMSHELL", 15, 0, 1)
                .strength(log.day(1, 2), "CLAMSHELL", 15, 0, 1)
                .strength(log.day(1, 4), "CLAMSHELL", 17, 0, 1) // more reps at body weight
                .strength(log.day(2, 0), "CLAMSHELL_BAND", 10, 0, 1); // the harder variant

        Progress progress = log.progressOn(log.day(2, 6));

        assertThat(progress.strength())
                .extracting(Progress.StrengthLine::name)
                .containsExactlyInAnyOrder(name("SPLIT_SQUAT"), name("CLAMSHELL"));
        assertThat(line(progress, "SPLIT_SQUAT"))
                .extracting(StrengthPoint::change)
                .containsExactly(
                        null, null, Change.PROGRESSION, Change.REGRESSION, Change.REGRESSION, Change.PROGRESSION);
        assertThat(line(progress, "CLAMSHELL"))
                .extracting(StrengthPoint::change)
                .containsExactly(null, null, Change.PROGRESSION, Change.PROGRESSION);
        assertThat(line(progress, "CLAMSHELL")).last().satisfies(p -> {
            assertThat(p.exercise()).isEqualTo("CLAMSHELL_BAND");
            assertThat(p.level()).isEqualTo(2);
        });
        assertThat(progress.adherence())
                .extracting(Progress.AdherenceWeek::doneStrength)
                .containsExactly(3, 3);
    }

    @Test
    void oneStrengthPointPerFamilyAndDayTheHardestOne() {
        ProgressLogs log = ProgressLogs.plan();
        log.strength(log.day(1, 0), "BRIDGE", 12, 0, 1)
                .strength(log.day(1, 0), "SINGLE_LEG_BRIDGE", 8, 0, 2)
                .strength(log.day(1, 2), "BRIDGE", 12, 0, 1);

        Progress progress = log.progressOn(log.day(1, 6));

        assertThat(line(progress, "BRIDGE"))
                .extracting(StrengthPoint::exercise, StrengthPoint::change)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("SINGLE_LEG_BRIDGE", null),
                        org.assertj.core.groups.Tuple.tuple("BRIDGE", Change.REGRESSION));
    }

    @Test
    void tenYearsAggregateToTheWindowsAndMonths() {
        ProgressLogs log = ProgressLogs.plan();
        int weeks = 52 * 10;
        for (int w = 1; w <= weeks; w++) {
            log.greenWeek(w, 3);
            log.strength(log.day(w, 1), "SPLIT_SQUAT", 10, 10, 1);
        }
        LocalDate asOf = log.day(weeks, 6);

        Progress progress = log.progressOn(asOf);

        assertThat(progress.volume()).hasSize(Progresses.WEEKS_SHOWN);
        assertThat(progress.volume().get(Progresses.WEEKS_SHOWN - 1).week()).isEqualTo(weeks);
        assertThat(progress.adherence()).hasSize(Progresses.WEEKS_SHOWN);
        assertThat(progress.pain()).hasSize(Progresses.DAYS_SHOWN);
        assertThat(progress.pain().get(Progresses.DAYS_SHOWN - 1).date()).isEqualTo(asOf);
        assertThat(progress.ratio()).hasSize(Progresses.DAYS_SHOWN);
        assertThat(line(progress, "SPLIT_SQUAT")).hasSize(Progresses.WEEKS_SHOWN);
        assertThat(progress.months()).hasSizeBetween(119, 121);
        assertThat(progress.months().stream()
                        .mapToInt(Progress.VolumeMonth::weeks)
                        .sum())
                .isEqualTo(weeks);
        assertThat(progress.months().stream()
                        .mapToDouble(Progress.VolumeMonth::volume)
                        .sum())
                .isCloseTo(weeks * 9.0, within(1e-6));
        assertThat(progress.plan().weeks()).isEqualTo(weeks);
    }

    @Test
    void aShortPlanHasNoMonths() {
        ProgressLogs log = ProgressLogs.plan().greenWeek(1, 3);

        assertThat(log.progressOn(log.day(1, 6)).months()).isEmpty();
    }

    @Test
    void noPlanIsEmpty() {
        Progress progress = Progresses.noPlan(ProgressLogs.START);

        assertThat(progress.state()).isEqualTo(Progress.State.NO_PLAN);
        assertThat(progress.plan()).isNull();
        assertThat(progress.volume()).isEmpty();
    }

    private static List<StrengthPoint> line(Progress progress, String family) {
        return progress.strength().stream()
                .filter(l -> l.family().equals(familyOf(family)))
                .findFirst()
                .orElseThrow()
                .points();
    }

    private static String familyOf(String exercise) {
        return new Progresses.Families(ProgressLogs.LIBRARY).familyOf(exercise);
    }

    private static String name(String exercise) {
        return ProgressLogs.LIBRARY.find(exercise).orElseThrow().name();
    }
}
