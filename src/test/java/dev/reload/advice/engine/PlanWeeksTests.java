package dev.reload.advice.engine;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.reload.knee.Phase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The plan weeks as the weekly review walks them: doses, phases, lights and the guard band. */
class PlanWeeksTests {

    private static List<PlanWeek> walk(Logbook log, LocalDate asOf) {
        return Logbook.ENGINE.planWeeks(Logbook.ENGINE.index(log.input()), asOf);
    }

    @Test
    void aGreenWeekARedWeekAndTheBackOffAsTheAdviceSawThem() {
        Logbook log = Logbook.returning().greenWeek(1, 12).greenWeek(2, 12);
        log.week(3, 12, 3, 6, 6, 1); // pain 6 during: RED
        LocalDate asOf = log.day(4, 2);

        List<PlanWeek> weeks = walk(log, asOf);

        assertThat(weeks).extracting(PlanWeek::week).containsExactly(1, 2, 3, 4);
        PlanWeek second = weeks.get(1);
        assertThat(second.phase()).isEqualTo(Phase.RETURN);
        assertThat(second.light()).isEqualTo(Light.GREEN);
        assertThat(second.guardFrom()).isEqualTo(12.0);
        assertThat(second.guardTo()).isEqualTo(13.0); // 12 km + 10 %, rounded down to 0.5 km
        PlanWeek red = weeks.get(2);
        assertThat(red.light()).isEqualTo(Light.RED);
        assertThat(red.red()).isEqualTo(3);
        assertThat(red.ended()).isTrue();
        PlanWeek current = weeks.get(3);
        assertThat(current.ended()).isFalse();
        assertThat(current.sessions()).isZero();
        assertThat(current.light()).isNull();
        assertThat(current.decision()).isEqualTo(DoseDecision.BACK_OFF);
        assertThat(current.dose())
                .isEqualTo(log.adviseAtStartOf(4).nextWeek().volume())
                .isEqualTo(9.5); // 80 % of the red 12 km week, rounded down
        assertThat(current.guardFrom()).isEqualTo(12.0); // the last all-green week is still week 2
    }

    @Test
    void eachWeeksDoseIsTheOneTheAdviceGaveForIt() {
        Logbook log = Logbook.returning().greenWeek(1, 10).greenWeek(2, 11).greenWeek(3, 12);
        log.week(4, 12, 3, 4, 3, 1); // AMBER: hold

        List<PlanWeek> weeks = walk(log, log.day(5, 6));

        for (PlanWeek week : weeks.subList(1, weeks.size())) {
            WeeklyDose advised = log.adviseAtStartOf(week.week()).nextWeek();
            assertThat(week.dose()).as("week %d", week.week()).isEqualTo(advised.volume());
            assertThat(week.decision()).as("week %d", week.week()).isEqualTo(advised.decision());
        }
        assertThat(weeks.get(3).light()).isEqualTo(Light.AMBER);
    }

    @ParameterizedTest(name = "pain during {0}, after {1} (mornings 1): light {2}")
    @CsvSource({"3, 2, GREEN", "4, 2, AMBER", "5, 2, AMBER", "6, 2, RED", "2, 3, AMBER", "2, 4, RED", "2, 6, RED"})
    void aWeeksLightIsItsWorstSession(int during, int after, Light light) {
        Logbook log = Logbook.returning().greenWeek(1, 12);
        log.session(log.day(2, 0), 4, 1, 1).session(log.day(2, 2), 4, during, after);
        log.mornings(log.day(2, 0), log.day(3, 0), 1);

        assertThat(walk(log, log.day(3, 0)).get(1).light()).isEqualTo(light);
    }

    @Test
    void noGuardBandBeforeAnyTolerated() {
        Logbook log = Logbook.returning();
        log.week(1, 12, 3, 4, 4, 1);

        PlanWeek first = walk(log, log.day(1, 6)).get(0);

        assertThat(first.guardFrom()).isNull();
        assertThat(first.guardTo()).isNull();
        assertThat(first.sessions()).isEqualTo(3);
    }

    @Test
    void settleWithoutADoseToTryHasNoDose() {
        Logbook log = Logbook.plan();
        log.morning(log.day(1, 0), 2);

        List<PlanWeek> weeks = walk(log, log.day(1, 0));

        assertThat(weeks).singleElement().satisfies(w -> {
            assertThat(w.phase()).isEqualTo(Phase.SETTLE);
            assertThat(w.dose()).isNull();
            assertThat(w.ended()).isFalse();
        });
    }

    @Test
    void theWeekThatBeginsTodayIsThereWithTheDoseJustDecided() {
        Logbook log = Logbook.returning().greenWeek(1, 12);
        log.session(log.day(2, 0), 4, 1, 1);

        List<PlanWeek> weeks = walk(log, log.day(2, 0));

        assertThat(weeks).extracting(PlanWeek::week).containsExactly(1, 2);
        assertThat(weeks.get(1).dose())
                .isEqualTo(log.adviseAtStartOf(2).nextWeek().volume());
        assertThat(weeks.get(1).sessions()).isEqualTo(1);
        assertThat(weeks.get(1).ended()).isFalse();
        assertThat(weeks.get(1).guardFrom()).isEqualTo(12.0);
    }

    @Test
    void nothingBeforeThePlanStarts() {
        Logbook log = Logbook.plan();

        assertThat(walk(log, log.day(1, 0).minusDays(1))).isEmpty();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> walk(log, log.day(1, 0).plusDays(AdviceEngine.MAX_PLAN_DAYS + 1)));
    }
}
