package dev.reload.history;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
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
 * <p>
 * At shutdown, once the web server has finished its requests, the runner takes no new job (a job
 * submitted then stays QUEUED), and a running export stops between two activities: it stays
 * RUNNING and resumes at the next start. One that takes more than {@link #STOP_WAIT} to reach the
 * next activity is interrupted. Each import that ends is counted in {@link ImportMetrics}.
 */
@Component
public class ImportRunner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    /** The logging context's key for the import a log line is about. */
    static final String LOG_KEY = "importId";

    /** How long a stopping runner waits for its jobs to reach the next activity. */
    static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final ImportJobs jobs;
    private final SessionService sessions;
    private final TransactionTemplate transactions;
    private final ImportProperties properties;
    private final PersonalClock personalClock;
    private final Clock clock;
    private final ImportMetrics metrics;
    private volatile ThreadPoolExecutor executor;
    /** The jobs running now, each with the {@link System#nanoTime()} its run began. */
    private final Map<Long, Long> running = new ConcurrentHashMap<>();

    private volatile boolean started;
    private volatile boolean stopping;

    ImportRunner(
            ImportJobs jobs,
            SessionService sessions,
            TransactionTemplate transactions,
            ImportProperties properties,
            PersonalClock personalClock,
            Clock clock,
            ImportMetrics metrics) {
        this.jobs = jobs;
        this.sessions = sessions;
        this.transactions = transactions;
        this.properties = properties;
        this.personalClock = personalClock;
        this.clock = clock;
        this.metrics = metrics;
        this.executor = newExecutor();
    }

    private ThreadPoolExecutor newExecutor() {
        AtomicInteger n = new AtomicInteger();
        return (ThreadPoolExecutor) Executors.newFixedThreadPool(properties.jobThreads(), r -> {
            Thread t = new Thread(r, "import-job-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues a job to run in the background; while the application stops, it stays queued for the next start. */
    void submit(long jobId) {
        try {
            if (!stopping) {
                executor.execute(() -> run(jobId));
                return;
            }
        } catch (RejectedExecutionException e) {
            // stopped between the check and the call
        }
        log.info("import {} waits for the next start: the application is stopping", jobId);
    }

    /** Resumes every job a stopped application left queued or running. */
    @EventListener(ApplicationReadyEvent.class)
    public void resumeUnfinished() {
        for (long id : jobs.unfinished()) {
            if (!running.containsKey(id)) {
                submit(id);
            }
        }
    }

    /** Runs (or resumes) one job on the calling thread; a finished job or one already running is left alone. */
    public void run(long jobId) {
        if (stopping || running.putIfAbsent(jobId, System.nanoTime()) != null) {
            return;
        }
        MDC.put(LOG_KEY, Long.toString(jobId));
        try {
            jobs.findForRunner(jobId).filter(job -> !job.status().finished()).ifPresent(this::process);
        } catch (RuntimeException e) {
            log.error("import {} stopped", jobId, e);
            fail(jobId, Optional.empty(), "the import stopped on an unexpected error");
        } finally {
            running.remove(jobId);
            MDC.remove(LOG_KEY);
        }
    }

    /** Whether new jobs are taken: false once the application has begun to stop. */
    boolean takingWork() {
        return !stopping && !executor.isShutdown();
    }

    /** Jobs running now. */
    int runningCount() {
        return running.size();
    }

    /** Jobs submitted and waiting for a free job thread. */
    int waitingCount() {
        return executor.getQueue().size();
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
            log.info("import {} interrupted: it resumes when the application starts again", job.id());
            return;
        } catch (Paused e) {
            log.info("import {} paused as the application stops: it resumes when it starts again", job.id());
            return;
        }
        jobs.finish(job.id(), ImportStatus.DONE, clock.instant());
        ended(job.id(), ImportStatus.DONE);
        delete(upload);
    }

    private void processFile(ImportJob job, Path upload) {
        jobs.start(job.id(), 1, clock.instant());
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
            jobs.start(job.id(), export.total(), clock.instant());
            int[] done = {job.nextIndex()};
            ActivityDating dating = dating(job);
            java.util.Map<Activity, VolumeUnit> units = new java.util.EnumMap<>(Activity.class);
            try {
                export.readAll(job.nextIndex(), properties.parseThreads(), outcome -> {
                    if (stopping) {
                        throw new Paused();
                    }
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
        ImportMetrics.Item item = transactions.execute(tx -> {
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
            jobs.advance(job.id(), outcome.processed(), outcome.total(), imported, duplicates, clock.instant());
            return imported == 1
                    ? ImportMetrics.Item.IMPORTED
                    : duplicates == 1 ? ImportMetrics.Item.DUPLICATE : ImportMetrics.Item.NOT_IMPORTED;
        });
        metrics.item(item);
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
        Boolean failed = transactions.execute(tx -> {
            ImportJob j = job.or(() -> jobs.findForRunner(jobId)).orElse(null);
            if (j == null) {
                return false;
            }
            jobs.addFailure(jobId, j.accountId(), Integer.MAX_VALUE, new ImportFailure(j.fileName(), reason));
            jobs.finish(jobId, ImportStatus.FAILED, clock.instant());
            return true;
        });
        if (Boolean.TRUE.equals(failed)) {
            ended(jobId, ImportStatus.FAILED);
        }
    }

    /** Counts an import that this run ended: its time since the run began, and its files. */
    private void ended(long jobId, ImportStatus status) {
        Long began = running.get(jobId);
        Duration took = began == null ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - began);
        jobs.findForRunner(jobId).ifPresent(job -> metrics.ended(job.kind(), status, took, job.total()));
    }

    private static void delete(Path upload) {
        try {
            Files.deleteIfExists(upload);
        } catch (IOException e) {
            log.warn("could not delete the upload {}", upload, e);
        }
    }

    /**
     * Takes work. The first start finds the jobs a stopped application left at {@link ApplicationReadyEvent};
     * a start after a stop (a context restarted in place) takes new job threads and resumes them at once.
     */
    @Override
    public void start() {
        boolean restart = executor.isShutdown();
        if (restart) {
            executor = newExecutor();
        }
        stopping = false;
        started = true;
        if (restart) {
            resumeUnfinished();
        }
    }

    /**
     * Takes no new job, lets each running job reach its next activity (at most {@link #STOP_WAIT}),
     * then interrupts what is left. Every job not finished stays in the table and resumes at the next start.
     */
    @Override
    public void stop() {
        stopping = true;
        executor.shutdown();
        try {
            if (!executor.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
                executor.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        started = false;
    }

    @Override
    public boolean isRunning() {
        return started;
    }

    /** After the web server: it has finished its requests (and queued their imports) before the runner stops. */
    @Override
    public int getPhase() {
        return WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE - 2048;
    }

    /** Where the context never started (or never stopped), the job threads end with it all the same. */
    @PreDestroy
    void close() {
        stopping = true;
        executor.shutdownNow();
    }

    /** Thrown between two activities of an export when the application stops. */
    private static final class Paused extends RuntimeException {
        Paused() {
            super(null, null, false, false);
        }
    }
}
