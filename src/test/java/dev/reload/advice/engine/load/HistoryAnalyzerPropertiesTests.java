package dev.reload.advice.engine.load;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

import dev.reload.knee.Activity;

import static org.assertj.core.api.Assertions.assertThat;

/** Invariants of R6 over random histories (seeded, so a failure repeats). */
class HistoryAnalyzerPropertiesTests {

    private static final Activity[] ACTIVITIES = {Activity.RUN, Activity.WALK, Activity.CYCLE};
    private static final String[] SURFACES = {"road", "trail", "track", null};
    private static final String[] SHOES = {"A", "B", "C", null};

    @RepeatedTest(200)
    void invariantsHoldForAnyHistory(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        LocalDate start = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(400));
        int days = 1 + random.nextInt(200);
        List<HistorySession> sessions = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            if (random.nextDouble() < 0.5) {
                continue;
            }
            int count = 1 + random.nextInt(2);
            for (int i = 0; i < count; i++) {
                sessions.add(new HistorySession(
                        start.plusDays(d),
                        ACTIVITIES[random.nextInt(ACTIVITIES.length)],
                        random.nextInt(4) == 0 ? 0 : random.nextDouble() * 20,
                        random.nextBoolean() ? 10.0 + random.nextInt(80) : null,
                        random.nextBoolean() ? random.nextInt(11) : null,
                        random.nextBoolean() ? 240.0 + random.nextInt(200) : null,
                        SURFACES[random.nextInt(SURFACES.length)],
                        SHOES[random.nextInt(SHOES.length)]));
            }
        }
        Optional<LocalDate> onset =
                random.nextBoolean() ? Optional.of(start.plusDays(random.nextInt(days + 30))) : Optional.empty();

        HistoryAnalysis analysis = HistoryAnalyzer.analyze(sessions, onset);

        for (HistoryWeek week : analysis.weeks()) {
            assertThat(week.start().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(week.volume()).isNotNegative();
            LocalDate first = sessions.stream()
                    .filter(s -> s.activity().equals(week.activity()))
                    .map(HistorySession::date)
                    .min(LocalDate::compareTo)
                    .orElseThrow();
            long sundayIndex = ChronoUnit.DAYS.between(first, week.start().plusDays(6));
            if (sundayIndex < 27) {
                assertThat(week.acwrEwma()).as("warming up").isNull();
                assertThat(week.acwrCoupled()).isNull();
                assertThat(week.acwrUncoupled()).isNull();
            }
            for (Double ratio : new Double[] {
                week.acwrEwma(), week.acwrCoupled(), week.acwrUncoupled(), week.monotony(), week.strain()
            }) {
                assertThat(ratio == null || (Double.isFinite(ratio) && ratio >= 0))
                        .isTrue();
            }
            assertThat(week.monotony() == null).isEqualTo(week.strain() == null);
        }
        double totalVolume =
                sessions.stream().mapToDouble(HistorySession::volume).sum();
        assertThat(analysis.weeks().stream().mapToDouble(HistoryWeek::volume).sum())
                .isCloseTo(totalVolume, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(analysis.findings()).extracting(HistoryFinding::date).isSorted();
        assertThat(analysis.findings()).allSatisfy(f -> {
            assertThat(HistoryAnalyzer.RULES).contains(f.rule());
            assertThat(f.message()).isNotBlank().doesNotContain("NaN").doesNotContain("Infinity");
            assertThat(f.source()).isNotBlank();
            assertThat(f.evidence()).isNotBlank();
        });
        assertThat(analysis.findings()).containsAll(analysis.whatWentWrong());
        if (onset.isEmpty()) {
            assertThat(analysis.whatWentWrong()).isEmpty();
        } else {
            assertThat(analysis.whatWentWrong()).allSatisfy(f -> {
                assertThat(f.date()).isBeforeOrEqualTo(onset.get());
                assertThat(f.endDate()).isAfterOrEqualTo(onset.get().minusWeeks(8));
            });
        }
        assertThat(HistoryAnalyzer.analyze(sessions, onset))
                .as("same input, same output")
                .isEqualTo(analysis);
    }
}
