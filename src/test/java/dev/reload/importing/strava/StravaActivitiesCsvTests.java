package dev.reload.importing.strava;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.reload.importing.UnreadableFileException;

import static dev.reload.importing.strava.StravaCsvFixture.HEADER;
import static dev.reload.importing.strava.StravaCsvFixture.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StravaActivitiesCsvTests {

    private static List<StravaRow> parse(String csv) throws UnreadableFileException {
        return StravaActivitiesCsv.parse(csv.getBytes(StandardCharsets.UTF_8), 100);
    }

    @Test
    void readsTheColumnsOfARealExport() throws Exception {
        List<StravaRow> rows = parse(HEADER
                + row(
                        "42",
                        "Jun 11, 2017, 2:34:09 PM",
                        "Morning Run",
                        "Trail Run",
                        "60",
                        "0.15",
                        "activities/1.fit.gz",
                        "57",
                        "157.6",
                        "142.6"));
        assertThat(rows)
                .containsExactly(new StravaRow(
                        "42",
                        Instant.parse("2017-06-11T14:34:09Z"),
                        "Morning Run",
                        "Trail Run",
                        "activities/1.fit.gz",
                        60,
                        57,
                        157.6,
                        12.0,
                        143,
                        null,
                        null));
    }

    @Test
    void theSecondDistanceColumnIsMetresAndTheFirstInKilometresStandsInWhenItIsEmpty() throws Exception {
        List<StravaRow> rows = parse(HEADER
                + row("1", "Apr 10, 2012, 9:22:26 PM", "Both", "Run", "3600", "10.00", "", "3500", "9987.5", "")
                + row("2", "Apr 10, 2012, 9:22:26 PM", "Km only", "Run", "3600", "10.00", "", "3500", "", "")
                + row("3", "Apr 10, 2012, 9:22:26 PM", "Neither", "Run", "3600", "", "", "3500", "", ""));
        assertThat(rows).extracting(StravaRow::distanceMeters).containsExactly(9987.5, 10_000.0, Double.NaN);
    }

    @Test
    void whereStravaRepeatsAColumnTheFirstThatHoldsAValueIsUsed() throws Exception {
        String csv = "Activity Date,Max Heart Rate,Elapsed Time,Max Heart Rate,Elapsed Time\n"
                + "\"Sep 25, 2011, 1:00:22 PM\",,,171,90\n"
                + "\"Sep 25, 2011, 1:00:22 PM\",165,80,171,90\n";
        assertThat(parse(csv)).extracting(StravaRow::maxHeartRate).containsExactly(171, 165);
        assertThat(parse(csv)).extracting(StravaRow::elapsedSeconds).containsExactly(90.0, 80.0);
    }

    @Test
    void headersAreMatchedWhateverTheirCaseAndSpacesAndMissingColumnsAreEmpty() throws Exception {
        StravaRow row = parse(" activity date ,ACTIVITY ID\n\"Sep 25, 2011, 1:00:22 PM\",7\n")
                .get(0);
        assertThat(row.activityId()).isEqualTo("7");
        assertThat(row.startTime()).isEqualTo(Instant.parse("2011-09-25T13:00:22Z"));
        assertThat(row.name()).isNull();
        assertThat(row.type()).isNull();
        assertThat(row.fileName()).isNull();
        assertThat(row.elapsedSeconds()).isNaN();
        assertThat(row.avgHeartRate()).isNull();
    }

    @Test
    void aShortRowLeavesItsLastColumnsEmptyAndABlankFileNameIsNone() throws Exception {
        List<StravaRow> rows = parse("Activity Date,Filename,Moving Time\n"
                + "\"Sep 25, 2011, 1:00:22 PM\",  activities/1.gpx  ,60\n"
                + "\"Sep 25, 2011, 1:00:22 PM\",   \n");
        assertThat(rows).extracting(StravaRow::fileName).containsExactly("activities/1.gpx", null);
        assertThat(rows.get(1).movingSeconds()).isNaN();
    }

    @Test
    void aByteOrderMarkIsSkipped() throws Exception {
        byte[] csv = ("\ufeff" + HEADER
                        + row("9", "Sep 25, 2011, 1:00:22 PM", "Yoga", "Yoga", "1800", "0", "", "1800", "", ""))
                .getBytes(StandardCharsets.UTF_8);
        assertThat(StravaActivitiesCsv.parse(csv, 100))
                .extracting(StravaRow::activityId)
                .containsExactly("9");
    }

    @Test
    void emptyLinesAreSkipped() throws Exception {
        assertThat(parse("Activity Date\n\n\"Sep 25, 2011, 1:00:22 PM\"\n\n")).hasSize(1);
    }

    @Test
    void aTableWithoutActivityDateIsNotAStravaTable() {
        for (String csv : new String[] {"Activity ID,Distance\n1,2\n", ""}) {
            assertThatThrownBy(() -> parse(csv))
                    .isInstanceOf(UnreadableFileException.class)
                    .hasMessage("activities.csv has no \"Activity Date\" column: it is not a Strava summary table");
        }
    }

    @Test
    void asManyRowsAsTheLimitAreReadAndOneMoreIsRefused() throws Exception {
        String rows = "Activity Date\n" + "\"Sep 25, 2011, 1:00:22 PM\"\n".repeat(3);
        byte[] csv = rows.getBytes(StandardCharsets.UTF_8);
        assertThat(StravaActivitiesCsv.parse(csv, 3)).hasSize(3);
        assertThatThrownBy(() -> StravaActivitiesCsv.parse(csv, 2))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("activities.csv lists more than 2 activities");
    }

    @Test
    void datesAreReadInStravasOwnFormatAsUtc() {
        assertThat(StravaActivitiesCsv.parseDate("Sep 25, 2011, 1:00:22 PM"))
                .isEqualTo(Instant.parse("2011-09-25T13:00:22Z"));
        assertThat(StravaActivitiesCsv.parseDate("Jan 1, 2024, 12:05:00 AM"))
                .isEqualTo(Instant.parse("2024-01-01T00:05:00Z"));
        assertThat(StravaActivitiesCsv.parseDate("Sep 25, 2011, 1:00:22\u202fPM"))
                .isEqualTo(Instant.parse("2011-09-25T13:00:22Z"));
        assertThat(StravaActivitiesCsv.parseDate("25/09/2011")).isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Sep 25, 2011 1:00:22 PM     | 2011-09-25T13:00:22Z",
                "'  Sep 25,  2011,  1:00:22 PM ' | 2011-09-25T13:00:22Z",
                "Sep 25, 2011,\u00a01:00:22 PM | 2011-09-25T13:00:22Z",
                "2011-09-25 13:00:22         | 2011-09-25T13:00:22Z",
                "Dec 31, 2023, 11:59:59 PM   | 2023-12-31T23:59:59Z"
            })
    void datesInTheOtherWaysStravaWritesThemAreReadToo(String text, Instant expected) {
        assertThat(StravaActivitiesCsv.parseDate(text)).isEqualTo(expected);
    }

    @Test
    void aMissingOrImpossibleDateIsNone() {
        assertThat(StravaActivitiesCsv.parseDate(null)).isNull();
        assertThat(StravaActivitiesCsv.parseDate("  ")).isNull();
        assertThat(StravaActivitiesCsv.parseDate("Sep 25, 2011")).isNull();
        assertThat(StravaActivitiesCsv.parseDate("Sep 25, 2011, 13:00:22 PM")).isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {
                "1620     | 1620",
                "5.01     | 5.01",
                "' 5.01 ' | 5.01",
                "1,234.5  | 1234.5",
                "5,01     | 5.01",
                "0        | 0",
                "''       | NaN",
                "NULL     | NaN",
                "-3       | NaN",
                "abc      | NaN",
                "Infinity | NaN",
                "1e400    | NaN"
            })
    void numbersAreReadAsStravaWritesThem(String text, double expected) {
        assertThat(StravaActivitiesCsv.parseNumber(text)).as("NaN is missing").isEqualTo(Double.valueOf(expected));
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "NULL",
            value = {
                "142.6, 143",
                "142.4, 142",
                "1, 1",
                "10000, 10000",
                "10000.4, NULL",
                "0, NULL",
                "10001, NULL",
                "'', NULL"
            })
    void countsAreRoundedAndZeroOrAbsurdOnesAreNone(String text, Integer expected) {
        assertThat(StravaActivitiesCsv.wholeNumber(text)).isEqualTo(expected);
    }
}
