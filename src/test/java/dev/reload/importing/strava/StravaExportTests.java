package dev.reload.importing.strava;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.reload.importing.ImportFailure;
import dev.reload.importing.ImportLimits;
import dev.reload.importing.ImportOutcome;
import dev.reload.importing.ImportedActivity;
import dev.reload.importing.SourceFormat;
import dev.reload.importing.Sport;
import dev.reload.importing.TestFiles;
import dev.reload.importing.UnreadableFileException;
import dev.reload.importing.ZipBuilder;
import dev.reload.importing.fit.FitFiles;

import static dev.reload.importing.strava.StravaCsvFixture.HEADER;
import static dev.reload.importing.strava.StravaCsvFixture.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class StravaExportTests {

    @TempDir
    Path dir;

    private Path stravaExport() {
        String csv = HEADER
                + row(
                        "1",
                        "Jun 11, 2017, 2:34:09 PM",
                        "Morning Run",
                        "Run",
                        "60",
                        "0.15",
                        "activities/1.fit.gz",
                        "57",
                        "157.6",
                        "")
                + row(
                        "2",
                        "Jul 6, 2013, 5:26:26 PM",
                        "Evening Walk",
                        "Walk",
                        "76",
                        "0.08",
                        "activities/2.gpx",
                        "70",
                        "85.9",
                        "")
                + row(
                        "3",
                        "Dec 26, 2012, 9:29:53 PM",
                        "Ride?",
                        "Ride",
                        "1993",
                        "4.69",
                        "activities/3.tcx.gz",
                        "1992",
                        "4689.2",
                        "")
                + row("4", "Sep 25, 2011, 1:00:22 PM", "Yoga", "Yoga", "1800", "0", "", "1800", "", "95")
                + row(
                        "5",
                        "Apr 9, 2012, 9:22:26 PM",
                        "Cut short",
                        "Run",
                        "14",
                        "0.01",
                        "activities/5.fit",
                        "13",
                        "5.7",
                        "120")
                + row(
                        "6",
                        "Apr 10, 2012, 9:22:26 PM",
                        "Lost file",
                        "Trail Run",
                        "3600",
                        "10.00",
                        "activities/6.fit.gz",
                        "3500",
                        "",
                        "")
                + row(
                        "7",
                        "Apr 11, 2012, 9:22:26 PM",
                        "Watch settings",
                        "Run",
                        "100",
                        "0.3",
                        "activities/7.fit",
                        "100",
                        "300",
                        "")
                + row("8", "not a date", "Broken", "Run", "100", "0.3", "", "100", "300", "");
        return new ZipBuilder()
                .entry("activities.csv", csv)
                .entry("activities/1.fit.gz", TestFiles.gzip(TestFiles.bytes("fit/garmin-fenix-5-run.fit")))
                .entry("activities/2.gpx", TestFiles.bytes("gpx/track-with-empty-segment.gpx"))
                .entry("activities/3.tcx.gz", TestFiles.gzip(TestFiles.bytes("tcx/test.tcx")))
                .entry("activities/5.fit", TestFiles.bytes("fit/activity-unexpected-eof.fit"))
                .entry("activities/7.fit", TestFiles.bytes("fit/Settings.fit"))
                .entry("../escape.fit", TestFiles.bytes("fit/Activity.fit"))
                .entry("/etc/absolute.fit", TestFiles.bytes("fit/Activity.fit"))
                .write(dir, "export.zip");
    }

    private static List<ImportOutcome> readAll(StravaExport export, int threads) throws Exception {
        List<ImportOutcome> outcomes = new ArrayList<>();
        export.readAll(0, threads, outcomes::add);
        return outcomes;
    }

    @Test
    void readsEveryRowFromItsFileOrItsSummaryAndListsWhatFailed() throws Exception {
        try (StravaExport export = StravaExport.open(stravaExport())) {
            assertThat(export.total()).isEqualTo(10);
            List<ImportOutcome> outcomes = readAll(export, 1);
            assertThat(outcomes).extracting(ImportOutcome::index).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
            assertThat(outcomes).allMatch(o -> o.total() == 10);

            ImportedActivity run = outcomes.get(0).activity().orElseThrow();
            assertThat(run.format()).isEqualTo(SourceFormat.FIT);
            assertThat(run.name()).isEqualTo("Morning Run");
            assertThat(run.distanceMeters()).isCloseTo(157.56, within(0.001));
            assertThat(outcomes.get(0).source()).isEqualTo("activities/1.fit.gz");
            assertThat(outcomes.get(0).externalId()).isEqualTo("1");

            ImportedActivity walk = outcomes.get(1).activity().orElseThrow();
            assertThat(walk.format()).isEqualTo(SourceFormat.GPX);
            assertThat(walk.sport())
                    .as("the GPX file names no sport: the row's")
                    .isEqualTo(Sport.WALK);

            ImportedActivity tcx = outcomes.get(2).activity().orElseThrow();
            assertThat(tcx.format()).isEqualTo(SourceFormat.TCX);
            assertThat(tcx.sport()).as("the file's own sport wins").isEqualTo(Sport.RUN);

            ImportOutcome yoga = outcomes.get(3);
            assertThat(yoga.failure()).isEmpty();
            assertThat(yoga.source()).isEqualTo("activities.csv");
            ImportedActivity fromRow = yoga.activity().orElseThrow();
            assertThat(fromRow.format()).isEqualTo(SourceFormat.SUMMARY_ROW);
            assertThat(fromRow.sport()).isEqualTo(Sport.OTHER);
            assertThat(fromRow.startTime()).isEqualTo(Instant.parse("2011-09-25T13:00:22Z"));
            assertThat(fromRow.elapsed()).isEqualTo(Duration.ofSeconds(1800));
            assertThat(fromRow.avgHeartRate()).isEqualTo(95);
            assertThat(fromRow.elevationGainMeters()).isEqualTo(12.0);

            ImportOutcome cutShort = outcomes.get(4);
            assertThat(cutShort.activity().orElseThrow().format()).isEqualTo(SourceFormat.SUMMARY_ROW);
            assertThat(cutShort.activity().orElseThrow().distanceMeters()).isCloseTo(5.7, within(0.001));
            assertThat(cutShort.activity().orElseThrow().moving()).isEqualTo(Duration.ofSeconds(13));
            assertThat(cutShort.failure())
                    .contains(new ImportFailure(
                            "activities/5.fit", "the file ends early; imported from the summary row"));

            ImportOutcome lost = outcomes.get(5);
            assertThat(lost.activity().orElseThrow().distanceMeters())
                    .as("first Distance column is km")
                    .isCloseTo(10_000, within(0.001));
            assertThat(lost.activity().orElseThrow().sport()).isEqualTo(Sport.RUN);
            assertThat(lost.failure().orElseThrow().reason())
                    .isEqualTo("the file is missing from the archive; imported from the summary row");

            assertThat(outcomes.get(6).failure().orElseThrow().reason())
                    .isEqualTo("not an activity file: it holds device settings; imported from the summary row");

            assertThat(outcomes.get(7).activity()).isEmpty();
            assertThat(outcomes.get(7).failure().orElseThrow().reason()).contains("no readable date");

            assertThat(outcomes.subList(8, 10)).allSatisfy(o -> {
                assertThat(o.activity()).isEmpty();
                assertThat(o.failure().orElseThrow().reason())
                        .isEqualTo("refused: its path points outside the archive");
            });
            assertThat(outcomes.subList(8, 10))
                    .extracting(o -> o.failure().orElseThrow().file())
                    .containsExactly("../escape.fit", "/etc/absolute.fit");
        }
    }

    @Test
    void parallelReadingGivesTheSameOutcomesInTheSameOrder() throws Exception {
        Path zip = stravaExport();
        try (StravaExport one = StravaExport.open(zip);
                StravaExport two = StravaExport.open(zip)) {
            assertThat(readAll(two, 2)).isEqualTo(readAll(one, 1));
        }
    }

    @Test
    void aJobCanResumeFromTheNextItem() throws Exception {
        try (StravaExport export = StravaExport.open(stravaExport())) {
            List<ImportOutcome> rest = new ArrayList<>();
            export.readAll(6, 2, rest::add);
            assertThat(rest).extracting(ImportOutcome::index).containsExactly(6, 7, 8, 9);
            assertThat(rest.get(0).processed()).isEqualTo(7);
        }
    }

    @Test
    void aFileOfADeviceWithoutClockTakesTheDateOfItsRow() throws Exception {
        String csv = HEADER
                + row(
                        "7",
                        "Mar 10, 2026, 8:00:00 PM",
                        "Sunrise run",
                        "Run",
                        "1800",
                        "5.0",
                        "activities/7.fit",
                        "1800",
                        "5000.0",
                        "")
                + row("8", "not a date", "Lost", "Run", "1800", "5.0", "activities/8.fit", "1800", "5000.0", "");
        Path zip = new ZipBuilder()
                .entry("activities.csv", csv)
                .entry("activities/7.fit", FitFiles.runOfADeviceWithoutClock(3_600))
                .entry("activities/8.fit", FitFiles.runOfADeviceWithoutClock(7_200))
                .write(dir, "undated.zip");
        try (StravaExport export = StravaExport.open(zip)) {
            List<ImportOutcome> outcomes = readAll(export, 1);

            assertThat(outcomes.get(0).failure()).isEmpty();
            ImportedActivity dated = outcomes.get(0).activity().orElseThrow();
            assertThat(dated.startTime()).isEqualTo(Instant.parse("2026-03-10T20:00:00Z"));
            assertThat(dated.format()).isEqualTo(SourceFormat.FIT);
            assertThat(dated.sampleCount()).isPositive();
            assertThat(dated.name()).isEqualTo("Sunrise run");

            assertThat(outcomes.get(1).activity()).isEmpty();
            assertThat(outcomes.get(1).failure())
                    .hasValueSatisfying(f -> assertThat(f.reason())
                            .startsWith("the file has no real date: the device had not set its clock")
                            .contains("no readable date"));
        }
    }

    @Test
    void aFileOfADeviceWithoutClockInAZipWithoutSummaryTableIsRefused() throws Exception {
        Path zip = new ZipBuilder()
                .entry("watch/run.fit", FitFiles.runOfADeviceWithoutClock(3_600))
                .write(dir, "bare.zip");
        try (StravaExport export = StravaExport.open(zip)) {
            ImportOutcome outcome = export.read(0);
            assertThat(outcome.activity()).isEmpty();
            assertThat(outcome.failure())
                    .hasValueSatisfying(f -> assertThat(f.reason())
                            .isEqualTo("the file has no real date: the device had not set its clock, and the"
                                    + " archive has no activities.csv to date it"));
        }
    }

    @Test
    void aZipWithoutSummaryTableImportsItsActivityFiles() throws Exception {
        Path zip = new ZipBuilder()
                .entry("b/run.fit", TestFiles.bytes("fit/garmin-fenix-5-run.fit"))
                .entry("a/ride.tcx", TestFiles.bytes("tcx/test.tcx"))
                .entry("readme.txt", "hello")
                .write(dir, "files.zip");
        try (StravaExport export = StravaExport.open(zip)) {
            List<ImportOutcome> outcomes = readAll(export, 1);
            assertThat(outcomes).extracting(ImportOutcome::source).containsExactly("a/ride.tcx", "b/run.fit");
            assertThat(outcomes)
                    .allMatch(o -> o.activity().isPresent() && o.failure().isEmpty());
        }
    }

    @Test
    void aCompressionBombEntryIsRefusedAndItsRowStillImports() throws Exception {
        String csv = HEADER
                + row(
                        "1",
                        "Jun 11, 2017, 2:34:09 PM",
                        "Bomb",
                        "Run",
                        "60",
                        "0.15",
                        "activities/1.fit",
                        "57",
                        "157.6",
                        "");
        Path zip = new ZipBuilder()
                .entry("activities.csv", csv)
                .entry("activities/1.fit", new byte[16 << 20])
                .write(dir, "bomb.zip");
        assertThat(Files.size(zip)).isLessThan(100_000);
        try (StravaExport export = StravaExport.open(zip, new ImportLimits(64L << 20, 1L << 30, 1000, 100))) {
            ImportOutcome outcome = export.read(0);
            assertThat(outcome.failure().orElseThrow().reason())
                    .startsWith("the file unpacks to far more than its packed size");
            assertThat(outcome.activity()).isPresent();
            assertThat(export.unpackedBytes()).isLessThan(3 << 20);
        }
    }

    @Test
    void aGzipBombInsideTheArchiveIsRefused() throws Exception {
        Path zip = new ZipBuilder()
                .entry("activities/1.fit.gz", TestFiles.gzip(new byte[32 << 20]))
                .write(dir, "gzbomb.zip");
        try (StravaExport export = StravaExport.open(zip, new ImportLimits(8L << 20, 1L << 30, 1000, 100))) {
            assertThat(export.read(0).failure().orElseThrow().reason())
                    .startsWith("the file is too large once unpacked");
        }
    }

    @Test
    void anArchiveThatUnpacksToMoreThanTheTotalLimitStops() throws Exception {
        byte[] noise = new byte[3 << 20];
        new Random(1).nextBytes(noise);
        ZipBuilder builder = new ZipBuilder();
        for (int i = 0; i < 5; i++) {
            builder.entry("activities/" + i + ".fit", noise);
        }
        Path zip = builder.write(dir, "big.zip");
        try (StravaExport export = StravaExport.open(zip, new ImportLimits(4L << 20, 10L << 20, 1000, 100))) {
            assertThatThrownBy(() -> export.readAll(0, 2, o -> {}))
                    .isInstanceOf(UnreadableFileException.class)
                    .hasMessageContaining("the archive unpacks to more than 10 MB");
            assertThat(export.unpackedBytes()).isLessThan(20L << 20);
        }
    }

    @Test
    void aSummaryTableInAFolderFindsItsFilesInThatFolder() throws Exception {
        String csv = HEADER + aRun("Morning Run", "./activities/1.fit");
        Path zip = new ZipBuilder()
                .entry("export_123/activities.csv", csv)
                .entry("export_123/activities/1.fit", TestFiles.bytes("fit/garmin-fenix-5-run.fit"))
                .entry("other/run.fit", TestFiles.bytes("fit/garmin-fenix-5-run.fit"))
                .write(dir, "folder.zip");
        try (StravaExport export = StravaExport.open(zip)) {
            assertThat(export.total()).as("only the table's rows").isEqualTo(1);
            ImportOutcome outcome = export.read(0);
            assertThat(outcome.source()).isEqualTo("export_123/activities/1.fit");
            assertThat(outcome.activity().orElseThrow().format()).isEqualTo(SourceFormat.FIT);
            assertThat(outcome.failure()).isEmpty();
        }
    }

    @Test
    void aRowWhoseFileNameLeavesTheArchiveIsRefusedAndImportedFromTheRow() throws Exception {
        String csv = HEADER + aRun("Sly", "../1.fit");
        Path zip = new ZipBuilder()
                .entry("activities.csv", csv)
                .entry("1.fit", TestFiles.bytes("fit/garmin-fenix-5-run.fit"))
                .write(dir, "sly.zip");
        try (StravaExport export = StravaExport.open(zip)) {
            ImportOutcome outcome = export.read(0);
            assertThat(outcome.activity().orElseThrow().format()).isEqualTo(SourceFormat.SUMMARY_ROW);
            assertThat(outcome.failure())
                    .contains(new ImportFailure(
                            "../1.fit", "refused: its path points outside the archive; imported from the summary row"));
        }
    }

    @Test
    void aSummaryTableBeyondTheLimitsIsRefusedByName() {
        Path zip = new ZipBuilder()
                .entry("activities.csv", HEADER + " ".repeat(2 << 20))
                .write(dir, "huge-table.zip");
        assertThatThrownBy(() -> StravaExport.open(zip, new ImportLimits(64L << 20, 1L << 30, 1000, 100)))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("activities.csv: the file unpacks to far more than its packed size (more than 100 times):"
                        + " refused");
    }

    /** A row of a run on 11 June 2017 whose file is {@code file}. */
    private static String aRun(String name, String file) {
        return row("1", "Jun 11, 2017, 2:34:09 PM", name, "Run", "60", "0.15", file, "57", "157.6", "");
    }
}
