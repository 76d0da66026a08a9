package dev.reload.advice.engine.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.reload.knee.Activity;
import dev.reload.knee.Severity;

import static dev.reload.advice.engine.load.Histories.MONDAY;
import static dev.reload.advice.engine.load.Histories.run;
import static dev.reload.advice.engine.load.Histories.weekly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * R6 at its edges, through the public API ({@link HistoryAnalyzer}, {@link LoadMetrics}, the input
 * records): the findings a person would see, their days, numbers and words, for the cases the rule
 * tests leave out (the last day of a history, a blank shoe or surface, a session of volume 0, ties
 * between activities, a week that straddles the start of "What went wrong").
 */
class HistoryEdgeTests {

    private static final LocalDate ONSET = MONDAY.plusDays(14);

    static HistoryAnalysis analyze(List<HistorySession> sessions, Optional<LocalDate> painOnset) {
        return HistoryAnalyzer.analyze(sessions, painOnset);
    }

    static HistoryAnalysis analyze(HistoryInput input) {
        return new HistoryAnalyzer(HistoryKnobs.DEFAULTS).analyze(input);
    }

    static List<HistoryFinding> findings(HistoryAnalysis analysis, String rule) {
        return analysis.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    static HistorySession session(LocalDate date, double volume, Integer rpe, Double pace) {
        return new HistorySession(date, Activity.RUN, volume, null, rpe, pace, null, null);
    }

    static HistorySession gear(LocalDate date, String surface, String shoes) {
        return new HistorySession(date, Activity.RUN, 10, null, null, null, surface, shoes);
    }

    /** The records R6 reads refuse what is no session, and take every value at their edges. */
    @Nested
    @DisplayName("R6 input")
    class Input {

        @ParameterizedTest(name = "volume {0}, duration {1}, RPE {2}, pace {3} is refused")
        @CsvSource({
            "-0.1, , , ",
            "NaN, , , ",
            "Infinity, , , ",
            "5, -0.1, , ",
            "5, NaN, , ",
            "5, Infinity, , ",
            "5, , -1, ",
            "5, , 11, ",
            "5, , , 0",
            "5, , , -1",
            "5, , , NaN",
            "5, , , Infinity"
        })
        void aSessionOutsideItsBoundsIsRefused(double volume, Double durationMin, Integer rpe, Double pace) {
            assertThatIllegalArgumentException()
                    .isThrownBy(
                            () -> new HistorySession(MONDAY, Activity.RUN, volume, durationMin, rpe, pace, null, null));
        }

        @ParameterizedTest(name = "volume {0}, {1} min at RPE {2}, pace {3}: load {4}")
        @CsvSource({"0, , , , 0", "5, 0, 10, , 0", "5, 30, 0, 0.5, 0", "5, 30, 10, 300, 300", "5, , 10, , 5"})
        void aSessionAtItsEdgesIsTaken(double volume, Double durationMin, Integer rpe, Double pace, double load) {
            HistorySession session =
                    new HistorySession(MONDAY, Activity.RUN, volume, durationMin, rpe, pace, null, null);
            assertThat(session.sessionLoad()).isEqualTo(load);
        }

        @Test
        void noGearChangesAndNoRedWeeksAreEmptyLists() {
            HistoryInput input = new HistoryInput(List.of(run(MONDAY, 5)), Optional.empty(), null, null);
            assertThat(input.gearChanges()).isEmpty();
            assertThat(input.redWeekStarts()).isEmpty();
            assertThat(analyze(input).findings()).isEmpty();
        }
    }

    @Nested
    @DisplayName("R6 per activity")
    class PerActivity {

        @Test
        void theOrderOfTheSessionsGivenMakesNoDifference() {
            List<HistorySession> sessions = new ArrayList<>(weekly(10, 12, 16, 16));
            sessions.add(run(MONDAY.plusDays(1), 3));
            List<HistorySession> reversed = new ArrayList<>(sessions);
            Collections.reverse(reversed);
            HistoryAnalysis inOrder = analyze(sessions, Optional.of(MONDAY.plusWeeks(4)));
            assertThat(analyze(reversed, Optional.of(MONDAY.plusWeeks(4)))).isEqualTo(inOrder);
            assertThat(inOrder.findings()).isNotEmpty();
        }

        @Test
        void findingsOfOneDayFollowTheRulesOrderBeforeTheActivities() {
            // the week of 19 January: running jumps by 20 % (R6.weekly-jump, first of the rules),
            // cycling rises 35 % over two weeks but only 8 % on the week before (R6.two-week-spike)
            List<HistorySession> sessions = new ArrayList<>(weekly(10, 10, 12));
            for (int w = 0; w < 3; w++) {
                sessions.add(HistorySession.of(MONDAY.plusWeeks(w), Activity.CYCLE, new double[] {10, 12.5, 13.5}[w]));
            }
            LocalDate third = MONDAY.plusWeeks(2);
            assertThat(analyze(sessions, Optional.empty()).findings())
                    .filteredOn(f -> f.date().equals(third))
                    .extracting(HistoryFinding::rule, HistoryFinding::activity)
                    .containsExactly(tuple("R6.weekly-jump", Activity.RUN), tuple("R6.two-week-spike", Activity.CYCLE));
        }

        @Test
        void theDaysRunOnToThePainOnsetAfterTheLastSession() {
            // 35 days of running (5 January to 8 February), then none; the pain begins on 18 February
            List<HistorySession> sessions = new ArrayList<>();
            for (int d = 0; d < 35; d++) {
                sessions.add(run(MONDAY.plusDays(d), 10));
            }
            HistoryAnalysis analysis = analyze(sessions, Optional.of(LocalDate.of(2026, 2, 18)));
            assertThat(analysis.weeks())
                    .extracting(HistoryWeek::start, HistoryWeek::volume)
                    .endsWith(tuple(LocalDate.of(2026, 2, 9), 0.0), tuple(LocalDate.of(2026, 2, 16), 0.0));
            // the week after stopping starts at 0.81; the week of the pain is under-loaded
            assertThat(analysis.whatWentWrong())
                    .filteredOn(f -> f.rule().equals("R6.acwr"))
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(f.date()).isEqualTo(LocalDate.of(2026, 2, 16));
                        assertThat(f.severity()).isEqualTo(Severity.INFO);
                        assertThat(f.message()).contains("at most 0.18 (under 0.8)");
                    });
        }

