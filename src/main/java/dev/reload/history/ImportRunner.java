package dev.reload.history;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
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
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
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
 * Runs imports in the background, activity by activity, on whichever instance leases them first
 * (decision 0028). It looks for waiting imports when the application is ready, after an upload
 * here and every {@code reload.imports.poll}; it leases one ({@link ImportJobs#leaseNext}) for each
 * free job thread and renews the leases of those it runs three times within {@code
 * reload.imports.lease}, so that an import whose instance died is taken over once its lease has
 * run out. Each activity is stored in its own transaction together with the job's progress (counts
 * and {@code next_index}), on the condition that this runner still holds the lease, so an activity
 * is stored whole or not at all, once, and a job taken over or restarted resumes at the first item
 * not stored. The file is read from the database into a working copy ({@link WorkingCopies}).
 * <p>
 * At shutdown, once the web server has finished its requests, the runner takes no new job, and a
 * running export stops between two activities (one that takes more than {@link #STOP_WAIT} to reach
 * the next is interrupted); the runner then gives its leases back, so that another instance, or the
 * next start, goes on at once from where it stopped. Each import that ends is counted in {@link
 * ImportMetrics}.
 */
@Component
public class ImportRunner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    /** The logging context's key for the import a log line is about. */
    static final String LOG_KEY = "importId";

    /** Why an import failed when its working copy did not fit on this instance's disk. */
    static final String NO_ROOM = "the server had no disk space left to read the file";

    /** How long a stopping runner waits for its jobs to reach the next activity. */
    static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final ImportJobs jobs;
    private final WorkingCopies copies;
    private final SessionService sessions;
    private final TransactionTemplate transactions;
    private final ImportProperties properties;
    private final PersonalClock personalClock;
    private final Clock clock;
    private final ImportMetrics metrics;
    private final String owner;
    private volatile ThreadPoolExecutor workers;
    private volatile ScheduledExecutorService leases;
    /** The jobs this runner holds now, each with the {@link System#nanoTime()} its run began. */
    private final Map<Long, Long> running = new ConcurrentHashMap<>();

    private volatile boolean started;
    private volatile boolean stopping;

    ImportRunner(
            ImportJobs jobs,
            WorkingCopies copies,
            SessionService sessions,
            TransactionTemplate transactions,
            ImportProperties properties,
            PersonalClock personalClock,
            Clock clock,
            ImportMetrics metrics) {
        this.jobs = jobs;
        this.copies = copies;
        this.sessions = sessions;
        this.transactions = transactions;
        this.properties = properties;
        this.personalClock = personalClock;
        this.clock = clock;
        this.metrics = metrics;
        this.owner = properties.instance();
        this.workers = newWorkers();
        this.leases = newLeases();
    }

    private ThreadPoolExecutor newWorkers() {
        AtomicInteger n = new AtomicInteger();
        return (ThreadPoolExecutor) Executors.newFixedThreadPool(
                properties.jobThreads(), r -> daemon(r, "import-job-" + n.incrementAndGet()));
    }

    private static ScheduledExecutorService newLeases() {
        return Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "import-leases"));
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Starts looking for imports to run (at once, then every poll) and renewing the leases of those running. */
    @EventListener(ApplicationReadyEvent.class)
    public void startLooking() {
        copies.deleteStale();
        long poll = properties.poll().toMillis();
        long heartbeat = properties.heartbeat().toMillis();
        leases.scheduleWithFixedDelay(this::takeWaiting, 0, poll, TimeUnit.MILLISECONDS);
        leases.scheduleWithFixedDelay(this::renewLeases, heartbeat, heartbeat, TimeUnit.MILLISECONDS);
    }

    /** Looks for waiting imports now: one was uploaded here, or a job thread came free. */
    void wake() {
        try {
            leases.execute(this::takeWaiting);
        } catch (RejectedExecutionException stopping) {
            // the application is stopping: another instance, or the next start, takes the import
        }
    }

    /** This runner's name in the leases. */
    String owner() {
        return owner;
    }

    /**
     * Runs (or resumes) one job on the calling thread if it is unfinished and no other runner
     * holds its lease; otherwise leaves it alone.
     */
    public void run(long jobId) {
        if (stopping || running.putIfAbsent(jobId, System.nanoTime()) != null) {
            return;
        }
        boolean leased;
        try {
            leased = jobs.lease(jobId, owner, properties.lease());
        } catch (RuntimeException e) {
            running.remove(jobId);
            throw e;
        }
        if (!leased) {
            running.remove(jobId);
            return;
        }
        runLeased(jobId);
    }

    private void takeWaiting() {
        try {
            while (!stopping && running.size() < properties.jobThreads()) {
                Optional<Long> leased = jobs.leaseNext(owner, properties.lease());
                if (leased.isEmpty()) {
                    return;
                }
                long id = leased.get();
                running.put(id, System.nanoTime());
                workers.execute(() -> runLeased(id));
            }
        } catch (RejectedExecutionException stopping) {
            // the lease is given back at shutdown
        } catch (RuntimeException e) {
            log.warn("could not look for imports to run; trying again in {}", properties.poll(), e);
        }
    }

    private void renewLeases() {
        for (long id : running.keySet()) {
            try {
                if (!jobs.renew(id, owner, properties.lease())) {
                    log.warn("the lease of import {} ran out and another runner took it; this one stops", id);
                }
            } catch (RuntimeException e) {
                log.warn("could not renew the lease of import {}", id, e);
            }
        }
    }

    private void runLeased(long jobId) {
        MDC.put(LOG_KEY, Long.toString(jobId));
        try {
            jobs.findForRunner(jobId).filter(job -> !job.status().finished()).ifPresent(this::process);
        } catch (LeaseLostException e) {
            log.info("import {} goes on with another runner: {}", jobId, e.getMessage());
        } catch (DataAccessResourceFailureException
                | TransientDataAccessException
                | RecoverableDataAccessException
                | CannotCreateTransactionException
                | TransactionSystemException e) {
            log.warn(
                    "import {} stopped: the database could not be reached; it goes on from where it stopped when its"
                            + " lease runs out",
                    jobId,
                    e);
        } catch (RuntimeException e) {
            log.error("import {} stopped", jobId, e);
            fail(jobId, Optional.empty(), "the import stopped on an unexpected error");
        } finally {
            running.remove(jobId);
            MDC.remove(LOG_KEY);
        }
        wake();
    }

    /** Whether new jobs are taken: false once the application has begun to stop. */
    boolean takingWork() {
        return !stopping && !workers.isShutdown();
    }

    /** Jobs this runner holds now. */
    int runningCount() {
        return running.size();
    }

    /** Jobs leased here and waiting for a free job thread. */
    int waitingCount() {
        return workers.getQueue().size();
    }

    private void process(ImportJob job) {
        Optional<Path> file;
        try {
            file = copies.of(job);
        } catch (WorkingCopies.NoRoomException e) {
            fail(job.id(), Optional.of(job), NO_ROOM + notProcessed(job) + "; please upload it again later");
            return;
        }
        if (file.isEmpty()) {
            int left = Math.max(job.total() - job.nextIndex(), job.total() == 0 ? 1 : 0);
            fail(
                    job.id(),
                    Optional.of(job),
                    "the uploaded file was gone when the import resumed: "
                            + (job.total() == 0 ? "nothing" : left + " of " + job.total()) + " not processed");
            return;
        }
        Path upload = file.get();
        try {
            if (job.kind() == ImportKind.ZIP && !processZip(job, upload)) {
                return;
            }
            if (job.kind() == ImportKind.FILE) {
                processFile(job, upload);
            }
            jobs.finish(job.id(), job.accountId(), owner, ImportStatus.DONE, clock.instant());
            ended(job.id(), ImportStatus.DONE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.info("import {} paused: another instance or the next start goes on from where it stopped", job.id());
        } catch (Paused e) {
            log.info("import {} paused as the application stops: another instance or the next start goes on", job.id());
        } finally {
            copies.done(upload, () -> finished(job.id()));
        }
    }

    /** ": 120 of 300 not processed" for an import that had begun, else ", so nothing was imported". */
    private static String notProcessed(ImportJob job) {
        return job.total() == 0
                ? ", so nothing was imported"
                : ": " + (job.total() - job.nextIndex()) + " of " + job.total() + " not processed";
    }

    private boolean finished(long jobId) {
        return jobs.findForRunner(jobId).map(j -> j.status().finished()).orElse(true);
    }

    private void processFile(ImportJob job, Path upload) {
        jobs.start(job.id(), job.accountId(), owner, 1, clock.instant());
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
        store(job, outcome, dating, new EnumMap<>(Activity.class));
    }

    /** False when the archive could not be read (the job has ended as FAILED). */
    private boolean processZip(ImportJob job, Path upload) throws InterruptedException {
        StravaExport export;
        try {
            export = StravaExport.open(upload);
        } catch (UnreadableFileException e) {
            fail(job.id(), Optional.of(job), e.reason());
            return false;
        }
        try (export) {
            jobs.start(job.id(), job.accountId(), owner, export.total(), clock.instant());
            int[] done = {job.nextIndex()};
            ActivityDating dating = dating(job);
            Map<Activity, VolumeUnit> units = new EnumMap<>(Activity.class);
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
                return false;
            }
        }
        return true;
    }

    /** The owner's time zone and plausible dates, as the job starts (or resumes). */
    private ActivityDating dating(ImportJob job) {
        AccountId account = new AccountId(job.accountId());
        return ActivityDating.of(personalClock.zone(account), personalClock.today(account));
    }

    /**
     * One item, in one transaction: the session (unless it is a duplicate or its date cannot be
     * right), its failures, the job's progress; nothing of it when the lease has gone elsewhere.
     */
    private void store(ImportJob job, ImportOutcome outcome, ActivityDating dating, Map<Activity, VolumeUnit> units) {
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
                AccountId account = new AccountId(job.accountId());
                Activity activity = SportActivities.activityOf(a.sport());
                if (sessions.hasSameActivity(account, activity, a.startTime(), ImportedActivity.SAME_START_TOLERANCE)) {
                    duplicates = 1;
                } else {
                    VolumeUnit unit = units.computeIfAbsent(activity, act -> sessions.unitFor(account, act));
                    sessions.addImported(
                            account, session(a, dating.dateOf(a), activity, outcome.source(), unit, job.id()));
                    imported = 1;
                }
            }
            jobs.advance(
                    job.id(),
                    job.accountId(),
                    owner,
                    outcome.processed(),
                    outcome.total(),
                    imported,
                    duplicates,
                    clock.instant());
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

    /** Ends the job as FAILED with this reason, if this runner still holds it. */
    private void fail(long jobId, Optional<ImportJob> job, String reason) {
        try {
            Boolean failed = transactions.execute(tx -> {
                ImportJob j = job.or(() -> jobs.findForRunner(jobId)).orElse(null);
                if (j == null) {
                    return false;
                }
                jobs.addFailure(jobId, j.accountId(), Integer.MAX_VALUE, new ImportFailure(j.fileName(), reason));
                jobs.finish(jobId, j.accountId(), owner, ImportStatus.FAILED, clock.instant());
                return true;
            });
            if (Boolean.TRUE.equals(failed)) {
                ended(jobId, ImportStatus.FAILED);
            }
        } catch (LeaseLostException e) {
            log.info("import {} goes on with another runner: {}", jobId, e.getMessage());
        } catch (RuntimeException e) {
            log.error("import {} could not be marked as failed ({})", jobId, reason, e);
        }
    }

    /** Counts an import that this run ended: its time since the run began, and its files. */
    private void ended(long jobId, ImportStatus status) {
        Long began = running.get(jobId);
        Duration took = began == null ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - began);
        jobs.findForRunner(jobId).ifPresent(job -> metrics.ended(job.kind(), status, took, job.total()));
    }

    /**
     * Takes work. The first start looks for imports at {@link ApplicationReadyEvent}; a start after a
     * stop (a context restarted in place) takes new threads and looks at once.
     */
    @Override
    public void start() {
        boolean restart = workers.isShutdown();
        if (restart) {
            workers = newWorkers();
            leases = newLeases();
        }
        stopping = false;
        started = true;
        if (restart) {
            startLooking();
        }
    }

    /**
     * Takes no new job, lets each running job reach its next activity (at most {@link #STOP_WAIT}),
     * interrupts what is left, then gives back the leases of the jobs not finished.
     */
    @Override
    public void stop() {
        stopping = true;
        leases.shutdownNow();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                workers.shutdownNow();
                workers.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
        release();
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

    /** Where the context never started (or never stopped), the threads end with it all the same. */
    @PreDestroy
    void close() throws InterruptedException {
        stopping = true;
        leases.shutdownNow();
        workers.shutdownNow();
        workers.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        release();
    }

    private void release() {
        try {
            int released = jobs.release(owner);
            if (released > 0) {
                log.info(
                        "gave back the lease of {} unfinished import(s): another instance goes on with them", released);
            }
        } catch (RuntimeException e) {
            log.warn("could not give back the leases of unfinished imports; they are taken over when they run out", e);
        }
    }

    /** Thrown between two activities of an export when the application stops. */
    private static final class Paused extends RuntimeException {
        Paused() {
            super(null, null, false, false);
        }
    }
}
