package dev.reload.advice.engine.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.reload.knee.Activity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A runner's autumn, told week by week, and what R6 makes of it once her knee starts to hurt.
 */
class WhatWentWrongScenarioTests {

    private static final LocalDate FIRST_MONDAY = LocalDate.of(2025, 9, 1);

    private final List<HistorySession> log = new ArrayList<>();

    private void runs(int week, double monday, double wednesday, double saturday, String shoes) {
        LocalDate start = FIRST_MONDAY.plusWeeks(week - 1L);
        log.add(new HistorySession(start, Activity.RUN, monday, null, 4, 360.0, "road", shoes));
        log.add(new HistorySession(start.plusDays(2), Activity.RUN, wednesday, null, 5, 360.0, "road", shoes));
        log.add(new HistorySession(start.plusDays(5), Activity.RUN, saturday, null, 4, 370.0, "road", shoes));
    }

    @Test
    void aSteadyBuildThenTooMuchTooSoonInNewShoes() {
        // Weeks 1–6: a steady 20 km a week in her old shoes, easy efforts.
        for (int week = 1; week <= 6; week++) {
            runs(week, 6, 6, 8, "Old trainers");
        }
        // Week 7: 23 km, a little more than 10 % up.
        runs(7, 7, 7, 9, "Old trainers");
        // Week 8: a half-marathon plan starts: 28 km in new shoes, with intervals on Tuesday and Wednesday.
        LocalDate week8 = FIRST_MONDAY.plusWeeks(7);
        log.add(new HistorySession(week8, Activity.RUN, 6, null, 4, 360.0, "road", "Racing flats"));
        log.add(new HistorySession(week8.plusDays(1), Activity.RUN, 5, null, 8, 290.0, "track", "Racing flats"));
        log.add(new HistorySession(week8.plusDays(2), Activity.RUN, 6, null, 8, 300.0, "road", "Racing flats"));
        log.add(new HistorySession(week8.plusDays(5), Activity.RUN, 11, null, 4, 370.0, "road", "Racing flats"));
        // The knee starts to hurt on the Wednesday after.
        LocalDate painOnset = week8.plusDays(9);

        HistoryAnalysis analysis = HistoryAnalyzer.analyze(log, Optional.of(painOnset));

        List<HistoryFinding> wrong = analysis.whatWentWrong().stream()
                .filter(f -> !f.rule().equals(HistoryAnalyzer.ACWR))
                .toList();
        assertThat(wrong)
                .extracting(HistoryFinding::rule)
                .containsExactly(
                        HistoryAnalyzer.WEEKLY_JUMP, // week 7: 20 → 23
                        HistoryAnalyzer.WEEKLY_JUMP, // week 8: 23 → 28
                        HistoryAnalyzer.TWO_WEEK_SPIKE, // week 8: 20 → 28 over two weeks
                        HistoryAnalyzer.BOTH, // week 8: more, and two hard sessions against none
                        HistoryAnalyzer.GEAR, // Monday of week 8: new shoes, 9 days before the pain
                        HistoryAnalyzer.NO_RECOVERY); // Tuesday and Wednesday of week 8: hard, hard
        assertThat(wrong.get(0).message()).contains("15 %").contains("20 to 23");
        assertThat(wrong.get(2).message()).contains("40 %").contains("20 to 28");
        assertThat(wrong.get(3).message()).contains("2 hard sessions (effort 7 or more) against 0");
        assertThat(wrong.get(4).message())
                .isEqualTo("New shoes (Racing flats) on 20 October 2025, 9 days before the pain began.");
        assertThat(wrong.get(5).date()).isEqualTo(week8.plusDays(2));
        assertThat(analysis.whatWentWrong())
                .allSatisfy(f -> assertThat(f.date()).isAfterOrEqualTo(painOnset.minusWeeks(9)));
        assertThat(analysis.weeks())
                .filteredOn(w -> w.start().equals(week8))
                .singleElement()
                .satisfies(w -> assertThat(w.volume()).isEqualTo(28.0));
    }
}
