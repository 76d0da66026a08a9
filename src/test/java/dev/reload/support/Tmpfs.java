package dev.reload.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A tiny tmpfs file system for a test that needs a full disk ({@code mount -t tmpfs -o size=…}), so
 * that a write fails with ENOSPC as on a real full disk. As a JUnit condition it skips a test class
 * where nothing can be mounted (not root, no {@code mount}); under {@code CI=true} it fails it.
 */
public final class Tmpfs implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Path probe = Path.of("target", "tmpfs-probe").toAbsolutePath();
        try {
            mount(probe, "64k");
            unmount(probe);
            return ConditionEvaluationResult.enabled("tmpfs can be mounted");
        } catch (IOException | IllegalStateException e) {
            return ExternalService.unavailable("This test fills a tiny tmpfs to have a full disk, and could not mount"
                    + " one (" + e.getMessage() + "). Run it as root on Linux.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ConditionEvaluationResult.disabled("interrupted");
        }
    }

    /** Mounts a tmpfs of {@code size} ({@code 1m}, {@code 64k}) on {@code dir}, made if missing. */
    public static void mount(Path dir, String size) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        run("mount", "-t", "tmpfs", "-o", "size=" + size + ",mode=0755", "tmpfs", dir.toString());
    }

    public static void unmount(Path dir) throws IOException, InterruptedException {
        run("umount", dir.toString());
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process =
                new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes()).strip();
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + ": " + output);
        }
    }
}
