package dev.reload.history;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** The import worker's part of readiness: up while it takes work, out of service once stopping, down without its folder. */
class ImportsHealthIndicatorTests {

    @TempDir
    private Path dir;

    private final ImportJobs jobs = mock(ImportJobs.class);
    private ImportRunner runner;

    @AfterEach
    void stopTheRunner() throws InterruptedException {
        if (runner != null) {
            runner.close();
        }
    }

    @Test
    void isUpWithTheJobsThatRunAndWaitWhileTheWorkerTakesWork() {
        Health health = indicator(dir.resolve("imports")).health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("running", 0).containsEntry("waiting", 0);
        assertThat(dir.resolve("imports")).isDirectory();
    }

    @Test
    void isOutOfServiceOnceTheApplicationBeginsToStop() {
        ImportsHealthIndicator indicator = indicator(dir);
        runner.start();
        runner.stop();
        assertThat(indicator.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(runner.isRunning()).isFalse();
    }

    @Test
    void isUpAgainWhenAStoppedContextStartsAgainAndResumesWhatWasLeft() {
        ImportsHealthIndicator indicator = indicator(dir);
        runner.start();
        runner.stop();
        runner.start();
        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
        assertThat(runner.takingWork()).isTrue();
    }

    @Test
    void isDownWhenTheUploadFolderCannotBeMade() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("a-file"), "in the way");
        Health health = indicator(notAFolder.resolve("imports")).health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("reason", "the upload folder cannot be written");
    }

    private ImportsHealthIndicator indicator(Path uploads) {
        ImportProperties properties = new ImportProperties(uploads, 1, 1, null, null, "test-runner");
        runner = new ImportRunner(
                jobs,
                mock(WorkingCopies.class),
                null,
                null,
                properties,
                null,
                Clock.systemUTC(),
                new ImportMetrics(new SimpleMeterRegistry()));
        return new ImportsHealthIndicator(runner, properties);
    }
}
