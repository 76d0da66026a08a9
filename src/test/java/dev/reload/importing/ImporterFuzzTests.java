package dev.reload.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.reload.importing.fit.FitActivityReader;
import dev.reload.importing.gpx.GpxActivityReader;
import dev.reload.importing.strava.StravaExport;
import dev.reload.importing.tcx.TcxActivityReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Seeded random-mutation fuzzing of the readers, in the normal build: deterministic seeds, a bounded
 * number of inputs and a time budget. Only {@link UnreadableFileException} may come out of a reader;
 * no input may take long (a hang) or unpack beyond the limits. A failing input is written to
 * {@code target/fuzz-failures/} so it can be added to the corpus under {@code src/test/resources/fuzz/}.
 */
class ImporterFuzzTests {

    private static final long SEED = 20261124L;
    /** {@code FUZZ_SCALE=20 ./mvnw test -Dtest=ImporterFuzzTests} fuzzes 20 times longer (budget grows with it). */
    private static final int SCALE =
            Math.max(1, Integer.parseInt(System.getenv().getOrDefault("FUZZ_SCALE", "1")));

    private static final Duration BUDGET = Duration.ofSeconds(25L * SCALE);
    private static final long SLOW_INPUT_MILLIS = 2_000;
    private static final ImportLimits LIMITS = new ImportLimits(4L << 20, 16L << 20, 200, 100);

    @TempDir
    Path dir;

    @Test
    void fitReaderOnlyEverSaysUnreadable() {
        fuzz("fit", 3_000, Duration.ofSeconds(6), bytes -> new FitActivityReader().read(bytes));
    }

    @Test
    void gpxReaderOnlyEverSaysUnreadable() {
        fuzz("gpx", 1_500, Duration.ofSeconds(5), bytes -> new GpxActivityReader().read(bytes));
    }

    @Test
    void tcxReaderOnlyEverSaysUnreadable() {
        fuzz("tcx", 2_000, Duration.ofSeconds(5), bytes -> new TcxActivityReader().read(bytes));
    }

    @Test
    void singleFileImportOnlyEverSaysUnreadable() {
        fuzz(
                "fit",
                500,
                Duration.ofSeconds(2),
                bytes -> ActivityFiles.read(
                        "x.fit.gz", TestFiles.gzip(bytes), LIMITS, BoundedInput.ByteBudget.UNLIMITED));
    }

    @Test
    void zipReaderOnlyEverSaysUnreadable() {
        Path file = dir.resolve("fuzz.zip");
        fuzz("zip", 600, Duration.ofSeconds(5), bytes -> {
            Files.write(file, bytes);
            try (StravaExport export = StravaExport.open(file, LIMITS)) {
                export.readAll(0, 1, outcome -> assertThat(outcome.total()).isEqualTo(export.total()));
                assertThat(export.unpackedBytes()).isLessThanOrEqualTo(LIMITS.maxTotalBytes() + (1 << 20));
            }
        });
    }

    @FunctionalInterface
    interface Target {
        void run(byte[] input) throws Exception;
    }

    private void fuzz(String corpus, int iterations, Duration timeBudget, Target target) {
        List<byte[]> seeds = corpus(corpus);
        assertTimeoutPreemptively(BUDGET, () -> {
            Random random = new Random(SEED ^ corpus.hashCode());
            long deadline = System.nanoTime() + timeBudget.toNanos() * SCALE;
            int inputs = iterations * SCALE;
            for (byte[] seed : seeds) {
                check(corpus, -1, seed, target);
            }
            for (int i = 0; i < inputs && System.nanoTime() < deadline; i++) {
                byte[] input = mutate(random, seeds, corpus.equals("gpx") || corpus.equals("tcx"));
                check(corpus, i, input, target);
            }
        });
    }

