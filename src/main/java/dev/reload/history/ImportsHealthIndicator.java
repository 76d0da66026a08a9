package dev.reload.history;

import java.io.IOException;
import java.nio.file.Files;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The import worker in {@code /actuator/health} and its readiness group, as {@code imports}: UP while
 * it takes work and can keep uploads (with how many jobs run and wait), OUT_OF_SERVICE once the
 * application has begun to stop, DOWN when the upload folder ({@code reload.imports.dir}) cannot be
 * written, since every upload would then fail. Only administrators see the details.
 */
@Component
class ImportsHealthIndicator implements HealthIndicator {

    private final ImportRunner runner;
    private final ImportProperties properties;

    ImportsHealthIndicator(ImportRunner runner, ImportProperties properties) {
        this.runner = runner;
        this.properties = properties;
    }

    @Override
    public Health health() {
        if (!runner.takingWork()) {
            return Health.outOfService().withDetail("reason", "stopping").build();
        }
        if (!writable()) {
            return Health.down()
                    .withDetail("reason", "the upload folder cannot be written")
                    .withDetail("folder", properties.dir().toAbsolutePath().toString())
                    .build();
        }
        return Health.up()
                .withDetail("running", runner.runningCount())
                .withDetail("waiting", runner.waitingCount())
                .build();
    }

    private boolean writable() {
        try {
            return Files.isWritable(Files.createDirectories(properties.dir()));
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
