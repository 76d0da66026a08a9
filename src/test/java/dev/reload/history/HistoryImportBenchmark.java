package dev.reload.history;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import dev.reload.account.AccountId;
import dev.reload.importing.ImportBenchmark;
import dev.reload.support.ApiAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * docs/benchmarks.md, "Import": the 1,000-activity Strava ZIP imported, stored and analysed end to
 * end through the service (upload kept on disk, background job, one transaction per activity with
 * the duplicate check, then R6 over the whole log). Not a unit test: surefire skips it by its name;
 * run it with {@code -Dtest=HistoryImportBenchmark -Dreload.benchmark=true} (without the flag it is skipped,
 * so that {@code -Dtest='dev.reload.history.**'} stays quick).
 */
@SpringBootTest
@AutoConfigureMockMvc
@org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "reload.benchmark", matches = "true")
class HistoryImportBenchmark {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ImportService imports;

    @Autowired
    private HistoryService history;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void importsStoresAndAnalysesAThousandActivities() throws Exception {
        int activities = Integer.getInteger("activities", 1000);
        Path zip = ImportBenchmark.prepare(activities);
        String token = ApiAccounts.newToken(mvc);
        AccountId owner = new AccountId(
                jdbc.sql("SELECT MAX(id) FROM account").query(Long.class).single());
        LocalDate onset = LocalDate.of(2025, 1, 1).plusDays(activities - 1);
        mvc.perform(post("/api/v1/plans")
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"condition":"PATELLOFEMORAL_PAIN","targetActivity":"RUN","unit":"KM","startDate":"%s",
                         "weeklyGoal":30,"sessionsPerWeek":3,"painOnset":"%s"}""".formatted(onset, onset)));

        long parseStarted = System.nanoTime();
        try (dev.reload.importing.strava.StravaExport export = dev.reload.importing.strava.StravaExport.open(zip)) {
            export.readAll(0, 2, outcome -> {});
        }
        double parseOnly = (System.nanoTime() - parseStarted) / 1e9;

        long started = System.nanoTime();
        long id;
        try (InputStream in = Files.newInputStream(zip)) {
            id = imports.start(owner, "export.zip", in);
        }
        ImportProgress progress;
        while (!(progress = imports.progress(owner, id)).finished()) {
            Thread.sleep(20);
        }
        double imported = (System.nanoTime() - started) / 1e9;
        HistoryService.WhatWentWrong analysed = history.whatWentWrong(owner).orElseThrow();
        double total = (System.nanoTime() - started) / 1e9;

        assertThat(progress.status()).isEqualTo(ImportStatus.DONE);
        assertThat(progress.imported()).isEqualTo(activities);
        assertThat(analysed.weeks()).hasSize(HistoryService.WEEKS_BEFORE);
        System.out.printf(
                Locale.ROOT,
                "%d activities (ZIP %.1f MB): upload kept, imported and stored in %.1f s"
                        + " (%.0f activities/s); R6 analysis of the whole log %.2f s; end to end %.1f s (target < 30 s);"
                        + " %d findings over the whole history; parse only (same JVM, 2 threads) %.1f s%n",
                activities,
                Files.size(zip) / 1e6,
                imported,
                activities / imported,
                total - imported,
                total,
                analysed.analysis().findings().size(),
                parseOnly);
    }
}