    private static void check(String corpus, int iteration, byte[] input, Target target) {
        long start = System.nanoTime();
        try {
            target.run(input);
        } catch (UnreadableFileException expected) {
            assertThat(expected.reason()).isNotBlank();
        } catch (Throwable unexpected) {
            Path saved = save(corpus, iteration, input);
            fail(
                    "input " + iteration + " of the " + corpus + " corpus (saved to " + saved + ") threw " + unexpected,
                    unexpected);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (millis > SLOW_INPUT_MILLIS) {
            Path saved = save(corpus, iteration, input);
            fail("input " + iteration + " of the " + corpus + " corpus (saved to " + saved + ") took " + millis
                    + " ms");
        }
    }

    private static final String[] XML_TOKENS = {
        "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>",
        "&e;",
        "&amp;",
        "&#0;",
        "<![CDATA[",
        "]]>",
        "<trkpt lat=\"91\" lon=\"-181\">",
        "<time>2024-02-30T25:61:61Z</time>",
        "<time>",
        "</trkseg>",
        "<trkseg>",
        "<Trackpoint>",
        "</Trackpoint>",
        "<Lap StartTime=\"x\">",
        "<TotalTimeSeconds>-1e308</TotalTimeSeconds>",
        "<DistanceMeters>NaN</DistanceMeters>",
        "<Value>999999999999</Value>",
        "\u0000",
        "\uFEFF",
        "<",
        ">",
        "\"",
        "1e309",
        "-0",
        "xmlns:a=\"b\"",
        "<extensions><hr>2147483648</hr></extensions>"
    };

    static byte[] mutate(Random random, List<byte[]> seeds, boolean xml) {
        byte[] data = seeds.get(random.nextInt(seeds.size())).clone();
        int rounds = 1 + random.nextInt(random.nextInt(8) + 1);
        for (int r = 0; r < rounds; r++) {
            int op = random.nextInt(xml ? 9 : 8);
            int length = data.length;
            int at = length == 0 ? 0 : random.nextInt(length);
            switch (op) {
                case 0 -> { // flip a bit
                    if (length > 0) {
                        data[at] ^= (byte) (1 << random.nextInt(8));
                    }
                }
                case 1 -> { // an interesting byte
                    if (length > 0) {
                        byte[] interesting = {0, (byte) 0xff, 0x7f, (byte) 0x80, 0x01, 0x0e, 0x0c, '.', 'F'};
                        data[at] = interesting[random.nextInt(interesting.length)];
                    }
                }
                case 2 -> { // random bytes over a run
                    int n = Math.min(length - at, 1 + random.nextInt(16));
                    for (int i = 0; i < n; i++) {
                        data[at + i] = (byte) random.nextInt(256);
                    }
                }
                case 3 -> data = Arrays.copyOf(data, length == 0 ? 0 : random.nextInt(length)); // truncate
                case 4 -> { // delete a range
                    int n = Math.min(length - at, 1 + random.nextInt(64));
                    byte[] out = new byte[length - n];
                    System.arraycopy(data, 0, out, 0, at);
                    System.arraycopy(data, at + n, out, at, length - at - n);
                    data = out;
                }
                case 5 -> { // duplicate a range
                    int n = Math.min(length - at, 1 + random.nextInt(256));
                    data = insert(data, Math.min(length, at + n), Arrays.copyOfRange(data, at, at + n));
                }
                case 6 -> { // splice in part of another seed
                    byte[] other = seeds.get(random.nextInt(seeds.size()));
                    int from = random.nextInt(other.length);
                    int n = Math.min(other.length - from, 1 + random.nextInt(512));
                    data = insert(data, at, Arrays.copyOfRange(other, from, from + n));
                }
                case 7 -> { // set a 32-bit little-endian size to something extreme
                    if (length >= 4) {
                        int p = random.nextInt(length - 3);
                        int[] values = {0, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, 1 << 20, 12};
                        int v = values[random.nextInt(values.length)];
                        data[p] = (byte) v;
                        data[p + 1] = (byte) (v >> 8);
                        data[p + 2] = (byte) (v >> 16);
                        data[p + 3] = (byte) (v >> 24);
                    }
                }
                default ->
                    data = insert(
                            data, at, XML_TOKENS[random.nextInt(XML_TOKENS.length)].getBytes(StandardCharsets.UTF_8));
            }
        }
        return data;
    }

    private static byte[] insert(byte[] data, int at, byte[] piece) {
        byte[] out = new byte[data.length + piece.length];
        System.arraycopy(data, 0, out, 0, at);
        System.arraycopy(piece, 0, out, at, piece.length);
        System.arraycopy(data, at, out, at + piece.length, data.length - at);
        return out;
    }

    private static List<byte[]> corpus(String name) {
        List<byte[]> seeds = new ArrayList<>();
        for (String file : switch (name) {
            case "fit" ->
                List.of(
                        "Activity.fit",
                        "garmin-fenix-5-walk.fit",
                        "Settings.fit",
                        "activity-settings-corruptheader.fit");
            case "gpx" ->
                List.of(
                        "track-with-empty-segment.gpx",
                        "route.gpx",
                        "unicode_with_bom.gpx",
                        "jpx-hang-nul-in-extensions.gpx");
            case "tcx" -> List.of("small.tcx");
            default -> List.of("strava-export.zip");
        }) {
            try (InputStream in = ImporterFuzzTests.class.getResourceAsStream("/fuzz/" + name + "/" + file)) {
                seeds.add(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return seeds;
    }

    private static Path save(String corpus, int iteration, byte[] input) {
        try {
            Path out = Path.of("target", "fuzz-failures");
            Files.createDirectories(out);
            return Files.write(out.resolve(corpus + "-" + iteration + ".bin"), input);
        } catch (IOException e) {
            return Path.of("(not saved: " + e.getMessage() + ")");
        }
    }
}
