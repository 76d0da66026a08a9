package dev.reload.advice.engine;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.reload.knee.ContributorKind;

import static org.assertj.core.api.Assertions.assertThat;

/** R8.training-error: any R6 finding in the log of the 8 weeks before the pain began. */
class TrainingErrorRuleTests {

    /** A Monday, eight weeks before the onset. */
    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    private static final LocalDate ONSET = START.plusWeeks(8).plusDays(2);

    @Test
    void aTwoWeekSpikeBeforeThePainBeganIsATrainingError() {
        Logbook log = Logbook.plan().assessment(Assessment.NONE, ONSET);
        steadyWeeks(log, 0, 6, 10);
        threeRuns(log, START.plusWeeks(6), 12); // +20 %: a weekly jump
        threeRuns(log, START.plusWeeks(7), 18); // +50 % over two weeks: a spike
        Advice advice = log.adviseOn(ONSET.plusDays(1));
        assertThat(advice.contributors()).anySatisfy(c -> {
            assertThat(c.id()).isEqualTo(ContributorKind.TRAINING_ERROR);
            assertThat(c.evidence()).contains("a two-week spike").contains("a jump in weekly volume");
        });
        assertThat(advice.findings()).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("R8.training-error");
            assertThat(f.message()).contains("a two-week spike").doesNotContain("R6.");
        });
    }

    @Test
    void importedSessionsNotRatedYetCountToo() {
        Logbook log = Logbook.plan().assessment(Assessment.NONE, ONSET);
        for (int w = 0; w < 6; w++) {
            for (int d : new int[] {0, 2, 4}) {
                log.imported(START.plusWeeks(w).plusDays(d), 10 / 3.0);
            }
        }
        for (int d : new int[] {0, 2, 4}) {
            log.imported(START.plusWeeks(6).plusDays(d), 6);
        }
        assertThat(log.adviseOn(ONSET.plusDays(1)).contributors())
                .anyMatch(c -> c.id() == ContributorKind.TRAINING_ERROR);
    }

    @Test
    void aSteadyBuildShowsNoJumpOrSpike() {
        Logbook log = Logbook.plan().assessment(Assessment.NONE, ONSET);
        steadyWeeks(log, 0, 8, 10);
        Advice advice = log.adviseOn(ONSET.plusDays(1));
        assertThat(advice.contributors())
                .filteredOn(c -> c.id() == ContributorKind.TRAINING_ERROR)
                .allSatisfy(c -> assertThat(c.evidence()).doesNotContain("R6.weekly-jump", "R6.two-week-spike"));
    }

    @Test
    void errorsMoreThanEightWeeksBeforeTheOnsetDoNotCount() {
        Logbook log = Logbook.plan().assessment(Assessment.NONE, ONSET.plusWeeks(20));
        steadyWeeks(log, 0, 2, 10);
        threeRuns(log, START.plusWeeks(2), 20);
        steadyWeeks(log, 3, 3, 20);
        assertThat(log.adviseOn(ONSET.plusWeeks(20)).contributors())
                .noneMatch(c -> c.id() == ContributorKind.TRAINING_ERROR);
    }

    @Test
    void needsThePainOnset() {
        Logbook log = Logbook.plan();
        steadyWeeks(log, 0, 2, 10);
        threeRuns(log, START.plusWeeks(2), 20);
        assertThat(log.adviseOn(START.plusWeeks(3)).contributors())
                .noneMatch(c -> c.id() == ContributorKind.TRAINING_ERROR);
    }

    private static void steadyWeeks(Logbook log, int from, int count, double volume) {
        for (int w = from; w < from + count; w++) {
            threeRuns(log, START.plusWeeks(w), volume);
        }
    }

    /** Three runs (Mon, Wed, Fri) totalling {@code volume}, all pain-free. */
    private static void threeRuns(Logbook log, LocalDate monday, double volume) {
        for (int d : new int[] {0, 2, 4}) {
            log.session(monday.plusDays(d), volume / 3, 1, 1);
        }
    }
}
