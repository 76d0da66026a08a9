package dev.reload.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import org.h2.tools.Restore;
import org.h2.tools.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.reload.importing.gpx.GpxFiles;
import dev.reload.support.HttpApi;
import dev.reload.support.StandaloneApplication;
import dev.reload.support.Tables;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Backup and restore of the default H2 database as docs/operations.md says it (H2's own tools, the
 * application stopped): a person's data written through the API, {@code BACKUP TO} a ZIP with H2's
 * Shell, {@code Restore} into a fresh folder, the application started on it: every row of every
 * table is as it was, and the person signs in and reads their log back as before.
 */
class H2BackupRestoreIntegrationTests {

    private static final String SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    @TempDir
    private Path dir;

    @Test
    void aBackupRestoredIntoAFreshFolderStartsTheApplicationWithEveryRowAsItWas() throws Exception {
        Path live = dir.resolve("data");
        String email = "backup-" + System.nanoTime() + "@example.org";
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String log = "/api/v1/log";
        String logBefore;
        try (StandaloneApplication app = onH2(live)) {
            HttpApi api = new HttpApi(app, "backup-writes");
            api.register(email, "Bea");
            String token = api.token(email);
            api.send("POST", "/api/v1/plans", token, """
                    {"condition":"PATELLAR_TENDINOPATHY","targetActivity":"RUN","unit":"KM","startDate":"%s",
                     "weeklyGoal":25,"sessionsPerWeek":3,"progressionPercent":10,"tolerableDose":2.5}""".formatted(today.minusDays(21)), 201);
            api.send("POST", "/api/v1/sessions", token, """
                    {"date":"%s","activity":"RUN","volume":4.5,"rpe":5,"painDuring":3,"painAfter":2,
                     "notes":"hill repeats, knee fine"}""".formatted(today.minusDays(2)), 201);
            api.send("POST", "/api/v1/checkins", token, """
                    {"date":"%s","morningPain":2,"morningStiffness":1,"sleepHours":7.5,"stress":3,
                     "notes":"slept well"}""".formatted(today.minusDays(1)), 201);
            api.send("POST", "/api/v1/strength", token, """
                    {"date":"%s","exercise":"SPLIT_SQUAT","sets":3,"reps":10,"loadKg":12.5,"painDuring":1}""".formatted(today.minusDays(1)), 201);
            api.awaitImport(
                    token,
                    api.upload(
                            token,
                            "run.gpx",
                            GpxFiles.runAt(today.minusDays(4).atTime(7, 0).toInstant(ZoneOffset.UTC))));
            logBefore = api.send("GET", log, token, null, 200).body();
        }
        Map<String, List<String>> before = tables(live);

        Path backup = dir.resolve("backups/reload.zip");
        Files.createDirectories(backup.getParent());
        new Shell().runTool("-url", url(live), "-user", "sa", "-sql", "BACKUP TO '" + backup + "'");
        assertThat(backup).isNotEmptyFile();

        Path restored = dir.resolve("restored");
        new Restore().runTool("-file", backup.toString(), "-dir", restored.toString(), "-db", "reload");

        try (StandaloneApplication app = onH2(restored)) {
            try (Connection connection = app.context().getBean(DataSource.class).getConnection()) {
                assertThat(Tables.of(connection, "public")).isEqualTo(before);
            }
            HttpApi api = new HttpApi(app, "backup-reads");
            String token = api.token(email);
            assertThat(api.send("GET", log, token, null, 200).body()).isEqualTo(logBefore);
        }
        assertThat(before.get("activity_session")).hasSize(2);
        assertThat(before.get("check_in")).singleElement().asString().contains("slept well");
    }

    private StandaloneApplication onH2(Path folder) {
        return StandaloneApplication.start(
                "spring.datasource.url=" + url(folder) + ";AUTO_SERVER=FALSE",
                "reload.imports.dir=" + dir.resolve("imports"));
    }

    private static String url(Path folder) {
        return "jdbc:h2:file:" + folder.resolve("reload").toAbsolutePath() + SETTINGS;
    }

    private static Map<String, List<String>> tables(Path folder) throws Exception {
        try (Connection connection = org.h2.Driver.load().connect(url(folder), credentials())) {
            return Tables.of(connection, "public");
        }
    }

    private static java.util.Properties credentials() {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("user", "sa");
        properties.setProperty("password", "");
        return properties;
    }
}
