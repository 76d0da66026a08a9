package dev.reload.importing.fit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.reload.importing.ImportedActivity;
import dev.reload.importing.SourceFormat;
import dev.reload.importing.Sport;
import dev.reload.importing.TestFiles;
import dev.reload.importing.UnreadableFileException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class FitActivityReaderTests {

    private final FitActivityReader reader = new FitActivityReader();

    /** The fenix-5 files come with the records python-fitparse decoded from them: our totals must agree. */
    @ParameterizedTest
    @CsvSource({"garmin-fenix-5-run, RUN", "garmin-fenix-5-walk, WALK", "garmin-fenix-5-bike, CYCLE"})
    void fenix5DistanceAndDurationMatchTheReferenceRecords(String name, Sport sport) throws Exception {
        ImportedActivity activity = reader.read(TestFiles.bytes("fit/" + name + ".fit"));
        List<String[]> rows = referenceRows(name);
        Instant first = referenceTime(rows.get(0)[0]);
        Instant last = referenceTime(rows.get(rows.size() - 1)[0]);
        double lastDistance = Double.parseDouble(rows.get(rows.size() - 1)[4]);

        assertThat(activity.sport()).isEqualTo(sport);
        assertThat(activity.format()).isEqualTo(SourceFormat.FIT);
        assertThat(activity.startTime()).isEqualTo(first);
        assertThat(activity.distanceMeters()).isCloseTo(lastDistance, within(0.01));
        assertThat(activity.elapsed().toMillis() / 1000.0)
                .isCloseTo(Duration.between(first, last).getSeconds(), within(1.0));
        assertThat(activity.moving()).isLessThanOrEqualTo(activity.elapsed());
        assertThat(activity.sampleCount()).isEqualTo(rows.size());
        int minHeartRate =
                rows.stream().mapToInt(r -> Integer.parseInt(r[1])).min().orElseThrow();
        int maxHeartRate =
                rows.stream().mapToInt(r -> Integer.parseInt(r[1])).max().orElseThrow();
        assertThat(activity.maxHeartRate()).isEqualTo(maxHeartRate);
        assertThat(activity.avgHeartRate()).isBetween(minHeartRate, maxHeartRate);
    }

    @Test
    void runTotalsComeFromTheSessionMessage() throws Exception {
        ImportedActivity run = reader.read(TestFiles.bytes("fit/garmin-fenix-5-run.fit"));
        assertThat(run.distanceMeters()).isCloseTo(157.56, within(0.001));
        assertThat(run.elapsed()).isEqualTo(Duration.ofMillis(56_887));
        assertThat(run.avgHeartRate()).isEqualTo(90);
        assertThat(run.maxHeartRate()).isEqualTo(112);
        assertThat(run.avgCadence()).isEqualTo(83);
        assertThat(run.elevationGainMeters()).isEqualTo(2.0);
    }

    @Test
    void longerFilesReadWithTheirSessionTotals() throws Exception {
        ImportedActivity fenix2 = reader.read(TestFiles.bytes("fit/activity-small-fenix2-run.fit"));
        assertThat(fenix2.sport()).isEqualTo(Sport.RUN);
        assertThat(fenix2.distanceMeters()).isCloseTo(9008.22, within(0.01));
        assertThat(fenix2.elapsed()).isEqualTo(Duration.ofSeconds(2832));
        assertThat(fenix2.sampleCount()).isEqualTo(2809);

        ImportedActivity ride = reader.read(TestFiles.bytes("fit/sample-activity.fit"));
        assertThat(ride.sport()).isEqualTo(Sport.CYCLE);
        assertThat(ride.elapsed()).isEqualTo(Duration.ofMillis(11_741_570));
        assertThat(ride.moving()).isEqualTo(Duration.ofMillis(10_699_360));
        assertThat(ride.distanceMeters()).isCloseTo(88797.21, within(0.01));
        assertThat(ride.avgHeartRate()).isEqualTo(166);
        assertThat(ride.maxHeartRate()).isEqualTo(191);
        assertThat(ride.elevationGainMeters()).isEqualTo(299.0);

        ImportedActivity developerFields = reader.read(TestFiles.bytes("fit/developer-types-sample.fit"));
        assertThat(developerFields.sport()).isEqualTo(Sport.RUN);
        assertThat(developerFields.distanceMeters()).isCloseTo(6753.99, within(0.01));

        ImportedActivity small = reader.read(TestFiles.bytes("fit/Activity.fit"));
        assertThat(small.distanceMeters()).isCloseTo(5.73, within(0.001));
        assertThat(small.sampleCount()).isEqualTo(14);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Settings.fit                        | not an activity file: it holds device settings",
                "MonitoringFile.fit                  | not an activity file: it holds daily monitoring data",
                "activity-unexpected-eof.fit         | the file ends early",
                "activity-settings-corruptheader.fit | the file is damaged: its header is not valid"
            })
    void unreadableFilesSayWhy(String file, String reason) {
        assertThatThrownBy(() -> reader.read(TestFiles.bytes("fit/" + file)))
                .isInstanceOf(UnreadableFileException.class)
                .extracting(e -> ((UnreadableFileException) e).reason())
                .isEqualTo(reason);
    }

    @Test
    void aFlippedDataByteFailsTheChecksum() {
        byte[] bytes = TestFiles.bytes("fit/Activity.fit");
        bytes[400] ^= 0x01;
        assertThatThrownBy(() -> reader.read(bytes))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("the file is damaged");
    }

    @Test
    void everyTruncationEndsEarlyOrIsDamaged() {
        byte[] bytes = TestFiles.bytes("fit/garmin-fenix-5-run.fit");
        for (int length = 0; length < bytes.length; length += 37) {
            byte[] cut = Arrays.copyOf(bytes, length);
            assertThatThrownBy(() -> reader.read(cut)).isInstanceOf(UnreadableFileException.class);
        }
    }

    private static List<String[]> referenceRows(String name) {
        String csv = new String(TestFiles.bytes("fit/" + name + "-records.csv"), StandardCharsets.UTF_8);
        return csv.lines()
                .skip(1)
                .filter(l -> !l.isBlank())
                .map(l -> l.split(",", -1))
                .toList();
    }

    private static Instant referenceTime(String text) {
        return ZonedDateTime.parse(text, DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss zzz yyyy", Locale.ENGLISH))
                .toInstant();
    }
}
