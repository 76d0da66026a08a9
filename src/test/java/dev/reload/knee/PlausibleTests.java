package dev.reload.knee;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PlausibleTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 11);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            1899-12-31, false
            1900-01-01, true
            2026-03-11, true
            2028-03-11, true
            2028-03-12, false
            0000-01-01, false
            +57443-01-01, false
            """)
    void datesRunFrom1900ToTwoYearsAfterToday(LocalDate date, boolean plausible) {
        assertThat(Plausible.isPlausible(date, TODAY)).isEqualTo(plausible);
    }

    @Test
    void aDateOutsideTheRangeIsToldTheRange() {
        assertThat(Plausible.dateProblem(TODAY)).isEqualTo("must be between 1900-01-01 and 2028-03-11");
    }

    @Test
    void twoYearsAfterALeapDayIsTheLastDayOfFebruary() {
        assertThat(Plausible.latestDate(LocalDate.of(2028, 2, 29))).isEqualTo(LocalDate.of(2030, 2, 28));
    }

    @ParameterizedTest(name = "{0}: a session {1}, a week {2}")
    @CsvSource(textBlock = """
            KM,      1000,  7000
            MINUTES, 1440,  10080
            JUMPS,   10000, 70000
            """)
    void eachUnitHasItsOwnSessionAndWeekMaximum(VolumeUnit unit, int session, int week) {
        assertThat(Plausible.sessionVolume(unit)).isEqualTo(session);
        assertThat(Plausible.weekVolume(unit)).isEqualTo(week);
        assertThat(session).isLessThanOrEqualTo(Plausible.ANY_SESSION_VOLUME);
        assertThat(week).isLessThanOrEqualTo(Plausible.ANY_WEEK_VOLUME);
    }

    @Test
    void noArithmeticOnTheMaximumsOverflowsAnInt() {
        // the stored session duration is durationMin * 60 seconds; a week's load is minutes × effort × sessions
        assertThat((long) Plausible.DAY_MINUTES * 60).isLessThan(Integer.MAX_VALUE);
        assertThat((long) Plausible.DAY_MINUTES * 60 * PainScore.MAX * Plausible.SESSIONS_PER_WEEK)
                .isLessThan(Integer.MAX_VALUE);
        assertThat((long) Plausible.SETS * Plausible.REPS * Plausible.HOLD_SEC).isLessThan(Integer.MAX_VALUE);
    }

    @Test
    void theMessagesNameTheRangeInPlainWords() {
        assertThat(Plausible.MINUTES_PROBLEM).isEqualTo("must be 0–1440");
        assertThat(Plausible.sessionVolumeProblem(VolumeUnit.KM)).isEqualTo("must be at most 1000 km for one session");
        assertThat(Plausible.weekVolumeProblem(VolumeUnit.MINUTES)).isEqualTo("must be at most 10080 minutes a week");
    }
}
