package dev.reload.privacy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import dev.reload.privacy.StoredData.DataFile;
import dev.reload.privacy.StoredData.LeftOut;
import dev.reload.support.ApiAccounts;
import dev.reload.support.ApiCalls;
import dev.reload.support.Visitor;
import dev.reload.system.io.Pieces;

import static dev.reload.support.ApiContract.malformedOnPurpose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The person's data on every database Reload runs on (issue 14, points 1 and 2): the database's
 * own metadata names every table and column that holds an account's rows, and each must be in the
 * export ({@link StoredData}) or left out on purpose; the export holds exactly the account's rows
 * of each, as JSON and CSV alike; a deletion leaves no row of the account in any of them, ends its
 * sessions and tokens and frees its email. Subclasses pick the database.
 */
abstract class YourDataContract {

    static final String PASSWORD = "amber-tundra-whistle";

    /** Columns that name an account without a foreign key, or as its author: found by name. */
    static final Set<String> ACCOUNT_COLUMN_NAMES =
            Set.of("account_id", "patient_id", "clinician_id", "actor_id", "changed_by", "used_by");

    /**
     * Where a deleted account's id may stay: the patient's trail of reads keeps who read their data
     * (the reader's id and name then; no foreign key, decision 0021), when the reader deletes their
     * account. Nothing else.
     */
    static final Set<String> KEPT_AFTER_DELETION = Set.of("audit_record.actor_id");

    /** The other columns without a foreign key to the account: the deletion clears them itself. */
    static final Set<String> CLEARED_BY_DELETION =
            AccountDeletion.UNKEYED.stream().map(AccountDeletion.Reference::key).collect(Collectors.toSet());

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private DataSource dataSource;

    @Autowired
    private Clock clock;

    private final JsonMapper json = JsonMapper.builder().build();

    // ---- the metadata ----

    /** A column of a table that holds an account's id, found in the database's metadata. */
    record AccountColumn(String table, String column, String deleteRule) {

        String key() {
            return table + "." + column;
        }
    }

