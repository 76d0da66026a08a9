package dev.reload.history;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code reload.imports.*}: where uploads wait until they are imported, and how many threads work.
 *
 * @param dir          directory for uploads (default {@code ./data/imports}); a file is deleted once imported
 * @param jobThreads   imports that run at once (default 1)
 * @param parseThreads threads that read one bulk export's files (default 2, the machine's cores)
 */
@ConfigurationProperties("reload.imports")
public record ImportProperties(Path dir, Integer jobThreads, Integer parseThreads) {

    public ImportProperties {
        dir = dir == null ? Path.of("data", "imports") : dir;
        jobThreads = jobThreads == null || jobThreads < 1 ? 1 : jobThreads;
        parseThreads = parseThreads == null || parseThreads < 1 ? 2 : parseThreads;
    }
}
