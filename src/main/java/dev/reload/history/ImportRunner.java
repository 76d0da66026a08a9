package dev.reload.history;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.reload.account.AccountId;
import dev.reload.account.PersonalClock;
import dev.reload.importing.ActivityFiles;
import dev.reload.importing.ImportFailure;
import dev.reload.importing.ImportLimits;
import dev.reload.importing.ImportOutcome;
import dev.reload.importing.ImportedActivity;
import dev.reload.importing.UnreadableFileException;
import dev.reload.importing.strava.StravaExport;
import dev.reload.knee.Activity;
import dev.reload.knee.VolumeUnit;
import dev.reload.log.ImportedSession;
import dev.reload.log.SessionService;

/**
 * Runs imports in the background, activity by activity. Each activity is stored in its own
 * transaction together with the job's progress (counts and {@code next_index}), so an activity is
 * stored whole or not at all, and a job stopped by a restart resumes at the first item not stored.
 * On startup, jobs left queued or running resume; one whose upload is gone ends as FAILED with the
 * rest reported as not processed.
 */
@Component
public class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final ImportJobs jobs;
    private final SessionService sessions;
    private final TransactionTemplate transactions;
    private final ImportProperties properties;
    private final PersonalClock personalClock;
    private final Clock clock;
    private final ExecutorService executor;
    private final Set<Long> running = ConcurrentHashMap.newKeySet();

    ImportRunner(
            ImportJobs jobs,
            SessionService sessions,
            TransactionTemplate transactions,
            ImportProperties properties,
            PersonalClock personalClock,
            Clock clock) {
        this.jobs = jobs;
        this.sessions = sessions;
        this.transactions = transactions;
        this.properties = properties;
        this.personalClock = personalClock;
        this.clock = clock;
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(properties.jobThreads(), r -> {
            Thread t = new Thread(r, "import-job-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues a job to run in the background. */
    void submit(long jobId) {
        executor.execute(() -> run(jobId));
    }

    /** Resumes every job a stopped application left queued or running. */
    @EventListener(ApplicationReadyEvent.class)
    public void resumeUnfinished() {
        for (long id : jobs.unfinished()) {
            if (!running.contains(id)) {
                submit(id);
            }
        }
    }

    /** Runs (or resumes) one job on the calling thread; a finished job or one already running is left alone. */
    public void run(long jobId) {
        if (!running.add(jobId)) {
            return;
        }
        try {
            jobs.findForRunner(jobId).filter(job -> !job.status().finished()).ifPresent(this::process);
        } catch (RuntimeException e) {
            log.error("import {} stopped", jobId, e);
            fail(jobId, Optional.empty(), "the import stopped on an unexpected error");
        } finally {
            running.remove(jobId);
        }
    }

    private void process(ImportJob job) {
        Path upload = job.uploadPath() == null ? null : Path.of(job.uploadPath());
        if (upload == null || !Files.isReadable(upload)) {
            int left = Math.max(job.total() - job.nextIndex(), job.total() == 0 ? 1 : 0);
            fail(
                    job.id(),
                    Optional.of(job),
                    "the uploaded file was gone when the import resumed: "
                            + (job.total() == 0 ? "nothing" : left + " of " + job.total()) + " not processed");
            return;
        }
        try {
            if (job.kind() == ImportKind.ZIP && !processZip(job, upload)) {
                return;
            }
            if (job.kind() == ImportKind.FILE) {
                processFile(job, upload);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.info(
                    "import {} paused at item {}: it resumes when the application starts again",
                    job.id(),
                    job.nextIndex());
            return;
        }
        jobs.finish(job.id(), job.accountId(), ImportStatus.DONE, clock.instant());
        delete(upload);
    }

    private void processFile(ImportJob job, Path upload) {
        jobs.start(job.id(), job.accountId(), 1, clock.instant());
        if (job.nextIndex() >= 1) {
            return;
        }
        ActivityDating dating = dating(job);
        ImportOutcome outcome;
        try (InputStream in = Files.newInputStream(upload)) {
            outcome = ActivityFiles.importFile(job.fileName(), in, ImportLimits.DEFAULT);
        } catch (IOException e) {
            outcome = new ImportOutcome(
                    0,
                    1,
                    job.fileName(),
                    null,
                    Optional.empty(),
                    Optional.of(new ImportFailure(job.fileName(), "the file could not be read")));
        }
        store(job, outcome, dating, new java.util.EnumMap<>(Activity.class));
    }

    /** False when the archive could not be read (the job has ended as FAILED). */
    private boolean processZip(ImportJob job, Path upload) throws InterruptedException {
        StravaExport export;
        try {
            export = StravaExport.open(upload);
        } catch (UnreadableFileException e) {
            fail(job.id(), Optional.of(job), e.reason());
            delete(upload);
            return false;
        }
        try (export) {
            jobs.start(job.id(), job.accountId(), export.total(), clock.instant());
            int[] done = {job.nextIndex()};
            ActivityDating dating = dating(job);
            java.util.Map<Activity, VolumeUnit> units = new java.util.EnumMap<>(Activity.class);
            try {
                export.readAll(job.nextIndex(), properties.parseThreads(), outcome -> {
                    store(job, outcome, dating, units);
                    done[0] = outcome.processed();
                });
            } catch (UnreadableFileException e) {
                int left = export.total() - done[0];
                fail(
                        job.id(),
                        Optional.of(job),
                        e.reason() + (left > 0 ? ": " + left + " of " + export.total() + " not processed" : ""));
                delete(upload);
                return false;
            }
        }
        return true;
    }

    /** The owner's time zone and plausible dates, as the job starts (or resumes). */
    private ActivityDating dating(ImportJob job) {
        AccountId owner = new AccountId(job.accountId());
        return ActivityDating.of(personalClock.zone(owner), personalClock.today(owner));
    }

    /**
     * One item, in one transaction: the session (unless it is a duplicate or its date cannot be
     * right), its failures, the job's progress.
     */
    private void store(
            ImportJob job, ImportOutcome outcome, ActivityDating dating, java.util.Map<Activity, VolumeUnit> units) {
        Optional<String> implausible = outcome.activity().flatMap(dating::problemWith);
        transactions.executeWithoutResult(tx -> {
            int imported = 0;
            int duplicates = 0;
            outcome.failure().ifPresent(f -> jobs.addFailure(job.id(), job.accountId(), outcome.index(), f));
            if (implausible.isPresent()) {
                jobs.addFailure(
                        job.id(),
                        job.accountId(),
                        outcome.index(),
                        new ImportFailure(failedFile(outcome), implausible.get()));
            } else if (outcome.activity().isPresent()) {
                ImportedActivity a = outcome.activity().get();
                AccountId owner = new AccountId(job.accountId());
                Activity activity = SportActivities.activityOf(a.sport());
                if (sessions.hasSameActivity(owner, activity, a.startTime(), ImportedActivity.SAME_START_TOLERANCE)) {
                    duplicates = 1;
                } else {
                    VolumeUnit unit = units.computeIfAbsent(activity, act -> sessions.unitFor(owner, act));
                    sessions.addImported(
                            owner, session(a, dating.dateOf(a), activity, outcome.source(), unit, job.id()));
                    imported = 1;
                }
            }
            jobs.advance(
                    job.id(),
                    job.accountId(),
                    outcome.processed(),
                    outcome.total(),
                    imported,
                    duplicates,
                    clock.instant());
        });
    }

    /** The name a failure of this item is listed under: the file, or the summary row. */
    private static String failedFile(ImportOutcome outcome) {
        if (outcome.failure().isPresent()) {
            return outcome.failure().get().file();
        }
        return outcome.source().equals(StravaExport.SUMMARY_TABLE) && outcome.externalId() != null
                ? StravaExport.SUMMARY_TABLE + " (activity " + outcome.externalId() + ")"
                : outcome.source();
    }

    static ImportedSession session(
            ImportedActivity a, LocalDate date, Activity activity, String source, VolumeUnit unit, long importId) {
        long seconds =
                a.moving().isZero() ? a.elapsed().getSeconds() : a.moving().getSeconds();
        java.math.BigDecimal km = a.distanceMeters() > 0
                ? java.math.BigDecimal.valueOf(a.distanceMeters()).movePointLeft(3)
                : null;
        Integer pace = null;
        if (km != null
                && seconds > 0
                && (activity == Activity.RUN || activity == Activity.WALK || activity == Activity.HIKE)
                && a.distanceMeters() >= 100) {
            pace = (int) Math.round(seconds / (a.distanceMeters() / 1000.0));
        }
        return new ImportedSession(
                date,
                activity,
                a.startTime(),
                (int) Math.min(Integer.MAX_VALUE, seconds),
                km,
                pace,
                source,
                unit,
                importId);
    }

    private void fail(long jobId, Optional<ImportJob> job, String reason) {
        transactions.executeWithoutResult(tx -> {
            ImportJob j = job.or(() -> jobs.findForRunner(jobId)).orElse(null);
            if (j == null) {
                return;
            }
            jobs.addFailure(jobId, j.accountId(), Integer.MAX_VALUE, new ImportFailure(j.fileName(), reason));
            jobs.finish(jobId, j.accountId(), ImportStatus.FAILED, clock.instant());
        });
    }

    private static void delete(Path upload) {
        try {
            Files.deleteIfExists(upload);
        } catch (IOException e) {
            log.warn("could not delete the upload {}", upload, e);
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
