package dev.reload.history;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code reload.imports.*}: how imports run (decisions 0004 and 0028).
 *
 * @param dir          where a runner keeps its working copy of the file it imports (default {@code
 *                     ./data/imports}); the file itself is in the database
 * @param jobThreads   imports that run at once on this instance (default 1)
 * @param parseThreads threads that read one bulk export's files (default 2, the machine's cores)
 * @param lease        how long a runner holds an import without renewing its lease (default 60 s, at
 *                     least 1 s); a dead instance's import is taken over by another after this long
 * @param poll         how often a runner looks for imports to take (default 10 s): queued on another
 *                     instance, or left by a runner whose lease ran out
 * @param instance     this instance's name in the leases (default: the host name and a random suffix)
 */
@ConfigurationProperties("reload.imports")
public record ImportProperties(
        Path dir, Integer jobThreads, Integer parseThreads, Duration lease, Duration poll, String instance) {

    public ImportProperties {
        dir = dir == null ? Path.of("data", "imports") : dir;
        jobThreads = jobThreads == null || jobThreads < 1 ? 1 : jobThreads;
        parseThreads = parseThreads == null || parseThreads < 1 ? 2 : parseThreads;
        lease = lease == null ? Duration.ofSeconds(60) : lease;
        if (lease.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("reload.imports.lease must be at least 1s, was " + lease);
        }
        poll = poll == null ? Duration.ofSeconds(10) : poll;
        if (poll.isZero() || poll.isNegative()) {
            throw new IllegalArgumentException("reload.imports.poll must be longer than zero, was " + poll);
        }
        instance = instance == null || instance.isBlank() ? defaultInstance() : instance.strip();
        if (instance.length() > 100) {
            throw new IllegalArgumentException("reload.imports.instance must be at most 100 characters");
        }
    }

    /** How often a running import's lease is renewed: three times within the lease. */
    Duration heartbeat() {
        return lease.dividedBy(3);
    }

    private static String defaultInstance() {
        String host = System.getenv().getOrDefault("HOSTNAME", "");
        if (host.isBlank()) {
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.net.UnknownHostException e) {
                host = "reload";
            }
        }
        String name = host.length() > 80 ? host.substring(0, 80) : host;
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
