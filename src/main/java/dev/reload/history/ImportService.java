package dev.reload.history;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import dev.reload.account.AccountId;
import dev.reload.system.web.InvalidFieldException;
import dev.reload.system.web.NotFoundException;

/**
 * Accepts uploads and answers how their import goes. The upload is stored in the database with its
 * job, in one transaction ({@link ImportFiles}), so that any instance can run the import, a restart
 * loses nothing, and the file stays as the import's original (decision 0028).
 */
@Service
public class ImportService {

    private final ImportJobs jobs;
    private final ImportFiles files;
    private final ImportRunner runner;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ImportService(
            ImportJobs jobs, ImportFiles files, ImportRunner runner, TransactionTemplate transactions, Clock clock) {
        this.jobs = jobs;
        this.files = files;
        this.runner = runner;
        this.transactions = transactions;
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
        InputStream in = new BufferedInputStream(content, 64 * 1024);
        try {
            in.mark(1);
            if (in.read() < 0) {
                throw new InvalidFieldException("file", "is empty");
            }
            in.reset();
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be read", e);
        }
        long id = transactions.execute(tx -> {
            long job = jobs.create(owner.value(), name, kind, kind == ImportKind.FILE ? 1 : 0, clock.instant());
            try {
                jobs.describeFile(
                        job,
                        owner.value(),
                        files.store(owner.value(), job, in, ImportFiles.gzipsOnStoring(kind, name)));
            } catch (IOException e) {
                throw new UncheckedIOException("the upload could not be kept", e);
            }
            return job;
        });
        runner.wake();
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
