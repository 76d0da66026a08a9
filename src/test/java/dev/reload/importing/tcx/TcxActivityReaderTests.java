package dev.reload.importing.tcx;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.reload.importing.ImportedActivity;
import dev.reload.importing.SourceFormat;
import dev.reload.importing.Sport;
import dev.reload.importing.TestFiles;
import dev.reload.importing.UnreadableFileException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class TcxActivityReaderTests {

    private final TcxActivityReader reader = new TcxActivityReader();

    /** Expected figures summed from the file's three laps. */
    @Test
    void totalsComeFromTheLaps() throws Exception {
        ImportedActivity run = reader.read(TestFiles.bytes("tcx/test.tcx"));
        assertThat(run.format()).isEqualTo(SourceFormat.TCX);
        assertThat(run.sport()).isEqualTo(Sport.RUN);
        assertThat(run.startTime()).isEqualTo(Instant.parse("2012-12-26T21:29:53Z"));
        assertThat(run.distanceMeters()).isCloseTo(4689.24, within(0.01));
        assertThat(run.moving()).isEqualTo(Duration.ofMillis(1_992_780));
        assertThat(run.elapsed()).isEqualTo(Duration.ofMillis(1_992_780));
        assertThat(run.sampleCount()).isEqualTo(384);
        // (608.47 × 139 + 714.8 × 172 + 669.51 × 167) / 1992.78 = 160.2
        assertThat(run.avgHeartRate()).isEqualTo(160);
        assertThat(run.maxHeartRate()).isEqualTo(189);
        assertThat(run.elevationGainMeters()).isNotNull().isPositive();
    }

    @Test
    void withoutHeartRateTheRestStillReads() throws Exception {
        ImportedActivity run = reader.read(TestFiles.bytes("tcx/no_hr.tcx"));
        assertThat(run.avgHeartRate()).isNull();
        assertThat(run.maxHeartRate()).isNull();
        assertThat(run.distanceMeters()).isCloseTo(4689.24, within(0.01));
        assertThat(run.moving()).isEqualTo(Duration.ofMillis(1_992_780));
    }

    @Test
    void anExternalEntityIsNotRead(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "4242");
        String tcx = """
                <?xml version="1.0"?>
                <!DOCTYPE TrainingCenterDatabase [<!ENTITY secret SYSTEM "%s">]>
                <TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
                 <Activities><Activity Sport="Running"><Id>2024-05-01T06:00:00Z</Id>
                  <Lap StartTime="2024-05-01T06:00:00Z"><TotalTimeSeconds>60</TotalTimeSeconds>
                   <DistanceMeters>&secret;</DistanceMeters></Lap></Activity></Activities>
                </TrainingCenterDatabase>
                """.formatted(secret.toUri());
        try {
            ImportedActivity activity = reader.read(tcx.getBytes(StandardCharsets.UTF_8));
            assertThat(activity.distanceMeters()).isZero();
        } catch (UnreadableFileException e) {
            assertThat(e.reason()).startsWith("the file is damaged");
        }
    }

    @Test
    void aCourseIsNotAnActivity() {
        String tcx = """
                <TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
                 <Courses><Course><Name>Loop</Name></Course></Courses></TrainingCenterDatabase>
                """;
        assertThatThrownBy(() -> reader.read(tcx.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("not an activity file: it holds a planned course");
    }

    @Test
    void lapsWithoutTimesCannotTellWhen() {
        String tcx = """
                <TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
                 <Activities><Activity Sport="Biking"><Lap><DistanceMeters>100</DistanceMeters></Lap></Activity></Activities>
                </TrainingCenterDatabase>
                """;
        assertThatThrownBy(() -> reader.read(tcx.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("no timestamps: cannot tell how long it took");
    }
}