    /** Every table with a foreign key to account(id), or a column named like an account's id. */
    List<AccountColumn> accountColumns() throws SQLException {
        Map<String, AccountColumn> found = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            for (String table : tables(connection)) {
                try (ResultSet keys = meta.getImportedKeys(connection.getCatalog(), connection.getSchema(), table)) {
                    while (keys.next()) {
                        if (keys.getString("PKTABLE_NAME").equalsIgnoreCase("account")) {
                            String rule = switch (keys.getShort("DELETE_RULE")) {
                                case DatabaseMetaData.importedKeyCascade -> "CASCADE";
                                case DatabaseMetaData.importedKeySetNull -> "SET NULL";
                                default -> "NO ACTION";
                            };
                            AccountColumn column =
                                    new AccountColumn(lower(table), lower(keys.getString("FKCOLUMN_NAME")), rule);
                            found.put(column.key(), column);
                        }
                    }
                }
                for (String column : columns(connection, table)) {
                    if (ACCOUNT_COLUMN_NAMES.contains(column)) {
                        found.putIfAbsent(lower(table) + "." + column, new AccountColumn(lower(table), column, "NONE"));
                    }
                }
            }
            // the account table itself
            found.put("account.id", new AccountColumn("account", "id", "SELF"));
        }
        return List.copyOf(found.values());
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = connection
                .getMetaData()
                .getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!name.toLowerCase(Locale.ROOT).startsWith("flyway_")) {
                    tables.add(name);
                }
            }
        }
        return tables;
    }

    private static List<String> columns(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rs =
                connection.getMetaData().getColumns(connection.getCatalog(), connection.getSchema(), table, "%")) {
            while (rs.next()) {
                columns.add(lower(rs.getString("COLUMN_NAME")));
            }
        }
        return columns;
    }

    private Map<String, List<String>> allTables() throws SQLException {
        Map<String, List<String>> all = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String table : tables(connection)) {
                all.put(lower(table), columns(connection, table));
            }
        }
        return all;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    @Test
    void everyTableAndColumnOfAnAccountIsExportedOrLeftOutOnPurpose() throws SQLException {
        List<AccountColumn> accountColumns = accountColumns();
        assertThat(accountColumns).extracting(AccountColumn::table).contains("plan", "clinic_note", "audit_record");
        Set<String> leftOutTables = StoredData.LEFT_OUT.stream()
                .filter(left -> left.column() == null)
                .map(LeftOut::table)
                .collect(Collectors.toSet());
        for (AccountColumn column : accountColumns) {
            boolean exported = StoredData.fileOf(column.table())
                    .map(file -> file.owners().contains(column.column()))
                    .orElse(false);
            assertThat(exported || leftOutTables.contains(column.table()))
                    .as(
                            "%s holds an account's id: export its rows by it (StoredData.FILES) or say why not"
                                    + " (StoredData.LEFT_OUT)",
                            column.key())
                    .isTrue();
        }

        Map<String, List<String>> tables = allTables();
        for (DataFile file : StoredData.FILES) {
            assertThat(tables).as("the table of %s", file.name()).containsKey(file.table());
            Set<String> leftOutColumns = StoredData.LEFT_OUT.stream()
                    .filter(left -> file.table().equals(left.table()) && left.column() != null)
                    .map(LeftOut::column)
                    .collect(Collectors.toSet());
            Set<String> expected = new TreeSet<>(tables.get(file.table()));
            expected.removeAll(leftOutColumns);
            assertThat(new TreeSet<>(file.columnNames()))
                    .as("the columns of %s: every column of %s but those left out", file.name(), file.table())
                    .isEqualTo(expected);
            assertThat(file.columns()).allSatisfy(c -> assertThat(c.meaning()).isNotBlank());
        }
        for (LeftOut left : StoredData.LEFT_OUT) {
            assertThat(tables).as("left out: %s", left.table()).containsKey(left.table());
            if (left.column() != null) {
                assertThat(tables.get(left.table()))
                        .as("left out: %s.%s", left.table(), left.column())
                        .contains(left.column());
            }
        }
    }

    @Test
    void aDeletionTakesEveryRowWithItOrClearsTheAuthorButKeepsNoForeignKeyInTheWay() throws SQLException {
        for (AccountColumn column : accountColumns()) {
            if (column.deleteRule().equals("NONE") || column.deleteRule().equals("SELF")) {
                continue;
            }
            assertThat(column.deleteRule())
                    .as(
                            "%s must go with the account (ON DELETE CASCADE) or forget it (ON DELETE SET NULL)",
                            column.key())
                    .isIn("CASCADE", "SET NULL");
        }
        Set<String> withoutForeignKey = accountColumns().stream()
                .filter(c -> c.deleteRule().equals("NONE"))
                .map(AccountColumn::key)
                .collect(Collectors.toCollection(TreeSet::new));
        withoutForeignKey.removeAll(CLEARED_BY_DELETION);
        assertThat(withoutForeignKey)
                .as("an account's id without a foreign key survives its deletion unless AccountDeletion.UNKEYED"
                        + " clears it: only where decided")
                .isEqualTo(KEPT_AFTER_DELETION);
    }

    // ---- the export ----

    @Test
    void theExportHoldsEveryRowOfTheAccountAsJsonAndCsvAndNothingElse() throws Exception {
        Fixture f = fixture();
        MvcResult answer = mvc.perform(get("/api/v1/export").header("Authorization", "Bearer " + f.patientToken))
                .andReturn();
        assertThat(answer.getResponse().getStatus()).isEqualTo(200);
        assertThat(answer.getResponse().getContentType()).isEqualTo("application/zip");
        assertThat(answer.getResponse().getHeader("Content-Disposition")).contains("reload-export-", ".zip");
        Map<String, byte[]> zip = unzip(answer.getResponse().getContentAsByteArray());

        Set<String> names = new TreeSet<>();
        names.add("README.txt");
        StoredData.FILES.forEach(file -> {
            names.add("json/" + file.name() + ".json");
            names.add("csv/" + file.name() + ".csv");
        });
        names.addAll(f.originals().keySet());
        assertThat(zip.keySet()).isEqualTo(names);
        f.originals()
                .forEach((path, content) -> assertThat(zip.get(path))
                        .as("%s: the file as uploaded", path)
                        .isEqualTo(content));

        String readme = new String(zip.get("README.txt"), StandardCharsets.UTF_8);
        for (DataFile file : StoredData.FILES) {
            List<Map<String, Object>> rows = rowsOf(file, f.patient);
            assertThat(rows)
                    .as("the fixture has rows of %s, or the comparison proves nothing", file.table())
                    .isNotEmpty();

            List<CSVRecord> csv = csv(zip.get("csv/" + file.name() + ".csv"));
            List<Map<String, Object>> jsonRows = json.readValue(
                    zip.get("json/" + file.name() + ".json"), new TypeReference<List<Map<String, Object>>>() {});
            assertThat(csv).as(file.name()).hasSize(rows.size());
            assertThat(jsonRows).as(file.name()).hasSize(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                Map<String, Object> row = rows.get(i);
                assertThat(jsonRows.get(i).keySet()).containsExactlyElementsOf(file.columnNames());
                for (String column : file.columnNames()) {
                    Object stored = row.get(column);
                    assertThat(fromCsv(csv.get(i).get(column), stored))
                            .as("csv/%s.csv row %d %s", file.name(), i, column)
                            .isEqualTo(canonical(stored));
                    assertThat(fromJson(jsonRows.get(i).get(column), stored))
                            .as("json/%s.json row %d %s", file.name(), i, column)
                            .isEqualTo(canonical(stored));
                }
            }
            assertThat(readme).contains(file.name() + ".json", file.name() + ".csv");
            file.columnNames().forEach(column -> assertThat(readme).contains("- " + column + ": "));
        }
        StoredData.LEFT_OUT.forEach(left -> assertThat(readme).contains(left.table()));
        f.originals()
                .forEach((path, content) ->
                        assertThat(readme).contains("- " + path + " (" + content.length + " bytes)"));

        String everything = zip.entrySet().stream()
                .filter(entry -> !f.originals().containsKey(entry.getKey()))
                .map(Map.Entry::getValue)
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
                .collect(Collectors.joining("\n"));
        assertThat(everything)
                .as("the other patient's data and every secret stay out")
                .doesNotContain(f.otherPatientMarker)
                .doesNotContain(f.secrets);
        assertThat(everything).contains(f.patientNote.substring(f.patientNote.lastIndexOf(' ') + 1), f.clinicianName);

        // the same ZIP from the account page
        MvcResult page = f.laptop.perform(get("/account/export"));
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(unzip(page.getResponse().getContentAsByteArray()).keySet()).isEqualTo(names);
    }

    // ---- the deletion ----

    @Test
    void aWrongOrMissingPasswordIsRefusedNamingPasswordAndNothingIsDeleted() throws Exception {
        Fixture f = fixture();
        Map<String, Long> before = counts(f.patient);

        MvcResult wrong = mvc.perform(delete("/api/v1/account")
                        .with(ApiCalls.fromAnAddressOfItsOwn())
                        .header("Authorization", "Bearer " + f.patientToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"password\":\"not-my-password\"}"))
                .andReturn();
        assertThat(wrong.getResponse().getStatus()).isEqualTo(400);
        assertThat((List<String>) JsonPath.read(wrong.getResponse().getContentAsString(), "$.errors[*].field"))
                .containsExactly("password");

        MvcResult missing = mvc.perform(delete("/api/v1/account")
                        .header("Authorization", "Bearer " + f.patientToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}")
                        .with(malformedOnPurpose()))
                .andReturn();
        assertThat(missing.getResponse().getStatus()).isEqualTo(400);
        assertThat(missing.getResponse().getContentAsString()).contains("password");

        MvcResult page = f.laptop.perform(post("/account/delete").with(csrf()).param("password", "not-my-password"));
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.getResponse().getContentAsString()).contains("Password is wrong: nothing was deleted.");

        assertThat(counts(f.patient)).isEqualTo(before);
        assertThat(f.laptop.perform(get("/account")).getResponse().getStatus()).isEqualTo(200);
        assertThat(Files.exists(f.upload)).isTrue();
    }

    @Test
    void aPatientDeletesTheirAccountOnThePageAndNothingOfItIsLeftAnywhere() throws Exception {
        Fixture f = fixture();
        Visitor phone = new Visitor(mvc);
        logIn(phone, f.patientEmail);
        assertThat(phone.perform(get("/today")).getResponse().getStatus()).isEqualTo(200);
        assertThat(f.laptop.perform(get("/account/delete")).getResponse().getContentAsString())
                .contains("Delete my account and all my data");

        MvcResult deleted =
                f.laptop.perform(post("/account/delete").with(csrf()).param("password", PASSWORD));
        assertThat(deleted.getResponse().getRedirectedUrl()).endsWith("/account/deleted");
        MvcResult page = f.laptop.perform(get("/account/deleted"));
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.getResponse().getContentAsString()).contains("Your account is deleted");

        assertThat(leftOf(f.patient))
                .as("rows that still hold the account's id")
                .isEmpty();
        assertThat(sessionsOf(f.patientEmail)).isZero();
        assertThat(Files.exists(f.upload)).as("the waiting upload").isFalse();
        assertThat(f.laptop.perform(get("/account")).getResponse().getRedirectedUrl())
                .endsWith("/login");
        assertThat(phone.perform(get("/today")).getResponse().getRedirectedUrl())
                .endsWith("/login");
        assertThat(api(f.patientToken)).isEqualTo(401);

        // the clinician's own account and the other patient's data are untouched
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account WHERE id = ?")
                        .param(f.clinician)
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM activity_session WHERE account_id = ?")
                        .param(f.otherPatient)
                        .query(Long.class)
                        .single())
                .isOne();

        assertThat(register(f.patientEmail, "PATIENT"))
                .as("the email registers again")
                .isEqualTo(201);
    }

    @Test
    void aClinicianDeletesTheirAccountOverTheApiAndThePatientsRecordKeepsWhatTheSchemaKeeps() throws Exception {
        Fixture f = fixture();
        MvcResult deleted = mvc.perform(delete("/api/v1/account")
                        .header("Authorization", "Bearer " + f.clinicianToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"password\":\"" + PASSWORD + "\"}"))
                .andReturn();
        assertThat(deleted.getResponse().getStatus()).isEqualTo(204);
        assertThat(api(f.clinicianToken)).isEqualTo(401);

        assertThat(leftOf(f.clinician))
                .as("rows that still hold the clinician's id")
                .containsOnlyKeys(KEPT_AFTER_DELETION);
        assertThat(jdbc.sql("SELECT actor_name FROM audit_record WHERE patient_id = ?")
                        .param(f.patient)
                        .query(String.class)
                        .list())
                .as("the patient still sees who read their data")
                .containsExactly(f.clinicianName);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM knob_change WHERE account_id = ? AND changed_by IS NULL")
                        .param(f.patient)
                        .query(Long.class)
                        .single())
                .as("the change stays on the patient's plan, its author gone")
                .isOne();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM clinic_note WHERE patient_id = ?")
                        .param(f.patient)
                        .query(Long.class)
                        .single())
                .as("the clinician's notes go with the clinician")
                .isZero();
        assertThat(counts(f.patient).get("plan.account_id")).isOne();
        assertThat(register(f.clinicianEmail, "CLINICIAN")).isEqualTo(201);
    }

    // ---- the fixture: a patient with a row in every table, their clinician, another patient ----

    record Fixture(
            long patient,
            String patientEmail,
            String patientToken,
            Visitor laptop,
            long clinician,
            String clinicianEmail,
            String clinicianName,
            String clinicianToken,
            long otherPatient,
            String otherPatientMarker,
            String patientNote,
            Path upload,
            Map<String, byte[]> originals,
            String[] secrets) {}

    private Fixture fixture() throws Exception {
        Visitor laptop = new Visitor(mvc);
        String patientEmail = laptop.register("your-data", "Ana");
        long patient = idOf(patientEmail);
        String patientToken = token(patientEmail);

        String clinicianName = "Dr Okafor " + UUID.randomUUID().toString().substring(0, 6);
        ApiAccounts.Clinician desk = ApiAccounts.clinician(mvc, "clinician", clinicianName, clock);
        String clinicianEmail = desk.email();
        long clinician = idOf(clinicianEmail);
        String clinicianToken = desk.token(mvc, clock);

        String otherEmail = "other-" + UUID.randomUUID() + "@example.org";
        assertThat(register(otherEmail, "PATIENT")).isEqualTo(201);
        long other = idOf(otherEmail);
        String otherMarker = "other-patient-" + UUID.randomUUID();

        String now = "2026-03-16T08:30:00Z";
        Timestamp at = Timestamp.from(Instant.parse(now));
        LocalDate day = LocalDate.parse("2026-03-16");
        String feedToken = "feed-" + UUID.randomUUID();
        String secret = "two-step-secret-" + UUID.randomUUID();
        String hash = "hash-" + UUID.randomUUID();
        Path upload = Files.createTempFile("your-data-", ".zip");
        String note = "=1+2 stiff \"after\" stairs,\nthen fine " + UUID.randomUUID();

        long plan = insert(
                "INSERT INTO plan (account_id, knee_condition, target_activity, unit, start_date, weekly_goal,"
                        + " sessions_per_week, progression_percent, tolerable_dose, assessment_json, created_at)"
                        + " VALUES (?, 'PATELLOFEMORAL_PAIN', 'RUN', 'KM', ?, 20.5, 3, 10, 6.25, '{\"goal\":\"RUN\"}', ?)",
                patient,
                day,
                at);
        insert(
                "INSERT INTO knob_change (account_id, plan_id, knob, old_value, new_value, changed_by, changed_at)"
                        + " VALUES (?, ?, 'STEP', '10', '8', ?, ?)",
                patient,
                plan,
                clinician,
                at);
        insert(
                "INSERT INTO knob_change (account_id, plan_id, knob, old_value, new_value, changed_by, changed_at)"
                        + " VALUES (?, ?, 'STOP_PAIN', '6', '5', ?, ?)",
                patient,
                plan,
                patient,
                Timestamp.from(Instant.parse(now).plusSeconds(60)));
        insert(
                "INSERT INTO screening (account_id, answered_on, red_flags, created_at) VALUES (?, ?, '', ?)",
                patient,
                day,
                at);
        long shoe = insert(
                "INSERT INTO shoe (account_id, name, started_on, start_km, created_at) VALUES (?, 'Trail 3', ?, 120.5, ?)",
                patient,
                day,
                at);
        // an upload from before uploads were kept in the database, waiting on another instance's disk
        // (which holds the job's lease, so that no runner of this application takes it)
        long job = insert(
                "INSERT INTO import_job (account_id, file_name, kind, status, total, upload_path, created_at,"
                        + " updated_at, lease_owner, lease_until) VALUES (?, 'export.zip', 'ZIP', 'QUEUED', 2, ?, ?, ?,"
                        + " 'another-instance', ?)",
                patient,
                upload.toAbsolutePath().toString(),
                at,
                at,
                Timestamp.from(Instant.now().plus(java.time.Duration.ofDays(1))));
        // two uploads kept in the database: a ZIP as uploaded, in two pieces, and a GPX kept gzipped
        byte[] zipUpload = new byte[Pieces.SIZE + 1000];
        ThreadLocalRandom.current().nextBytes(zipUpload);
        Map<String, byte[]> originals = new TreeMap<>();
        originals.put(
                StoredData.originalPath(
                        keptFile(patient, "strava export.zip", zipUpload, false, at), "strava export.zip"),
                zipUpload);
        byte[] gpx = ("<gpx><trk><name>Morning run " + UUID.randomUUID() + "</name></trk></gpx>")
                .getBytes(StandardCharsets.UTF_8);
        originals.put(StoredData.originalPath(keptFile(patient, "morning.gpx", gpx, true, at), "morning.gpx"), gpx);
        jdbc.sql("INSERT INTO onboarding_draft (account_id, answers, updated_at) VALUES (?, ?, ?)")
                .params(patient, "{\"condition\":\"PATELLOFEMORAL_PAIN\",\"screened\":true}", at)
                .update();
        insert(
                "INSERT INTO import_failure (import_job, account_id, item_index, file, reason)"
                        + " VALUES (?, ?, 1, 'a.fit', 'the file is not a FIT file')",
                job,
                patient);
        insert(
                "INSERT INTO activity_session (account_id, session_date, activity, volume, unit, rpe, pain_during,"
                        + " distance_km, shoe_id, source, created_at, started_at, import_id)"
                        + " VALUES (?, ?, 'RUN', 3.5, 'KM', 4, 2, 3.512, ?, 'typed, by hand', ?, ?, ?)",
                patient,
                day,
                shoe,
                at,
                at,
                job);
        insert(
                "INSERT INTO activity_session (account_id, session_date, activity, volume, unit, source, created_at)"
                        + " VALUES (?, ?, 'WALK', 40, 'MINUTES', 'typed', ?)",
                patient,
                day.minusDays(1),
                at);
        insert(
                "INSERT INTO check_in (account_id, check_in_date, morning_pain, sleep_hours, notes, created_at)"
                        + " VALUES (?, ?, 2, 7.5, ?, ?)",
                patient,
                day,
                note,
                at);
        insert(
                "INSERT INTO strength_set (account_id, set_date, exercise, sets, reps, load_kg, pain_during,"
                        + " created_at) VALUES (?, ?, 'SPLIT_SQUAT', 3, 12, 10.5, 1, ?)",
                patient,
                day,
                at);
        insert(
                "INSERT INTO log_trash (account_id, kind, entry_id, entry, deleted_at)"
                        + " VALUES (?, 'SESSION', 999, '{\"volume\":2}', ?)",
                patient,
                at);
        long outcome = insert(
                "INSERT INTO outcome (account_id, taken_on, subscales, created_at) VALUES (?, ?, 'PAIN', ?)",
                patient,
                day,
                at);
        jdbc.sql("INSERT INTO outcome_answer (outcome_id, account_id, item, answer) VALUES (?, ?, 'P1', 2)")
                .params(outcome, patient)
                .update();
        insert(
                "INSERT INTO calendar_feed (account_id, token, token_hash, created_at, revision, changed_at)"
                        + " VALUES (?, ?, ?, ?, 1, ?)",
                patient,
                feedToken,
                hash + "-feed",
                at,
                at);
        insert(
                "INSERT INTO two_step (account_id, secret, created_at, last_time_step) VALUES (?, ?, ?, 0)",
                patient,
                secret,
                at);
        insert(
                "INSERT INTO recovery_code (account_id, code_hash, created_at) VALUES (?, ?, ?)",
                patient,
                hash + "-recovery",
                at);
        insert(
                "INSERT INTO password_reset (account_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?)",
                patient,
                hash + "-reset",
                at,
                at);
        insert(
                "INSERT INTO clinic_invite (patient_id, code_hash, created_at, expires_at, used_at, used_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                patient,
                hash + "-invite",
                at,
                at,
                at,
                clinician);
        insert(
                "INSERT INTO clinic_link (patient_id, clinician_id, linked_at) VALUES (?, ?, ?)",
                patient,
                clinician,
                at);
        insert(
                "INSERT INTO clinic_note (patient_id, clinician_id, written_at, body) VALUES (?, ?, ?, 'Easy runs')",
                patient,
                clinician,
                at);
        insert(
                "INSERT INTO audit_record (patient_id, actor_id, actor_name, read_at, what)"
                        + " VALUES (?, ?, ?, ?, 'Your log')",
                patient,
                clinician,
                clinicianName,
                at);
        insert(
                "INSERT INTO activity_session (account_id, session_date, activity, volume, unit, source, created_at)"
                        + " VALUES (?, ?, 'RUN', 5, 'KM', ?, ?)",
                other,
                day,
                otherMarker,
                at);

        String passwordHash = jdbc.sql("SELECT password_hash FROM account WHERE id = ?")
                .param(patient)
                .query(String.class)
                .single();
        String tokenHash = jdbc.sql("SELECT token_hash FROM api_token WHERE account_id = ?")
                .param(patient)
                .query(String.class)
                .list()
                .get(0);
        return new Fixture(
                patient,
                patientEmail,
                patientToken,
                laptop,
                clinician,
                clinicianEmail,
                clinicianName,
                clinicianToken,
                other,
                otherMarker,
                note,
                upload,
                originals,
                new String[] {passwordHash, tokenHash, feedToken, secret, hash, patientToken});
    }

    /** An import whose file is kept in the database, as ImportService keeps it; returns the import's id. */
    private long keptFile(long account, String name, byte[] content, boolean gzipped, Timestamp at) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(content);
        long job = insert(
                "INSERT INTO import_job (account_id, file_name, kind, status, total, created_at, updated_at,"
                        + " file_size, file_crc32, file_gzipped) VALUES (?, ?, ?, 'DONE', 1, ?, ?, ?, ?, ?)",
                account,
                name,
                name.endsWith(".zip") ? "ZIP" : "FILE",
                at,
                at,
                (long) content.length,
                crc.getValue(),
                gzipped);
        byte[] stored = content;
        if (gzipped) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
                gzip.write(content);
            }
            stored = bytes.toByteArray();
        }
        for (int piece = 0; piece * Pieces.SIZE < stored.length; piece++) {
            byte[] bytes = java.util.Arrays.copyOfRange(
                    stored, piece * Pieces.SIZE, Math.min(stored.length, (piece + 1) * Pieces.SIZE));
            jdbc.sql("INSERT INTO import_file_chunk (account_id, import_id, chunk_no, bytes) VALUES (?, ?, ?, ?)")
                    .params(account, job, piece, bytes)
                    .update();
        }
        return job;
    }

    private long insert(String sql, Object... params) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private long idOf(String email) {
        return jdbc.sql("SELECT id FROM account WHERE email = ?")
                .param(email)
                .query(Long.class)
                .single();
    }

    private int register(String email, String role) throws Exception {
        return register(email, role, "Tester");
    }

    private int register(String email, String role, String name) throws Exception {
        return mvc.perform(post("/api/v1/accounts")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\""
                                + name + "\",\"role\":\"" + role + "\"}"))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private String token(String email) throws Exception {
        return token(email, null);
    }

    private String token(String email, String code) throws Exception {
        MvcResult token = mvc.perform(post("/api/v1/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .with(ApiCalls.fromAnAddressOfItsOwn())
                        .content("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\""
                                + (code == null ? "" : ",\"code\":\"" + code + "\"") + "}"))
                .andReturn();
        assertThat(token.getResponse().getStatus())
                .as(token.getResponse().getContentAsString())
                .isEqualTo(200);
        return JsonPath.read(token.getResponse().getContentAsString(), "$.token");
    }

    private void logIn(Visitor visitor, String email) throws Exception {
        visitor.perform(get("/login"));
        visitor.perform(post("/login").with(csrf()).param("email", email).param("password", PASSWORD));
    }

    private int api(String token) throws Exception {
        return mvc.perform(get("/api/v1/account").header("Authorization", "Bearer " + token))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private long sessionsOf(String email) {
        return jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = ?")
                .param(email)
                .query(Long.class)
                .single();
    }

    /** The count of rows holding the account's id, for every column the metadata names. */
    private Map<String, Long> counts(long account) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (AccountColumn column : accountColumns()) {
            counts.put(
                    column.key(),
                    jdbc.sql("SELECT COUNT(*) FROM " + column.table() + " WHERE " + column.column() + " = ?")
                            .param(account)
                            .query(Long.class)
                            .single());
        }
        return counts;
    }

    /** The columns that still hold the account's id, with their counts. */
    private Map<String, Long> leftOf(long account) throws SQLException {
        Map<String, Long> left = new TreeMap<>(counts(account));
        left.values().removeIf(count -> count == 0);
        return left;
    }

    /** The stored rows of a file, read on their own: every column, in the file's order. */
    private List<Map<String, Object>> rowsOf(DataFile file, long account) {
        String where = file.owners().stream().map(o -> o + " = :id").collect(Collectors.joining(" OR "));
        return jdbc.sql("SELECT * FROM " + file.table() + " WHERE " + where + " ORDER BY " + file.orderBy())
                .param("id", account)
                .query((rs, n) -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.put(lower(rs.getMetaData().getColumnLabel(i)), rs.getObject(i));
                    }
                    return row;
                })
                .list();
    }

    /** A stored value as text to compare: numbers without trailing zeros, instants in UTC, dates ISO. */
    private static String canonical(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        if (value instanceof OffsetDateTime instant) {
            return instant.toInstant().toString();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        return value.toString();
    }

    private static String fromCsv(String field, Object stored) {
        if (field.isEmpty() && (stored == null || !(stored instanceof String))) {
            return null;
        }
        if (stored instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            assertThat(field).as("a formula is written behind a quote").startsWith("'");
            return field.substring(1);
        }
        return stored instanceof Number ? canonical(new BigDecimal(field)) : field;
    }

    private static String fromJson(Object value, Object stored) {
        if (value == null) {
            return null;
        }
        return stored instanceof Number ? canonical(new BigDecimal(value.toString())) : value.toString();
    }

    private static List<CSVRecord> csv(byte[] bytes) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
            return parser.getRecords();
        }
    }

    private static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }
}
