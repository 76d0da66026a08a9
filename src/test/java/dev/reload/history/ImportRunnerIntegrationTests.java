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
import dev.reload.log.SessionService;
import dev.reload.log.SessionView;
import dev.reload.support.ApiAccounts;
import dev.reload.support.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** An import survives a restart: a job left RUNNING resumes at its next item; one whose upload is gone fails cleanly. */
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
        jobs.start(id, owner.value(), 3, Instant.now());
        jobs.advance(id, owner.value(), 1, 3, 1, 0, Instant.now());

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
        jobs.start(id, owner.value(), 10, Instant.now());
        jobs.advance(id, owner.value(), 4, 10, 4, 0, Instant.now());

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
    void aFinishedJobIsLeftAlone() throws Exception {
        AccountId owner = newAccount();
        long id = jobs.create(owner.value(), "a.fit", ImportKind.FILE, 1, null, Instant.now());
        jobs.finish(id, owner.value(), ImportStatus.DONE, Instant.now());
        runner.run(id);
        assertThat(imports.progress(owner, id).failed()).isEmpty();
    }

    private AccountId newAccount() throws Exception {
        ApiAccounts.newToken(mvc);
        return new AccountId(
                jdbc.sql("SELECT MAX(id) FROM account").query(Long.class).single());
    }
}
