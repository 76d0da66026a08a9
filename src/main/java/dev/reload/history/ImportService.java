package dev.reload.history;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import dev.reload.account.AccountId;
import dev.reload.system.web.InvalidFieldException;
import dev.reload.system.web.NotFoundException;

/**
 * Accepts uploads and answers how their import goes. The upload is kept on disk (under
 * {@code reload.imports.dir}) until its import ends, so an import survives a restart.
 */
@Service
public class ImportService {

    private final ImportJobs jobs;
    private final ImportRunner runner;
    private final ImportProperties properties;
    private final Clock clock;

    ImportService(ImportJobs jobs, ImportRunner runner, ImportProperties properties, Clock clock) {
        this.jobs = jobs;
        this.runner = runner;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Stores the upload and queues its import.
     *
     * @return the import's id
     * @throws InvalidFieldException naming {@code file} when it is empty or not a file this app reads
     */
    public long start(AccountId owner, String originalName, InputStream content) {
        String name = displayName(originalName);
        ImportKind kind = ImportKind.of(name)
                .orElseThrow(() -> new InvalidFieldException(
                        "file", "must be a .fit, .gpx or .tcx file (each may be .gz) or a .zip bulk export"));
        Path upload;
        try {
            Files.createDirectories(properties.dir());
            upload = properties.dir().resolve(UUID.randomUUID() + (kind == ImportKind.ZIP ? ".zip" : ".upload"));
            long size = Files.copy(content, upload, StandardCopyOption.REPLACE_EXISTING);
            if (size == 0) {
                Files.deleteIfExists(upload);
                throw new InvalidFieldException("file", "is empty");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be kept", e);
        }
        long id = jobs.create(
                owner.value(),
                name,
                kind,
                kind == ImportKind.FILE ? 1 : 0,
                upload.toAbsolutePath().toString(),
                clock.instant());
        runner.submit(id);
        return id;
    }

    /** The import's progress; another account's import answers as not found. */
    public ImportProgress progress(AccountId owner, long id) {
        return jobs.find(id, owner.value())
                .map(job -> progress(job))
                .orElseThrow(() -> new NotFoundException("import", id));
    }

    /** The account's most recent import, if any. */
    public Optional<ImportProgress> latest(AccountId owner) {
        return jobs.latest(owner.value()).map(this::progress);
    }

    private ImportProgress progress(ImportJob job) {
        return new ImportProgress(
                job.id(),
                job.status(),
                job.total(),
                job.processed(),
                job.imported(),
                job.duplicates(),
                jobs.failures(job.id(), job.accountId()));
    }

    /** The name as the person knows it: no directories, no control characters, at most 255 characters. */
    static String displayName(String originalName) {
        if (originalName == null) {
            return "";
        }
        String name = originalName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("\\p{Cntrl}", "")
                .strip();
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    static boolean gzipped(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".gz");
    }
}
