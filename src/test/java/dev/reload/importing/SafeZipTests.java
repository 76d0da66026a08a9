package dev.reload.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SafeZipTests {

    @TempDir
    Path dir;

    private static byte[] noise(int length) {
        byte[] bytes = new byte[length];
        new Random(1).nextBytes(bytes);
        return bytes;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../escape.fit",
                "a/../../b.fit",
                "a/..",
                "/etc/absolute.fit",
                "C:/x.fit",
                "c:x.fit",
                "",
                "a\0.fit"
            })
    void pathsThatLeaveTheArchiveAreNotSafe(String name) {
        assertThat(SafeZip.isSafe(name)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"activities/1.fit", "a..b/c.fit", "..hidden.fit", ".config/x.fit", "a/./b.fit", "a"})
    void pathsInsideTheArchiveAreSafe(String name) {
        assertThat(SafeZip.isSafe(name)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "activities/1.fit,     activities/1.fit",
        "./activities/1.fit,   activities/1.fit",
        "././1.fit,            1.fit",
        "activities\\1.fit,    activities/1.fit",
        "..\\escape.fit,       ../escape.fit",
        "\\etc\\absolute.fit,  /etc/absolute.fit",
        "a/./b.fit,            a/./b.fit"
    })
    void namesAreNormalizedToForwardSlashesWithoutLeadingDotSlash(String name, String normalized) {
        assertThat(SafeZip.normalize(name)).isEqualTo(normalized);
    }

    @Test
    void entriesWithUnsafePathsAreListedApartAndNeverRead() throws Exception {
        Path file = new ZipBuilder()
                .entry("activities/", new byte[0])
                .entry("activities/2.gpx", "two")
                .entry("/etc/absolute.fit", "absolute")
                .entry("./activities/1.fit", "one")
                .entry("../escape.fit", "escape")
                .entry("activities\\..\\..\\back.fit", "back")
                .write(dir, "paths.zip");
        try (SafeZip zip = SafeZip.open(file, ImportLimits.DEFAULT)) {
            assertThat(zip.entries())
                    .as("directories are skipped, names normalized, the archive's order kept")
                    .extracting(SafeZip.Entry::name)
                    .containsExactly("activities/2.gpx", "activities/1.fit");
            assertThat(zip.refusedNames())
                    .as("as the archive names them, sorted")
                    .containsExactly("../escape.fit", "/etc/absolute.fit", "activities\\..\\..\\back.fit");
            assertThatThrownBy(() -> zip.read("../escape.fit"))
                    .isInstanceOf(UnreadableFileException.class)
                    .hasMessage(SafeZip.REFUSED_PATH);
            assertThatThrownBy(() -> zip.read("activities/../../back.fit"))
                    .isInstanceOf(UnreadableFileException.class)
                    .hasMessage("refused: its path points outside the archive");
            assertThat(zip.unpackedBytes()).isZero();
        }
    }

    @Test
    void anEntryIsFoundByItsNormalizedNameAndAMissingOneSaysSo() throws Exception {
        Path file = new ZipBuilder().entry("./activities/1.fit", "one").write(dir, "names.zip");
        try (SafeZip zip = SafeZip.open(file, ImportLimits.DEFAULT)) {
            assertThat(zip.read("activities/1.fit")).asString().isEqualTo("one");
            assertThat(zip.read("./activities\\1.fit")).asString().isEqualTo("one");
            assertThat(zip.find("activities/1.fit")).isPresent();
            assertThat(zip.find("activities/2.fit")).isEmpty();
            assertThatThrownBy(() -> zip.read("activities/2.fit"))
                    .isInstanceOf(UnreadableFileException.class)
                    .hasMessage("the file is missing from the archive");
            assertThat(zip.unpackedBytes()).isEqualTo(6);
        }
    }

    @Test
    void tooManyEntriesAreRefusedAtOnce() {
        ZipBuilder builder = new ZipBuilder();
        for (int i = 0; i < 30; i++) {
            builder.entry("activities/" + i + ".gpx", "x");
        }
        Path zip = builder.write(dir, "many.zip");
        assertThatThrownBy(() -> SafeZip.open(zip, new ImportLimits(1 << 20, 1 << 30, 20, 100)))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("the archive holds more than 20 files");
    }

    @Test
    void asManyEntriesAsTheLimitAreAccepted() throws Exception {
        ZipBuilder builder = new ZipBuilder();
        for (int i = 0; i < 20; i++) {
            builder.entry("activities/" + i + ".gpx", "x");
        }
        Path file = builder.write(dir, "twenty.zip");
        try (SafeZip zip = SafeZip.open(file, new ImportLimits(1 << 20, 1 << 30, 20, 100))) {
            assertThat(zip.entries()).hasSize(20);
        }
    }

    @Test
    void notAZipSaysSo() throws Exception {
        Path notZip = Files.write(dir.resolve("x.zip"), "hello".getBytes());
        assertThatThrownBy(() -> SafeZip.open(notZip, ImportLimits.DEFAULT))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("not a ZIP archive, or a damaged one");
    }

    @Test
    void aMissingFileCannotBeOpened() {
        assertThatThrownBy(() -> SafeZip.open(dir.resolve("gone.zip"), ImportLimits.DEFAULT))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("the archive could not be opened");
    }

    @Test
    void sizesInTheHeadersAreNotTrusted() throws Exception {
        byte[] zipBytes =
                new ZipBuilder().entry("activities/1.fit", new byte[4 << 20]).bytes();
        // claim a 10-byte entry in the central directory (offset 24 of the entry) and the local header (offset 22)
        int central = indexOf(zipBytes, new byte[] {0x50, 0x4b, 0x01, 0x02});
        writeInt(zipBytes, central + 24, 10);
        writeInt(zipBytes, 22, 10);
        Path file = Files.write(dir.resolve("liar.zip"), zipBytes);
        try (SafeZip zip = SafeZip.open(file, new ImportLimits(64L << 20, 1L << 30, 1000, 100))) {
            assertThatThrownBy(() -> zip.read(zip.entries().get(0)))
                    .isInstanceOf(UnreadableFileException.class)
                    .hasMessageStartingWith("the file unpacks to far more than its packed size");
            assertThat(zip.unpackedBytes()).isLessThanOrEqualTo(2L << 20);
        }
    }

    @Test
    void anEntryThatUnpacksFarBeyondItsPackedSizeIsStoppedAtTheRatio() throws Exception {
        Path file =
                new ZipBuilder().entry("activities/1.fit", new byte[16 << 20]).write(dir, "bomb.zip");
        try (SafeZip zip = SafeZip.open(file, new ImportLimits(64L << 20, 1L << 30, 1000, 100))) {
            UnreadableFileException e = catchThrowableOfType(
                    UnreadableFileException.class, () -> zip.read(zip.entries().get(0)));
            assertThat(e)
                    .hasMessage("the file unpacks to far more than its packed size (more than 100 times): refused");
            assertThat(SafeZip.stopsTheArchive(e))
                    .as("only the entry is refused")
                    .isFalse();
            assertThat(zip.unpackedBytes()).isLessThan(3 << 20);
        }
    }

    @Test
    void aSmallEntryIsNeverJudgedByItsRatio() throws Exception {
        Path file =
                new ZipBuilder().entry("activities/1.fit", new byte[1 << 20]).write(dir, "zeros.zip");
        try (SafeZip zip = SafeZip.open(file, new ImportLimits(64L << 20, 1L << 30, 1000, 2))) {
            assertThat(zip.read(zip.entries().get(0))).hasSize(1 << 20);
        }
    }

    @Test
    void theFileLimitStopsReadingInTheMiddleOfAnEntry() throws Exception {
        Path file = new ZipBuilder().entry("activities/1.fit", noise(3 << 20)).write(dir, "large.zip");
        try (SafeZip zip = SafeZip.open(file, new ImportLimits(1 << 20, 1L << 30, 1000, 100))) {
            UnreadableFileException e = catchThrowableOfType(
                    UnreadableFileException.class, () -> zip.read(zip.entries().get(0)));
            assertThat(e).hasMessage("the file is too large once unpacked (more than 1 MB)");
            assertThat(SafeZip.stopsTheArchive(e)).isFalse();
            assertThat(zip.unpackedBytes())
                    .as("counted while reading: not one byte past the limit")
                    .isPositive()
                    .isLessThanOrEqualTo(1 << 20);
        }
    }

    @Test
    void theArchiveLimitStopsReadingInTheMiddleOfAnEntryAndStopsTheArchive() throws Exception {
        Path file = new ZipBuilder()
                .entry("activities/1.fit", noise(3 << 20))
                .entry("activities/2.fit", noise(3 << 20))
                .write(dir, "two.zip");
        try (SafeZip zip = SafeZip.open(file, new ImportLimits(4L << 20, 5L << 20, 1000, 100))) {
            assertThat(zip.read(zip.entries().get(0))).hasSize(3 << 20);
            UnreadableFileException e = catchThrowableOfType(
                    UnreadableFileException.class, () -> zip.read(zip.entries().get(1)));
            assertThat(e).hasMessage("the archive unpacks to more than 5 MB: the import was stopped");
            assertThat(SafeZip.stopsTheArchive(e)).isTrue();
            assertThat(zip.unpackedBytes())
                    .as("stopped within one buffer of the limit, not at the end of the entry")
                    .isGreaterThan(5L << 20)
                    .isLessThan((5L << 20) + (64 << 10));
        }
    }

    @Test
    void aGzipInsideAnEntryCountsAgainstTheArchiveLimit() throws Exception {
        Path file = new ZipBuilder()
                .entry("activities/1.fit.gz", TestFiles.gzip(new byte[32 << 20]))
                .write(dir, "gzbomb.zip");
        ImportLimits limits = new ImportLimits(64L << 20, 4L << 20, 1000, 100);
        try (SafeZip zip = SafeZip.open(file, limits)) {
            byte[] gzipped = zip.read(zip.entries().get(0));
            UnreadableFileException e = catchThrowableOfType(
                    UnreadableFileException.class,
                    () -> ActivityFiles.read("activities/1.fit.gz", gzipped, limits, zip.budget()));
            assertThat(e).hasMessage("the archive unpacks to more than 4 MB: the import was stopped");
            assertThat(SafeZip.stopsTheArchive(e)).isTrue();
            assertThat(zip.unpackedBytes()).isLessThan(5L << 20);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("not found");
    }

    private static void writeInt(byte[] bytes, int offset, int value) {
        bytes[offset] = (byte) value;
        bytes[offset + 1] = (byte) (value >> 8);
        bytes[offset + 2] = (byte) (value >> 16);
        bytes[offset + 3] = (byte) (value >> 24);
    }
}
