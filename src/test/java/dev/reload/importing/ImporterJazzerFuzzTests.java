package dev.reload.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import dev.reload.importing.fit.FitActivityReader;
import dev.reload.importing.gpx.GpxActivityReader;
import dev.reload.importing.strava.StravaExport;
import dev.reload.importing.tcx.TcxActivityReader;

/**
 * Coverage-guided fuzzing with Jazzer, run on demand: the Jazzer agent adds about 20 s to a build,
 * so the normal build relies on {@link ImporterFuzzTests} (seeded mutations) instead: pom.xml
 * leaves this class out of {@code verify}, and it runs only when named with {@code -Dtest} and
 * {@code JAZZER_FUZZ} is set. Seeds are in
 * {@code src/test/resources/dev/reload/importing/ImporterJazzerFuzzTestsInputs/<method>/}. To fuzz,
 * e.g. the FIT reader (about 3 GB of memory):
 *
 * <pre>
 * JAZZER_FUZZ=1 JAZZER_INSTRUMENTATION_INCLUDES='dev.reload.**' \
 *   ./mvnw -q -B test -Dtest='ImporterJazzerFuzzTests#fitReader'
 * </pre>
 * ({@code maxDuration} below sets how long; each method ran 30 s without a finding: FIT 245,000
 * inputs, GPX 144,000, TCX 238,000, ZIP 25,000.) Only {@link UnreadableFileException} may come out of
 * a reader; Jazzer reports any other throwable and any input that takes too long.
 */
@EnabledIfEnvironmentVariable(named = "JAZZER_FUZZ", matches = ".+")
class ImporterJazzerFuzzTests {

    private static final ImportLimits LIMITS = new ImportLimits(4L << 20, 16L << 20, 200, 100);

    @FuzzTest(maxDuration = "30s")
    void fitReader(byte[] input) {
        try {
            new FitActivityReader().read(input);
        } catch (UnreadableFileException expected) {
            // the one allowed answer to bad input
        }
    }

    @FuzzTest(maxDuration = "30s")
    void gpxReader(byte[] input) {
        try {
            new GpxActivityReader().read(input);
        } catch (UnreadableFileException expected) {
            // the one allowed answer to bad input
        }
    }

    @FuzzTest(maxDuration = "30s")
    void tcxReader(byte[] input) {
        try {
            new TcxActivityReader().read(input);
        } catch (UnreadableFileException expected) {
            // the one allowed answer to bad input
        }
    }

    @FuzzTest(maxDuration = "30s")
    void zipReader(byte[] input) throws IOException, InterruptedException {
        Path file = Files.createTempFile("fuzz", ".zip");
        try {
            Files.write(file, input);
            try (StravaExport export = StravaExport.open(file, LIMITS)) {
                export.readAll(0, 1, outcome -> {});
            } catch (UnreadableFileException expected) {
                // the one allowed answer to bad input
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
