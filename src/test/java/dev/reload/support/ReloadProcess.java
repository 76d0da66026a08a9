package dev.reload.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Reload as a separate OS process ({@code java -cp} the test's class path without the test classes,
 * and {@code dev.reload.ReloadApplication}), for what only a process can show: a {@code kill -9}.
 * It runs on a free port with plain-text logs to {@code log}, with the application's own
 * configuration plus {@code arguments}; {@link #start} returns once it answers its liveness probe.
 */
public final class ReloadProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private ReloadProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    public static ReloadProcess start(Path log, String... arguments) throws IOException, InterruptedException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        // the test classes hold the tests' configuration (an in-memory H2): the process has the application's
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                classPath,
                "dev.reload.ReloadApplication",
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--logging.structured.format.console=",
                "--reload.registration.confirm-email=false",
                "--reload.security.registrations-per-address=100000"));
        command.addAll(List.of(arguments));
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        ReloadProcess started = new ReloadProcess(process, port, log);
        started.awaitLive(Duration.ofSeconds(180));
        return started;
    }

    private void awaitLive(Duration within) throws InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long until = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Reload ended with " + process.exitValue() + " at start; see " + log);
            }
            try {
                HttpResponse<String> live = http.send(
                        HttpRequest.newBuilder(uri("/actuator/health/readiness"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (live.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new IllegalStateException("Reload did not become ready within " + within + "; see " + log);
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public long pid() {
        return process.pid();
    }

    /** {@code kill -9}: the process ends at once, with no shutdown hook, no lease given back, no commit. */
    public void kill9() throws IOException, InterruptedException {
        boolean killed;
        try {
            killed = new ProcessBuilder("kill", "-9", Long.toString(process.pid()))
                            .inheritIO()
                            .start()
                            .waitFor()
                    == 0;
        } catch (IOException noKillCommand) {
            killed = false;
        }
        if (!killed) {
            process.destroyForcibly(); // SIGKILL too, where kill(1) is missing
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("Reload did not end after kill -9");
        }
    }

    /** An orderly stop (SIGTERM), then a hard one if it takes too long. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }
}