        @ParameterizedTest(name = "pain on {0}: the jump of the week of 12 January listed {1}")
        @CsvSource({"2026-03-15, true", "2026-03-16, false"})
        void aWeekFindingCountsForWhatWentWrongUpToItsSunday(LocalDate onset, boolean listed) {
            // 8 weeks before 15 March is Sunday 18 January, the last day of the flagged week
            HistoryAnalysis analysis = analyze(weekly(10, 12), Optional.of(onset));
            assertThat(analysis.whatWentWrong())
                    .filteredOn(f -> f.rule().equals("R6.weekly-jump"))
                    .hasSize(listed ? 1 : 0)
                    .allSatisfy(f -> assertThat(f.endDate()).isEqualTo(LocalDate.of(2026, 1, 18)));
        }
    }

    @Nested
    @DisplayName("R6.acwr")
    class AcuteChronicRatio {

        @Test
        void aWeekIsFlaggedByItsHighestRatioOnWhicheverDayItFalls() {
            // four weeks of 10 a day, then 10, 10, 10 and 40 a day from Thursday: the ratio is 1.00 on
            // the Monday and climbs to 1.75 on the Sunday
            List<HistorySession> sessions = new ArrayList<>();
            for (int d = 0; d < 35; d++) {
                sessions.add(run(MONDAY.plusDays(d), d < 31 ? 10 : 40));
            }
            assertThat(findings(analyze(sessions, Optional.empty()), "R6.acwr"))
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(f.date()).isEqualTo(LocalDate.of(2026, 2, 2));
                        assertThat(f.severity()).isEqualTo(Severity.HIGH);
                        assertThat(f.message()).contains("the acute:chronic ratio reached 1.75 on 8 February 2026");
                    });
        }
    }

    @Nested
    @DisplayName("R6.both")
    class VolumeAndIntensity {

        @Test
        void namesBothMoreHardSessionsAndTheFasterPaceWithTheirNumbers() {
            List<HistorySession> sessions = List.of(
                    session(MONDAY, 5, 7, 300.0),
                    session(MONDAY.plusDays(2), 5, 4, 300.0),
                    session(MONDAY.plusWeeks(1), 6, 7, 240.0),
                    session(MONDAY.plusWeeks(1).plusDays(2), 6, 8, 250.0));
            assertThat(findings(analyze(sessions, Optional.empty()), "R6.both"))
                    .singleElement()
                    .satisfies(f -> assertThat(f.message())
                            .isEqualTo("In the week of 12 January 2026 you did more running (10 to 12, up 20 %) and"
                                    + " harder: 2 hard sessions (effort 7 or more) against 1, and a mean pace of"
                                    + " 4:05 min/km against 5:00 min/km the week before. Raising how much and how"
                                    + " hard at once adds up."));
        }
    }

    @Nested
    @DisplayName("R6.no-recovery")
    class NoRecovery {

        @Test
        void hardDaysAtTheVeryEndOfTheHistoryAreFound() {
            // the history ends on Sunday 11 January, with hard sessions on its Saturday and Sunday
            List<HistorySession> sessions =
                    List.of(run(MONDAY, 5, 3), run(MONDAY.plusDays(5), 5, 7), run(MONDAY.plusDays(6), 5, 8));
            assertThat(findings(analyze(sessions, Optional.empty()), "R6.no-recovery"))
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(f.date()).isEqualTo(MONDAY.plusDays(6));
                        assertThat(f.message())
                                .isEqualTo("Hard running sessions (effort 7 or more) on 2 days in a row,"
                                        + " 10 January 2026 to 11 January 2026, with no easier day between.");
                    });
        }

        @Test
        void sevenDaysWithoutRestNameTheirFirstAndLastDay() {
            List<HistorySession> sessions = new ArrayList<>();
            for (int d = 0; d < 7; d++) {
                sessions.add(run(MONDAY.plusDays(d), 5));
            }
            sessions.add(run(MONDAY.plusDays(8), 5));
            assertThat(findings(analyze(sessions, Optional.empty()), "R6.no-recovery"))
                    .singleElement()
                    .satisfies(f -> assertThat(f.message())
                            .isEqualTo("7 days of running in a row without a rest day, 5 January 2026 to"
                                    + " 11 January 2026."));
        }
    }

    @Nested
    @DisplayName("R6.return-too-fast")
    class ReturnTooFast {

        @Test
        void aSessionOfVolumeZeroDoesNotEndTheBreak() {
            // 10 + 10 in the week to Thursday 8 January, a session of 0 on 16 January, back on 23 January at 16
            LocalDate back = LocalDate.of(2026, 1, 23);
            List<HistorySession> sessions = List.of(
                    run(MONDAY, 10), run(MONDAY.plusDays(3), 10), run(LocalDate.of(2026, 1, 16), 0), run(back, 16));
            assertThat(findings(analyze(sessions, Optional.empty()), "R6.return-too-fast"))
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(f.date()).isEqualTo(back);
                        assertThat(f.message())
                                .isEqualTo("After 14 days without running, the first week back (from 23 January 2026)"
                                        + " came to 16: 80 % of the 20 of the last week before the break (flag from"
                                        + " 80 %).");
                    });
        }
    }

    @Nested
    @DisplayName("R6.monotony")
    class Monotony {

        @Test
        void aWeekOfTheSameLoadEveryDayHasNoMonotonyEvenWhereItsMeanIsARoundingOff() {
            // 7 × 3333.3 / 7 comes out as 3333.2999999999997: the spread left is rounding, not variation
            double[] week = {3333.3, 3333.3, 3333.3, 3333.3, 3333.3, 3333.3, 3333.3};
            assertThat(LoadMetrics.monotony(week)).isNull();
            assertThat(LoadMetrics.strain(week)).isNull();
        }

        @Test
        void noDaysHaveNoMonotony() {
            assertThat(LoadMetrics.monotony(new double[0])).isNull();
            assertThat(LoadMetrics.strain(new double[0])).isNull();
        }
    }

    @Nested
    @DisplayName("R6.gear")
    class Gear {

        @Test
        void theFirstPairOfTheHistoryIsNotNewEvenAfterSessionsWithoutOne() {
            List<HistorySession> sessions = List.of(gear(MONDAY, null, " "), gear(MONDAY.plusDays(2), null, "Pair A"));
            assertThat(findings(analyze(sessions, Optional.of(ONSET)), "R6.gear"))
                    .isEmpty();
        }

        @Test
        void aBlankShoeOrSurfaceIsNoChange() {
            List<HistorySession> sessions = List.of(
                    gear(MONDAY, "road", "Pair A"),
                    gear(MONDAY.plusDays(8), " ", " "),
                    gear(MONDAY.plusDays(9), "", ""));
            assertThat(findings(analyze(sessions, Optional.of(ONSET)), "R6.gear"))
                    .isEmpty();
        }

        @Test
        void aReportedChangeWithoutWordsSaysWhatKindItWas() {
            HistoryInput input = new HistoryInput(
                    List.of(run(MONDAY, 10)),
                    Optional.of(ONSET),
                    List.of(new GearChange(MONDAY.plusDays(7), Activity.RUN, GearChange.Kind.SHOES, " ")),
                    List.of());
            assertThat(findings(analyze(input), "R6.gear"))
                    .singleElement()
                    .satisfies(f -> assertThat(f.message())
                            .isEqualTo("New shoes on 12 January 2026, 7 days before the pain began."));
        }

        @Test
        void changesOfOneDayAreOneFindingNamingEachReportedFirst() {
            LocalDate change = MONDAY.plusDays(9);
            HistoryInput input = new HistoryInput(
                    List.of(gear(MONDAY, "road", "Pair A"), gear(change, "trail", "Pair B")),
                    Optional.of(ONSET),
                    List.of(
                            new GearChange(change, Activity.RUN, GearChange.Kind.SHOES, "trail shoes"),
                            new GearChange(change, Activity.RUN, GearChange.Kind.SURFACE, "the forest")),
                    List.of());
            assertThat(findings(analyze(input), "R6.gear")).singleElement().satisfies(f -> {
                assertThat(f.date()).isEqualTo(change);
                assertThat(f.message())
                        .isEqualTo("New shoes (trail shoes); a new main surface (the forest); new shoes"
                                + " (Pair B); main surface changed from road to trail on 14 January 2026,"
                                + " 5 days before the pain began.");
            });
        }

        @Test
        void aReportedChangeCountsForItsOwnActivityOnly() {
            HistoryInput input = new HistoryInput(
                    List.of(run(MONDAY, 10), HistorySession.of(MONDAY.plusDays(1), Activity.CYCLE, 20)),
                    Optional.of(ONSET),
                    List.of(new GearChange(MONDAY.plusDays(7), Activity.CYCLE, GearChange.Kind.SHOES, "cleats")),
                    List.of());
            assertThat(findings(analyze(input), "R6.gear"))
                    .extracting(HistoryFinding::activity, HistoryFinding::message)
                    .containsExactly(tuple(
                            Activity.CYCLE, "New shoes (cleats) on 12 January 2026, 7 days before the pain began."));
        }
    }
}
