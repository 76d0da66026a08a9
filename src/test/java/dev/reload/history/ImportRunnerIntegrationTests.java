package dev.reload.history;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import dev.reload.account.AccountId;
import dev.reload.history.web.ImportTestFiles;
import dev.reload.importing.gpx.GpxFiles;
import dev.reload.knee.Activity;
import dev.reload.knee.VolumeUnit;
import dev.reload.log.ImportedSession;
import dev.reload.log.SessionService;
import dev.reload.log.SessionView;
import dev.reload.support.ApiAccounts;
import dev.reload.support.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Imports under a lease (decision 0028): a job whose runner died resumes at its next item once the
 * lease has run out; a job another runner holds is left alone; a runner that lost its lease stores
 * nothing more; the file waits in the database and stays there as the import's original; a runner
 * that stops pauses an export between two activities.
 */
@ApplicationTest
class ImportRunnerIntegrationTests {

    private static final String DEAD_RUNNER = "a-runner-that-died";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ImportJobs jobs;

    @Autowired
    private ImportFiles files;

    @Autowired
    private ImportRunner runner;

    @Autowired
    private ImportService imports;

    @Autowired
    private SessionService sessions;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private TransactionTemplate transactions;

    @Test
    void aJobWhoseRunnerDiedResumesAtItsNextItemOnceTheLeaseRunsOutWithoutStoringAnythingTwice() throws Exception {
        AccountId owner = newAccount();
        long id = queued(owner, "export.zip", ImportKind.ZIP, threeActivities());
        // As a runner that died leaves it: the first item stored (in its transaction), the job RUNNING.
        jobs.start(id, owner.value(), DEAD_RUNNER, 3, Instant.now());
        jobs.advance(id, owner.value(), DEAD_RUNNER, 1, 3, 1, 0, Instant.now());

        runner.run(id);
        assertThat(imports.progress(owner, id).status())
                .as("left alone while the dead runner's lease holds")
                .isEqualTo(ImportStatus.RUNNING);

        leaseRunsOut(id);
        runner.run(id);

        ImportProgress done = finished(owner, id);
        assertThat(done.status()).isEqualTo(ImportStatus.DONE);
        assertThat(done.processed()).isEqualTo(3);
        assertThat(done.imported()).isEqualTo(3);
        assertThat(sessions.between(owner, LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1)))
                .extracting(SessionView::source)
                .containsExactlyInAnyOrder("activities/b-walk.fit", "activities/c-bike.fit");
        assertThat(leaseOwner(id))
                .as("this runner, or the one in the background: the same")
                .isEqualTo(runner.owner());
        assertThat(files.exists(owner.value(), id))
                .as("the file stays as the original")
                .isTrue();
    }

    @Test
    void aRunnerWhoseLeaseWasTakenStoresNothingMore() throws Exception {
        AccountId owner = newAccount();
        long id = queued(owner, "export.zip", ImportKind.ZIP, threeActivities());
        jobs.start(id, owner.value(), DEAD_RUNNER, 3, Instant.now());
        // the lease runs out and another runner takes the job
        jdbc.sql("UPDATE import_job SET lease_owner = 'another-runner' WHERE id = ?")
                .param(id)
                .update();

        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
                    sessions.addImported(
                            owner,
                            new ImportedSession(
                                    LocalDate.of(2026, 3, 1),
                                    Activity.RUN,
                                    Instant.parse("2026-03-01T07:00:00Z"),
                                    1800,
                                    new BigDecimal("5.0"),
                                    360,
                                    "activities/a-run.fit",
                                    VolumeUnit.KM,
                                    id));
                    jobs.advance(id, owner.value(), DEAD_RUNNER, 1, 3, 1, 0, Instant.now());
                }))
                .isInstanceOf(LeaseLostException.class);

        assertThat(sessions.between(owner, LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1)))
                .as("the item's transaction rolled back whole")
                .isEmpty();
        assertThat(imports.progress(owner, id).processed()).isZero();
        assertThat(jobs.renew(id, DEAD_RUNNER, Duration.ofMinutes(1))).isFalse();
    }

    @Test
    void anUploadWaitsInTheDatabaseGzippedUnlessCompressedAlreadyAndReadsBackAsUploaded() throws Exception {
        AccountId owner = newAccount();
        byte[] fit = ImportTestFiles.fit("garmin-fenix-5-run.fit");
        byte[] zip = threeActivities();

        long single = queued(owner, "run.fit", ImportKind.FILE, fit);
        long bulk = queued(owner, "export.zip", ImportKind.ZIP, zip);

        ImportJob file = jobs.findForRunner(single).orElseThrow();
        assertThat(file.fileSize()).isEqualTo(fit.length);
        assertThat(file.fileGzipped()).isTrue();
        assertThat(jobs.findForRunner(bulk).orElseThrow().fileGzipped()).isFalse();
        try (InputStream in = files.open(owner.value(), single, true)) {
            assertThat(in.readAllBytes()).isEqualTo(fit);
        }
        try (InputStream in = files.open(owner.value(), bulk, false)) {
            assertThat(in.readAllBytes()).isEqualTo(zip);
        }
        long stored = jdbc.sql("SELECT SUM(LENGTH(bytes)) FROM import_file_chunk WHERE import_id = ?")
                .param(single)
                .query(Long.class)
                .single();
        assertThat(stored).as("kept gzipped").isLessThan(fit.length);
    }

    @Test
    void aJobWhoseFileIsGoneFinishesAsFailedReportingTheRestAsNotProcessed() throws Exception {
        AccountId owner = newAccount();
        long id = leased(owner, "export.zip", ImportKind.ZIP, 10);
        jobs.start(id, owner.value(), DEAD_RUNNER, 10, Instant.now());
        jobs.advance(id, owner.value(), DEAD_RUNNER, 4, 10, 4, 0, Instant.now());
        leaseRunsOut(id);

        runner.run(id);

        ImportProgress failed = finished(owner, id);
        assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(failed.processed()).isEqualTo(4);
        assertThat(failed.failed()).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo("export.zip");
            assertThat(f.reason()).contains("6 of 10 not processed");
        });
    }

    @Test
    void anUploadIsTakenByAWaitingRunnerAndImportedOnce() throws Exception {
        AccountId owner = newAccount();
        long id = imports.start(owner, "export.zip", new ByteArrayInputStream(threeActivities()));

        ImportProgress done = finished(owner, id);
        assertThat(done.status()).isEqualTo(ImportStatus.DONE);
        assertThat(done.imported()).isEqualTo(3);
        runner.run(id);
        assertThat(sessions.between(owner, LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1)))
                .hasSize(3);
    }

    @Test
    void aStoppingRunnerPausesAnExportBetweenTwoActivitiesAndItsNextStartResumesIt() throws Exception {
        AccountId owner = newAccount();
        int total = 150;
        Map<String, byte[]> runs = new java.util.HashMap<>();
        Instant first = Instant.now().minus(java.time.Duration.ofDays(20));
        for (int i = 0; i < total; i++) {
            runs.put("activities/run-" + i + ".gpx", GpxFiles.runAt(first.plus(java.time.Duration.ofHours(3L * i))));
        }
        long id = imports.start(owner, "export.zip", new ByteArrayInputStream(ImportTestFiles.zip(runs)));
        try {
            long until = System.currentTimeMillis() + 30_000;
            while (imports.progress(owner, id).processed() < 1 && System.currentTimeMillis() < until) {
                Thread.sleep(5);
            }

            runner.stop();

            ImportProgress paused = imports.progress(owner, id);
            assertThat(paused.status()).as("left to resume").isEqualTo(ImportStatus.RUNNING);
            assertThat(paused.processed()).isBetween(1, total - 1);
            assertThat(sessionsOf(owner))
                    .as("each activity stored whole, with its progress")
                    .isEqualTo(paused.imported());
            assertThat(jdbc.sql("SELECT lease_owner FROM import_job WHERE id = ?")
                            .param(id)
                            .query(String.class)
                            .optional())
                    .as("its lease given back")
                    .isEmpty();
        } finally {
            runner.start();
        }
        long until = System.currentTimeMillis() + 60_000;
        while (!imports.progress(owner, id).finished() && System.currentTimeMillis() < until) {
            Thread.sleep(20);
        }
        ImportProgress done = imports.progress(owner, id);
        assertThat(done.status()).isEqualTo(ImportStatus.DONE);
        assertThat(done.imported()).isEqualTo(total);
        assertThat(sessionsOf(owner)).as("nothing stored twice").isEqualTo(total);
    }

    private int sessionsOf(AccountId owner) {
        return sessions.between(owner, LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1))
                .size();
    }

    @Test
    void aFinishedJobIsLeftAlone() throws Exception {
        AccountId owner = newAccount();
        long id = leased(owner, "a.fit", ImportKind.FILE, 1);
        jobs.finish(id, owner.value(), DEAD_RUNNER, ImportStatus.DONE, Instant.now());
        runner.run(id);
        assertThat(imports.progress(owner, id).failed()).isEmpty();
        assertThat(leaseOwner(id)).isEqualTo(DEAD_RUNNER);
    }

    /** A job without a file, leased to a runner that died (in one transaction: no other runner takes it first). */
    private long leased(AccountId owner, String name, ImportKind kind, int total) {
        return transactions.execute(tx -> {
            long id = jobs.create(owner.value(), name, kind, total, Instant.now());
            assertThat(jobs.lease(id, DEAD_RUNNER, Duration.ofMinutes(1))).isTrue();
            return id;
        });
    }

    /** A job with its file, leased to a runner that died. */
    private long queued(AccountId owner, String name, ImportKind kind, byte[] content) {
        return transactions.execute(tx -> {
            long id = jobs.create(owner.value(), name, kind, kind == ImportKind.FILE ? 1 : 0, Instant.now());
            assertThat(jobs.lease(id, DEAD_RUNNER, Duration.ofMinutes(1))).isTrue();
            try {
                jobs.describeFile(
                        id,
                        owner.value(),
                        files.store(
                                owner.value(),
                                id,
                                new ByteArrayInputStream(content),
                                ImportFiles.gzipsOnStoring(kind, name)));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return id;
        });
    }

    private static byte[] threeActivities() throws Exception {
        return ImportTestFiles.zip(Map.of(
                "activities/a-run.fit", ImportTestFiles.fit("garmin-fenix-5-run.fit"),
                "activities/b-walk.fit", ImportTestFiles.fit("garmin-fenix-5-walk.fit"),
                "activities/c-bike.fit", ImportTestFiles.fit("garmin-fenix-5-bike.fit")));
    }

    /** The job's progress once it has ended (a runner in the background may be the one that runs it). */
    private ImportProgress finished(AccountId owner, long id) throws InterruptedException {
        long until = System.currentTimeMillis() + 30_000;
        while (!imports.progress(owner, id).finished() && System.currentTimeMillis() < until) {
            Thread.sleep(20);
        }
        return imports.progress(owner, id);
    }

    private void leaseRunsOut(long id) {
        jdbc.sql("UPDATE import_job SET lease_until = ? WHERE id = ?")
                .params(java.sql.Timestamp.from(Instant.now().minusSeconds(1)), id)
                .update();
    }

    private String leaseOwner(long id) {
        return jdbc.sql("SELECT lease_owner FROM import_job WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private AccountId newAccount() throws Exception {
        ApiAccounts.newToken(mvc);
        return new AccountId(
                jdbc.sql("SELECT MAX(id) FROM account").query(Long.class).single());
    }
}
