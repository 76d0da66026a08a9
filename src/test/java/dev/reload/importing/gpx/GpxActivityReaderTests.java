package dev.reload.importing.gpx;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class GpxActivityReaderTests {

    private final GpxActivityReader reader = new GpxActivityReader();

    /** Expected figures computed independently (haversine, R = 6371.0088 km) from the file's points. */
    @Test
    void gpx10TrackWithTimesGivesHaversineDistanceAndDuration() throws Exception {
        ImportedActivity lake = reader.read(TestFiles.bytes("gpx/cerknicko-jezero.gpx"));
        assertThat(lake.format()).isEqualTo(SourceFormat.GPX);
        assertThat(lake.sampleCount()).isEqualTo(296);
        assertThat(lake.distanceMeters()).isCloseTo(4575.02, within(0.5));
        assertThat(lake.startTime()).isEqualTo(Instant.parse("2010-08-05T14:23:59Z"));
        assertThat(lake.elapsed()).isEqualTo(Duration.ofSeconds(7190));
        assertThat(lake.moving()).isLessThanOrEqualTo(lake.elapsed()).isPositive();
        assertThat(lake.sport()).isEqualTo(Sport.OTHER);
    }

    @Test
    void anEmptySegmentIsSkipped() throws Exception {
        ImportedActivity walk = reader.read(TestFiles.bytes("gpx/track-with-empty-segment.gpx"));
        assertThat(walk.sampleCount()).isEqualTo(9);
        assertThat(walk.distanceMeters()).isCloseTo(85.85, within(0.05));
        assertThat(walk.elapsed()).isEqualTo(Duration.ofSeconds(76));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "cerknicko-without-times.gpx | no timestamps: cannot tell how long it took",
                "route.gpx                   | not an activity file: it holds a planned route, not a recorded track",
                "unicode_with_bom.gpx        | not an activity file: it holds waypoints, not a recorded track",
                "gpx1.0_with_all_fields.gpx  | no timestamps: cannot tell how long it took"
            })
    void filesWithoutARecordedTrackSayWhy(String file, String reason) {
        assertThatThrownBy(() -> reader.read(TestFiles.bytes("gpx/" + file)))
                .isInstanceOf(UnreadableFileException.class)
                .extracting(e -> ((UnreadableFileException) e).reason())
                .isEqualTo(reason);
    }

    @Test
    void aByteOrderMarkIsNotAnError() throws Exception {
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
        byte[] track = TestFiles.bytes("gpx/track-with-empty-segment.gpx");
        byte[] withBom = new byte[bom.length + track.length];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(track, 0, withBom, 3, track.length);
        assertThat(reader.read(withBom).sampleCount()).isEqualTo(9);
    }

    @Test
    void heartRateCadenceAndSportComeFromGarminExtensionsAndType() throws Exception {
        String gpx = """
                <?xml version="1.0" encoding="UTF-8"?>
                <gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1"
                     xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">
                 <trk><name>Morning Run</name><type>running</type><trkseg>
                  <trkpt lat="46.0" lon="14.0"><ele>300</ele><time>2024-05-01T06:00:00Z</time>
                   <extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>120</gpxtpx:hr><gpxtpx:cad>80</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions></trkpt>
                  <trkpt lat="46.001" lon="14.0"><ele>305</ele><time>2024-05-01T06:00:40Z</time>
                   <extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>140</gpxtpx:hr><gpxtpx:cad>90</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions></trkpt>
                 </trkseg></trk></gpx>
                """;
        ImportedActivity run = reader.read(gpx.getBytes(StandardCharsets.UTF_8));
        assertThat(run.sport()).isEqualTo(Sport.RUN);
        assertThat(run.name()).isEqualTo("Morning Run");
        assertThat(run.avgHeartRate()).isEqualTo(130);
        assertThat(run.maxHeartRate()).isEqualTo(140);
        assertThat(run.avgCadence()).isEqualTo(85);
        assertThat(run.elevationGainMeters()).isEqualTo(5.0);
        assertThat(run.distanceMeters()).isCloseTo(111.2, within(0.1));
        assertThat(run.moving()).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void anExternalEntityIsNotRead(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "root:secret");
        String gpx = """
                <?xml version="1.0"?>
                <!DOCTYPE gpx [<!ENTITY secret SYSTEM "%s">]>
                <gpx version="1.1" creator="x" xmlns="http://www.topografix.com/GPX/1/1">
                 <trk><name>&secret;</name><trkseg>
                  <trkpt lat="46.0" lon="14.0"><time>2024-05-01T06:00:00Z</time></trkpt>
                  <trkpt lat="46.001" lon="14.0"><time>2024-05-01T06:00:40Z</time></trkpt>
                 </trkseg></trk></gpx>
                """.formatted(secret.toUri());
        try {
            ImportedActivity activity = reader.read(gpx.getBytes(StandardCharsets.UTF_8));
            assertThat(String.valueOf(activity.name())).doesNotContain("root:");
        } catch (UnreadableFileException e) {
            assertThat(e.reason()).startsWith("the file is damaged");
        }
    }

    /** Found by fuzzing: JPX 3.2.1 loops forever on NUL characters inside {@code <extensions>}. */
    @Test
    void malformedExtensionsDoNotHang() throws Exception {
        byte[] input;
        try (var in = getClass().getResourceAsStream("/fuzz/gpx/jpx-hang-nul-in-extensions.gpx")) {
            input = in.readAllBytes();
        }
        assertTimeoutPreemptively(
                Duration.ofSeconds(5),
                () -> assertThatThrownBy(() -> reader.read(input))
                        .isInstanceOf(UnreadableFileException.class)
                        .hasMessage("the file is damaged: it is not a valid GPX document"));
    }

    @Test
    void garbageIsDamaged() {
        assertThatThrownBy(() -> reader.read("<gpx><trk>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("the file is damaged");
    }
}
