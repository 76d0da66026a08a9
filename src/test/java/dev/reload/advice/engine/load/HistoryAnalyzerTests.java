package dev.reload.advice.engine.load;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.reload.knee.Activity;
import dev.reload.knee.Severity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class HistoryAnalyzerTests {

    /** A Monday. */
    static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);

    static HistorySession run(LocalDate date, double volume) {
        return HistorySession.of(date, Activity.RUN, volume);
    }

    static HistorySession hard(LocalDate date, double volume, int rpe) {
        return new HistorySession(date, Activity.RUN, volume, null, rpe, null, null, null);
    }

    static List<HistoryFinding> findings(List<HistorySession> sessions, String ruleId) {
        return HistoryAnalyzer.analyze(sessions, Optional.empty()).findings().stream()
                .filter(f -> f.rule().equals(ruleId))
                .toList();
    }

    /** One session on the Monday of each week. */
    static List<HistorySession> weekly(double... volumes) {
        List<HistorySession> sessions = new ArrayList<>();
        for (int w = 0; w < volumes.length; w++) {
            sessions.add(run(MONDAY.plusWeeks(w), volumes[w]));
        }
        return sessions;
    }

    @ParameterizedTest(name = "{0} after {1}: flagged {2}")
    @CsvSource({"11, 10, false", "11.01, 10, true", "20, 10, true", "10, 0, false"})
    void weeklyJumpIsMoreThanTenPercent(double volume, double before, boolean flagged) {
        List<HistoryFinding> found = findings(weekly(before, volume), HistoryAnalyzer.WEEKLY_JUMP);
        assertThat(found).hasSize(flagged ? 1 : 0);
        if (flagged) {
            HistoryFinding finding = found.get(0);
            assertThat(finding.severity()).isEqualTo(Severity.CAUTION);
            assertThat(finding.date()).isEqualTo(MONDAY.plusWeeks(1));
            assertThat(finding.scope()).isEqualTo(HistoryFinding.Scope.WEEK);
            assertThat(finding.evidence()).contains("rule of thumb").contains("Buist");
        }
    }

    @Test
    void aFirstWeekThatBeganBeforeTheHistoryIsNoBaseline() {
        LocalDate saturday = MONDAY.minusDays(2);
        List<HistorySession> sessions =
                List.of(run(saturday, 5), run(MONDAY, 10), run(MONDAY.plusDays(2), 10), run(MONDAY.plusWeeks(1), 25));
        HistoryAnalysis analysis = HistoryAnalyzer.analyze(sessions, Optional.empty());
        assertThat(analysis.weeks()).extracting(HistoryWeek::volume).containsExactly(5.0, 20.0, 25.0);
        assertThat(analysis.findings())
                .filteredOn(f -> f.rule().equals(HistoryAnalyzer.WEEKLY_JUMP))
                .extracting(HistoryFinding::date)
                .containsExactly(MONDAY.plusWeeks(1));
        assertThat(analysis.findings())
                .filteredOn(f -> f.rule().equals(HistoryAnalyzer.TWO_WEEK_SPIKE))
                .isEmpty();
    }

    /**
     * Issue 9: a cycling spike inside a flat total. The history begins on a Monday with a run; the
     * first ride is on the Tuesday. Cycling's first week is a calendar week of the history, fully
     * known (its Monday is a day of the history, with no ride: 0 for cycling), so it is compared against.
     */
    @Test
    void aCyclingSpikeInsideAFlatTotalIsFoundWhenTheFirstRideFellOnATuesday() {
        List<HistorySession> sessions = new ArrayList<>();
        double[] runs = {30, 20, 20};
        double[] rides = {10, 20, 20};
        for (int w = 0; w < 3; w++) {
            sessions.add(run(MONDAY.plusWeeks(w), runs[w]));
            sessions.add(HistorySession.of(MONDAY.plusWeeks(w).plusDays(1), Activity.CYCLE, rides[w]));
        }
        HistoryAnalysis analysis = HistoryAnalyzer.analyze(sessions, Optional.empty());
        assertThat(analysis.findings())
                .filteredOn(f -> f.activity() == Activity.CYCLE)
                .extracting(HistoryFinding::rule, HistoryFinding::date)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(HistoryAnalyzer.WEEKLY_JUMP, MONDAY.plusWeeks(1)),
                        org.assertj.core.groups.Tuple.tuple(HistoryAnalyzer.TWO_WEEK_SPIKE, MONDAY.plusWeeks(2)));
        assertThat(analysis.findings())
                .filteredOn(f -> f.activity() == Activity.RUN)
                .extracting(HistoryFinding::rule)
                .doesNotContain(HistoryAnalyzer.WEEKLY_JUMP, HistoryAnalyzer.TWO_WEEK_SPIKE);
    }

    /** Only a week that began before the whole history's first day is partly known, whatever the activity. */
    @Test
    void anActivitysFirstWeekIsPartlyKnownOnlyWhenTheWholeHistoryBeganInsideIt() {
        List<HistorySession> sessions = List.of(
                run(MONDAY.plusDays(1), 30),
                HistorySession.of(MONDAY.plusDays(2), Activity.CYCLE, 10),
                run(MONDAY.plusWeeks(1), 30),
                HistorySession.of(MONDAY.plusWeeks(1).plusDays(1), Activity.CYCLE, 20));
        assertThat(HistoryAnalyzer.analyze(sessions, Optional.empty()).findings())
                .filteredOn(f -> f.rule().equals(HistoryAnalyzer.WEEKLY_JUMP))
                .isEmpty();
    }

    /** A week with no ride is volume 0 for cycling, never the week compared against. */
    @Test
    void aWeekWithoutTheActivityIsVolumeZeroAndNeverTheBaseline() {
        List<HistorySession> sessions = List.of(
                run(MONDAY, 30),
                HistorySession.of(MONDAY.plusDays(1), Activity.CYCLE, 10),
                run(MONDAY.plusWeeks(1), 30),
                run(MONDAY.plusWeeks(2), 30),
                HistorySession.of(MONDAY.plusWeeks(2).plusDays(1), Activity.CYCLE, 20));
        HistoryAnalysis analysis = HistoryAnalyzer.analyze(sessions, Optional.empty());
        assertThat(analysis.weeks())
                .filteredOn(w -> w.activity() == Activity.CYCLE)
                .extracting(HistoryWeek::volume)
                .containsExactly(10.0, 0.0, 20.0);
        assertThat(analysis.findings())
                .filteredOn(f -> f.activity() == Activity.CYCLE)
                .extracting(HistoryFinding::rule)
                .containsOnly(HistoryAnalyzer.TWO_WEEK_SPIKE);
    }

    @Test
    void weeklyJumpMessageHasTheNumbers() {
        HistoryFinding finding =
                findings(weekly(16, 22), HistoryAnalyzer.WEEKLY_JUMP).get(0);
        assertThat(finding.message())
                .isEqualTo("In the week of 12 January 2026 your running went up by 38 % (16 to 22),"
                        + " more than the 10 % a week often suggested.");
    }

    @ParameterizedTest(name = "{0} → {1} → {2}: spike {3}")
    @CsvSource({"10, 12, 13, false", "10, 12, 13.01, true", "10, 0, 14, true"})
    void twoWeekSpikeIsMoreThanThirtyPercentOnTwoWeeksBefore(
            double first, double second, double third, boolean flagged) {
        List<HistoryFinding> found = findings(weekly(first, second, third), HistoryAnalyzer.TWO_WEEK_SPIKE);
        assertThat(found).hasSize(flagged ? 1 : 0);
        if (flagged) {
            assertThat(found.get(0).severity()).isEqualTo(Severity.HIGH);
            assertThat(found.get(0).evidence()).contains("borderline");
        }
    }

    @ParameterizedTest(name = "ratio {0} → {1}")
    @CsvSource({
        "0.79, INFO",
        "0.80, NONE",
        "1.00, NONE",
        "1.30, NONE",
        "1.31, CAUTION",
        "1.49, CAUTION",
        "1.50, HIGH",
        "2.50, HIGH"
    })
    void acuteChronicRatioThresholds(double ratio, String expected) {
        assertThat(HistoryAnalyzer.classifyAcuteChronicRatio(ratio, HistoryKnobs.DEFAULTS)
                        .map(Enum::name)
                        .orElse("NONE"))
                .isEqualTo(expected);
    }

    @Test
    void aWeekIsFlaggedByItsHighestDailyRatio() {
        List<HistorySession> sessions = new ArrayList<>();
        for (int d = 0; d < 28; d++) {
            sessions.add(run(MONDAY.plusDays(d), d % 7 == 6 ? 0 : 10));
        }
        sessions.add(run(MONDAY.plusDays(28), 60)); // Monday of week 5: a big day, then rest
        HistoryAnalysis analysis = HistoryAnalyzer.analyze(sessions, Optional.empty());
        List<HistoryFinding> acwr = analysis.findings().stream()
                .filter(f -> f.rule().equals(HistoryAnalyzer.ACWR))
                .toList();
        assertThat(acwr).hasSize(1);
        assertThat(acwr.get(0).date()).isEqualTo(MONDAY.plusWeeks(4));
        assertThat(acwr.get(0).severity()).isEqualTo(Severity.HIGH);
        assertThat(acwr.get(0).message()).contains("on 2 February 2026").contains("flag above 1.3, high from 1.5");
        assertThat(acwr.get(0).evidence()).contains("not a verdict");
        HistoryWeek week5 = analysis.weeks().get(4);
        assertThat(week5.acwrEwma())
                .as("the Sunday's ratio, after six rest days")
                .isLessThan(1.3);
    }

    @Test
    void weeksAreIsoWeeksWithTheSundaysRatiosAndNullWhileWarmingUp() {
        List<HistorySession> sessions = new ArrayList<>();
        for (int d = 0; d < 35; d++) {
            sessions.add(run(MONDAY.plusDays(d), d % 2 == 0 ? 10 : 5));
        }
        sessions.add(HistorySession.of(MONDAY.plusDays(2), Activity.CYCLE, 30));
        HistoryAnalysis analysis = HistoryAnalyzer.analyze(sessions, Optional.empty());
        List<HistoryWeek> runs = analysis.weeks().stream()
                .filter(w -> w.activity().equals(Activity.RUN))
                .toList();
        assertThat(runs).hasSize(5);
        assertThat(runs).allMatch(w -> w.start().getDayOfWeek() == DayOfWeek.MONDAY);
        assertThat(runs.get(0).volume()).isEqualTo(10 + 5 + 10 + 5 + 10 + 5 + 10);
        assertThat(runs.subList(0, 3))
                .allMatch(w -> w.acwrEwma() == null && w.acwrCoupled() == null && w.acwrUncoupled() == null);
        assertThat(runs.get(3).acwrEwma()).isNotNull();
        assertThat(runs.get(3).acwrCoupled()).isNotNull();
        assertThat(runs.get(3).acwrUncoupled()).isNotNull();
        assertThat(analysis.weeks().stream().filter(w -> w.activity().equals(Activity.CYCLE)))
                .singleElement()
                .satisfies(w -> assertThat(w.volume()).isEqualTo(30));
    }

    @Test
    void aMonotonousWeekIsFlaggedWithItsStrainAndAVariedOneIsNot() {
        double[] varied = {400, 0, 350, 0, 450, 300, 0};
        double[] monotonous = {300, 300, 320, 300, 310, 300, 0};
        List<HistorySession> sessions = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            if (varied[d] > 0) {
                sessions.add(run(MONDAY.plusDays(d), varied[d]));
            }
            if (monotonous[d] > 0) {
                sessions.add(run(MONDAY.plusDays(7 + d), monotonous[d]));
            }
        }
        HistoryAnalysis analysis = HistoryAnalyzer.analyze(sessions, Optional.empty());
        assertThat(analysis.weeks().get(0).weeklyLoad()).isEqualTo(1500);
        assertThat(analysis.weeks().get(0).monotony()).isCloseTo(1.126, within(0.0005));
        assertThat(analysis.weeks().get(0).strain()).isCloseTo(1688.8, within(0.05));
        assertThat(analysis.weeks().get(1).monotony()).isCloseTo(2.444, within(0.0005));
        List<HistoryFinding> monotony = analysis.findings().stream()
                .filter(f -> f.rule().equals(HistoryAnalyzer.MONOTONY))
                .toList();
        assertThat(monotony).singleElement().satisfies(f -> {
            assertThat(f.date()).isEqualTo(MONDAY.plusWeeks(1));
            assertThat(f.message())
                    .contains("monotony 2.44")
                    .contains("strain 4472.8")
                    .contains("weekly load of 1830");
        });
    }

    @Test
    void sessionLoadIsDurationTimesRpeWhenBothAreKnown() {
        HistorySession withRpe = new HistorySession(MONDAY, Activity.RUN, 8, 40.0, 5, null, null, null);
        assertThat(withRpe.sessionLoad()).isEqualTo(200);
        assertThat(HistorySession.of(MONDAY, Activity.RUN, 8).sessionLoad()).isEqualTo(8);
        HistoryAnalysis analysis = HistoryAnalyzer.analyze(List.of(withRpe), Optional.empty());
        assertThat(analysis.weeks().get(0).weeklyLoad()).isEqualTo(200);
        assertThat(analysis.weeks().get(0).volume()).isEqualTo(8);
    }

    @ParameterizedTest(name = "RPE {0} then {1}: flagged {2}")
    @CsvSource({"7, 7, true", "6, 7, false", "7, 6, false", "9, 8, true"})
    void hardSessionsOnConsecutiveDaysLeaveNoRecovery(int firstRpe, int secondRpe, boolean flagged) {
        List<HistoryFinding> found = findings(
                List.of(hard(MONDAY, 5, firstRpe), hard(MONDAY.plusDays(1), 5, secondRpe)),
                HistoryAnalyzer.NO_RECOVERY);
        assertThat(found).hasSize(flagged ? 1 : 0);
        if (flagged) {
            assertThat(found.get(0).date()).isEqualTo(MONDAY.plusDays(1));
        }
    }

    @ParameterizedTest(name = "{0} days in a row: flagged {1}")
    @CsvSource({"6, false", "7, true", "10, true"})
    void sevenDaysWithoutRestLeaveNoRecovery(int days, boolean flagged) {
        List<HistorySession> sessions = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            sessions.add(run(MONDAY.plusDays(d), d % 2 == 0 ? 5 : 8));
        }
        List<HistoryFinding> found = findings(sessions, HistoryAnalyzer.NO_RECOVERY);
        assertThat(found).hasSize(flagged ? 1 : 0);
        if (flagged) {
            assertThat(found.get(0).date()).isEqualTo(MONDAY.plusDays(6));
            assertThat(found.get(0).message()).startsWith(days + " days of running in a row without a rest day");
        }
    }

    @ParameterizedTest(name = "{0} days off, back at {1} of 20: flagged {2}")
    @CsvSource({"14, 16, true", "14, 15.9, false", "13, 20, false", "30, 20, true"})
    void returningAtEightyPercentAfterATwoWeekBreakIsTooFast(int daysOff, double back, boolean flagged) {
        LocalDate last = MONDAY.plusDays(3);
        LocalDate again = last.plusDays(daysOff + 1L);
        List<HistoryFinding> found = findings(
                List.of(run(last.minusDays(3), 10), run(last, 10), run(again, back)), HistoryAnalyzer.RETURN_TOO_FAST);
        assertThat(found).hasSize(flagged ? 1 : 0);
        if (flagged) {
            assertThat(found.get(0).date()).isEqualTo(again);
            assertThat(found.get(0).message()).startsWith("After " + daysOff + " days without running");
        }
    }

    @Test
    void moreVolumeAndMoreHardSessionsInOneWeekIsBoth() {
        List<HistorySession> sessions = List.of(
                hard(MONDAY, 10, 5), hard(MONDAY.plusDays(3), 10, 7),
                hard(MONDAY.plusWeeks(1), 13, 7), hard(MONDAY.plusWeeks(1).plusDays(3), 10, 8));
        List<HistoryFinding> found = findings(sessions, HistoryAnalyzer.BOTH);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.date()).isEqualTo(MONDAY.plusWeeks(1));
            assertThat(f.message()).contains("2 hard sessions (effort 7 or more) against 1");
        });
    }

    @ParameterizedTest(name = "pace {0} s/km after 300: both {1}")
    @CsvSource({"285, false", "284.9, true"})
    void moreVolumeAndAFasterPaceIsBoth(double pace, boolean flagged) {
        List<HistorySession> sessions = List.of(
                new HistorySession(MONDAY, Activity.RUN, 10, null, null, 300.0, null, null),
                new HistorySession(MONDAY.plusWeeks(1), Activity.RUN, 12, null, null, pace, null, null));
        assertThat(findings(sessions, HistoryAnalyzer.BOTH)).hasSize(flagged ? 1 : 0);
    }

    @ParameterizedTest(name = "new shoes {0} days before the pain: flagged {1}")
    @CsvSource({"21, true", "22, false", "0, true"})
    void newShoesWithinThreeWeeksOfThePain(int daysBefore, boolean flagged) {
        LocalDate onset = MONDAY.plusWeeks(6);
        LocalDate change = onset.minusDays(daysBefore);
        List<HistorySession> sessions = List.of(
                new HistorySession(MONDAY, Activity.RUN, 5, null, null, null, "road", "Old pair"),
                new HistorySession(change, Activity.RUN, 5, null, null, null, "road", "Brand new pair"));
        List<HistoryFinding> gear = HistoryAnalyzer.analyze(sessions, Optional.of(onset)).findings().stream()
                .filter(f -> f.rule().equals(HistoryAnalyzer.GEAR))
                .toList();
        assertThat(gear).hasSize(flagged ? 1 : 0);
        if (flagged) {
            assertThat(gear.get(0).message())
                    .isEqualTo("New shoes (Brand new pair) on " + HistoryAnalyzerTests.format(change) + ", "
                            + daysBefore + " days before the pain began.");
        }
    }

    @Test
    void aChangeOfMainSurfaceOrAReportedChangeBeforeARedWeekCounts() {
        LocalDate red = MONDAY.plusWeeks(3);
        List<HistorySession> sessions = List.of(
                new HistorySession(MONDAY, Activity.RUN, 5, null, null, null, "road", null),
                new HistorySession(MONDAY.plusWeeks(1), Activity.RUN, 5, null, null, null, "road", null),
                new HistorySession(MONDAY.plusWeeks(2).plusDays(2), Activity.RUN, 6, null, null, null, "trail", null));
        HistoryInput input = new HistoryInput(
                sessions,
                Optional.empty(),
                List.of(new GearChange(MONDAY.plusWeeks(2), Activity.RUN, GearChange.Kind.SHOES, "minimalist shoes")),
                List.of(red));
        List<HistoryFinding> gear = new HistoryAnalyzer(HistoryKnobs.DEFAULTS)
                .analyze(input).findings().stream()
                        .filter(f -> f.rule().equals(HistoryAnalyzer.GEAR))
                        .toList();
        assertThat(gear)
                .extracting(HistoryFinding::message)
                .containsExactly(
                        "New shoes (minimalist shoes) on 19 January 2026, 7 days before a RED week (from 26 January 2026).",
                        "Main surface changed from road to trail on 21 January 2026, 5 days before a RED week (from 26 January 2026).");
    }

    @Test
    void whatWentWrongListsTheFindingsOfTheEightWeeksBeforeThePainOldestFirst() {
        // a jump in week 1 (long before), then steady, then jumps and spikes in weeks 10 to 12; pain in week 12
        double[] volumes = {10, 20, 20, 20, 20, 20, 20, 20, 20, 20, 27, 27, 36};
        List<HistorySession> sessions = weekly(volumes);
        LocalDate onset = MONDAY.plusWeeks(12).plusDays(3);
        HistoryAnalysis analysis = HistoryAnalyzer.analyze(sessions, Optional.of(onset));
        assertThat(analysis.findings()).extracting(HistoryFinding::date).isSorted();
        assertThat(analysis.findings()).anyMatch(f -> f.date().equals(MONDAY.plusWeeks(1)));
        assertThat(analysis.whatWentWrong()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.endDate()).isAfterOrEqualTo(onset.minusWeeks(8));
            assertThat(f.date()).isBeforeOrEqualTo(onset);
        });
        List<HistoryFinding> volumeFindings = analysis.whatWentWrong().stream()
                .filter(f ->
                        f.rule().equals(HistoryAnalyzer.WEEKLY_JUMP) || f.rule().equals(HistoryAnalyzer.TWO_WEEK_SPIKE))
                .toList();
        assertThat(volumeFindings)
                .extracting(HistoryFinding::rule)
                .containsExactly(
                        HistoryAnalyzer.WEEKLY_JUMP,
                        HistoryAnalyzer.TWO_WEEK_SPIKE,
                        HistoryAnalyzer.TWO_WEEK_SPIKE,
                        HistoryAnalyzer.WEEKLY_JUMP,
                        HistoryAnalyzer.TWO_WEEK_SPIKE);
        assertThat(volumeFindings)
                .extracting(HistoryFinding::date)
                .containsExactly(
                        MONDAY.plusWeeks(10),
                        MONDAY.plusWeeks(10),
                        MONDAY.plusWeeks(11),
                        MONDAY.plusWeeks(12),
                        MONDAY.plusWeeks(12));
    }

    @Test
    void noPainOnsetMeansNothingWentWrongYet() {
        assertThat(HistoryAnalyzer.analyze(weekly(10, 20), Optional.empty()).whatWentWrong())
                .isEmpty();
        assertThat(HistoryAnalyzer.analyze(List.of(), Optional.of(MONDAY)).weeks())
                .isEmpty();
    }

    static String format(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH));
    }
}
