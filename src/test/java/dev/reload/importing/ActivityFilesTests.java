package dev.reload.importing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActivityFilesTests {

    @ParameterizedTest
    @ValueSource(strings = {"fit/garmin-fenix-5-run.fit", "gpx/cerknicko-jezero.gpx", "tcx/test.tcx"})
    void readsEachFormatPlainOrGzippedWhateverItIsCalled(String path) throws Exception {
        byte[] plain = TestFiles.bytes(path);
        ImportedActivity expected = ActivityFiles.read(path, new ByteArrayInputStream(plain));
        assertThat(ActivityFiles.read(path + ".gz", new ByteArrayInputStream(TestFiles.gzip(plain))))
                .isEqualTo(expected);
        assertThat(ActivityFiles.read("upload.bin", new ByteArrayInputStream(TestFiles.gzip(plain))))
                .isEqualTo(expected);
    }

    @Test
    void aFileTooLargeOnceUngzippedIsRefused() {
        byte[] zeros = TestFiles.gzip(new byte[2 << 20]);
        ImportLimits limits = new ImportLimits(1 << 20, 1L << 30, 10, 1000);
        assertThatThrownBy(() -> ActivityFiles.read("bomb.fit.gz", zeros, limits, BoundedInput.ByteBudget.UNLIMITED))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("the file is too large once unpacked");
    }

    @Test
    void cutGzipDataEndsEarly() {
        byte[] gz = TestFiles.gzip(TestFiles.bytes("tcx/test.tcx"));
        byte[] cut = Arrays.copyOf(gz, gz.length / 2);
        assertThatThrownBy(() -> ActivityFiles.read("x.tcx.gz", new ByteArrayInputStream(cut)))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("the file ends early");
    }

    @Test
    void singleFileImportGivesOneOutcome() {
        ImportOutcome ok = ActivityFiles.importFile(
                "run.fit",
                new ByteArrayInputStream(TestFiles.bytes("fit/garmin-fenix-5-run.fit")),
                ImportLimits.DEFAULT);
        assertThat(ok.activity()).isPresent();
        assertThat(ok.failure()).isEmpty();
        assertThat(ok.processed()).isEqualTo(ok.total()).isEqualTo(1);
        ImportOutcome bad = ActivityFiles.importFile(
                "Settings.fit", new ByteArrayInputStream(TestFiles.bytes("fit/Settings.fit")), ImportLimits.DEFAULT);
        assertThat(bad.activity()).isEmpty();
        assertThat(bad.failure())
                .contains(new ImportFailure("Settings.fit", "not an activity file: it holds device settings"));
    }

    @Test
    void theSameRunFromAFitAndATcxFileIsOneActivity() throws Exception {
        ImportedActivity run =
                ActivityFiles.read("run.fit", new ByteArrayInputStream(TestFiles.bytes("fit/garmin-fenix-5-run.fit")));
        assertThat(run.isSameActivityAs(run.withName("copy"))).isTrue();
        ImportedActivity later = new ImportedActivity(
                run.sport(),
                run.startTime().plusSeconds(60),
                run.elapsed(),
                run.moving(),
                run.distanceMeters(),
                null,
                null,
                null,
                null,
                0,
                null,
                SourceFormat.TCX);
        assertThat(run.isSameActivityAs(later)).isTrue();
        assertThat(run.isSameActivityAs(later.withSport(Sport.WALK))).isFalse();
        ImportedActivity tooLate = new ImportedActivity(
                run.sport(),
                run.startTime().plusSeconds(61),
                run.elapsed(),
                run.moving(),
                run.distanceMeters(),
                null,
                null,
                null,
                null,
                0,
                null,
                SourceFormat.TCX);
        assertThat(run.isSameActivityAs(tooLate)).isFalse();
    }

    @Test
    void somethingElseIsNotAnActivityFile() {
        assertThatThrownBy(() -> ActivityFiles.read(
                        "notes.txt", new ByteArrayInputStream("hello".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("not an activity file: this app reads FIT, GPX and TCX files");
        assertThatThrownBy(() -> ActivityFiles.read("empty.fit", new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("the file is empty");
    }
}
