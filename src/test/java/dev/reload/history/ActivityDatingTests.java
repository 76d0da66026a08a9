package dev.reload.history;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.reload.importing.ActivityFiles;
import dev.reload.importing.ImportedActivity;
import dev.reload.importing.SourceFormat;
import dev.reload.importing.Sport;
import dev.reload.importing.UnreadableFileException;
import dev.reload.importing.gpx.GpxFiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The day an imported activity is stored under, and the dates an import refuses. */
class ActivityDatingTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void aGpxRunAtHalfPastElevenUtcIsTheNextDaysRunInBerlin() throws Exception {
        ImportedActivity run = gpx("2026-03-10T23:30:00Z");

        assertThat(ActivityDating.of(ZoneId.of("Europe/Berlin"), TODAY).dateOf(run))
                .isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(ActivityDating.of(ZoneId.of("UTC"), TODAY).dateOf(run)).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(ActivityDating.of(ZoneId.of("America/Chicago"), TODAY).dateOf(run))
                .isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1900-01-01T12:00:00Z", "2026-03-10T23:30:00Z", "2028-12-02T12:00:00Z"})
    void takesEveryDateFrom1900ToTwoYearsAhead(String start) throws Exception {
        assertThat(ActivityDating.of(ZoneId.of("UTC"), TODAY).problemWith(gpx(start)))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "0001-01-01T10:00:00Z, 1 January 1",
        "1899-12-31T12:00:00Z, 31 December 1899",
        "2028-12-03T12:00:00Z, 3 December 2028"
    })
    void refusesADateOutsideThatRangeNamingIt(String start, String named) throws Exception {
        assertThat(ActivityDating.of(ZoneId.of("UTC"), TODAY).problemWith(gpx(start)))
                .hasValueSatisfying(reason -> assertThat(reason)
                        .isEqualTo("its date, " + named + ", cannot be right: activities dated from 1 January 1900 to"
                                + " 2 December 2028 are imported"));
    }

    @Test
    void refusesTheYear57443AsASummaryRowMayGiveIt() {
        ImportedActivity farAhead = new ImportedActivity(
                Sport.RUN,
                Instant.parse("+57443-01-01T10:00:00Z"),
                Duration.ofMinutes(30),
                Duration.ofMinutes(30),
                5000,
                null,
                null,
                null,
                null,
                0,
                null,
                SourceFormat.SUMMARY_ROW);

        assertThat(ActivityDating.of(ZoneId.of("UTC"), TODAY).problemWith(farAhead))
                .hasValueSatisfying(
                        reason -> assertThat(reason).startsWith("its date, 1 January 57443, cannot be right"));
    }

    @Test
    void theRangeEndsTwoYearsAfterThePersonsToday() {
        assertThat(ActivityDating.of(ZoneId.of("UTC"), LocalDate.of(2024, 2, 29))
                        .latest())
                .isEqualTo(LocalDate.of(2026, 2, 28));
    }

    private static ImportedActivity gpx(String start) throws UnreadableFileException {
        return ActivityFiles.read("run.gpx", new java.io.ByteArrayInputStream(GpxFiles.runAt(start)));
    }
}
