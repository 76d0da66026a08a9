package dev.reload.history;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import dev.reload.account.AccountId;
import dev.reload.history.web.ImportTestFiles;
import dev.reload.importing.gpx.GpxFiles;
import dev.reload.log.SessionService;
import dev.reload.log.SessionView;
import dev.reload.support.ApiAccounts;
import dev.reload.support.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import survives a restart: a job left RUNNING resumes at its next item; one whose upload is gone
 * fails cleanly; a runner that stops pauses an export between two activities.
 */
@ApplicationTest
class ImportRunnerIntegrationTests {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ImportJobs jobs;

    @Autowired
    private ImportRunner runner;

    @Autowired
    private ImportService imports;

    @Autowired
    private SessionService sessions;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private ImportProperties properties;

    @Test
    void aJobLeftRunningResumesAtItsNextItemWithoutStoringAnythingTwice() throws Exception {
        AccountId owner = newAccount();
        byte[] zip = ImportTestFiles.zip(Map.of(
                "activities/a-run.fit", ImportTestFiles.fit("garmin-fenix-5-run.fit"),
                "activities/b-walk.fit", ImportTestFiles.fit("garmin-fenix-5-walk.fit"),
                "activities/c-bike.fit", ImportTestFiles.fit("garmin-fenix-5-bike.fit")));
        Files.createDirectories(properties.dir());
        Path upload = Files.write(properties.dir().resolve("resume-" + System.nanoTime() + ".zip"), zip);
        // As a stopped application leaves it: the first item stored (in its transaction), the job still RUNNING.
        long id = jobs.create(owner.value(), "export.zip", ImportKind.ZIP, 3, upload.toString(), Instant.now());
        jobs.start(id, 3, Instant.now());
        jobs.advance(id, 1, 3, 1, 0, Instant.now());

        runner.run(id);

        ImportProgress done = imports.progress(owner, id);
        assertThat(done.status()).isEqualTo(ImportStatus.DONE);
        assertThat(done.processed()).isEqualTo(3);
        assertThat(done.imported()).isEqualTo(3);
        assertThat(sessions.between(owner, LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1)))
                .extracting(SessionView::source)
                .containsExactlyInAnyOrder("activities/b-walk.fit", "activities/c-bike.fit");
        assertThat(upload).doesNotExist();
    }

    @Test
    void aJobWhoseUploadIsGoneFinishesAsFailedReportingTheRestAsNotProcessed() throws Exception {
        AccountId owner = newAccount();
        long id = jobs.create(
                owner.value(),
                "export.zip",
                ImportKind.ZIP,
                10,
                properties.dir().resolve("gone-" + System.nanoTime() + ".zip").toString(),
                Instant.now());
        jobs.start(id, 10, Instant.now());
        jobs.advance(id, 4, 10, 4, 0, Instant.now());

        runner.resumeUnfinished();
        long until = System.currentTimeMillis() + 30_000;
        while (!imports.progress(owner, id).finished() && System.currentTimeMillis() < until) {
            Thread.sleep(20);
        }

        ImportProgress failed = imports.progress(owner, id);
        assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(failed.processed()).isEqualTo(4);
        assertThat(failed.failed()).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo("export.zip");
            assertThat(f.reason()).contains("6 of 10 not processed");
        });
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
        Files.createDirectories(properties.dir());
        Path upload =
                Files.write(properties.dir().resolve("pause-" + System.nanoTime() + ".zip"), ImportTestFiles.zip(runs));
        long id = jobs.create(owner.value(), "export.zip", ImportKind.ZIP, 0, upload.toString(), Instant.now());
        try {
            runner.submit(id);
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
            assertThat(upload).exists();
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
        long id = jobs.create(owner.value(), "a.fit", ImportKind.FILE, 1, null, Instant.now());
        jobs.finish(id, ImportStatus.DONE, Instant.now());
        runner.run(id);
        assertThat(imports.progress(owner, id).failed()).isEmpty();
    }

    private AccountId newAccount() throws Exception {
        ApiAccounts.newToken(mvc);
        return new AccountId(
                jdbc.sql("SELECT MAX(id) FROM account").query(Long.class).single());
    }
}
