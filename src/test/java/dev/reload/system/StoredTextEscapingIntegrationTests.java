package dev.reload.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.reload.support.ApiAccounts;
import dev.reload.support.ApiCalls;
import dev.reload.support.ApplicationTest;
import dev.reload.support.Visitor;

import static dev.reload.support.ApiCalls.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every text a person can store comes back on the pages as text, never as markup (issue 15, point
 * 6: cross-site scripting). Each free-text column of the schema is filled with markup carrying its
 * own tag, {@code <u data-x=1>"'&tag}, through the API where it can be; then every page that shows
 * such texts, to the person, their clinician and an administrator, is read with jsoup: no element
 * with {@code data-x} may exist, and each text must be seen, escaped, on some page (but those that
 * no page shows). A new text
 * column that is neither filled here nor named as not free text fails {@link #everyTextColumnIsClassified}.
 */
@ApplicationTest
class StoredTextEscapingIntegrationTests {

    private static final String MARKUP = "<u data-x=1>\"'&";

    /** The free-text columns, each with its tag. */
    private static final Map<String, String> FREE_TEXT = new LinkedHashMap<>();

    static {
        FREE_TEXT.put("account.display_name", "dn");
        FREE_TEXT.put("api_token.name", "tk");
        FREE_TEXT.put("shoe.name", "sh");
        FREE_TEXT.put("activity_session.surface", "sf");
        FREE_TEXT.put("activity_session.source", "so");
        FREE_TEXT.put("check_in.notes", "nt");
        FREE_TEXT.put("import_failure.file", "ff");
        FREE_TEXT.put("import_failure.reason", "fr");
        FREE_TEXT.put("clinic_note.body", "cn");
        FREE_TEXT.put("audit_record.actor_name", "dn"); // the clinician's name, copied
    }

    /** Free-text columns filled with markup all the same, that no page shows (the export has them), with their tag. */
    private static final Map<String, String> NOT_SHOWN = Map.of(
            "activity_session.shoes", "ss", // pages name the session's shoe_id
            "import_job.file_name", "fn",
            "strength_set.tempo", "tp");

    /** Text columns that hold no free text a person typed, and why. */
    private static final Map<String, String> NOT_FREE_TEXT = Map.ofEntries(
            Map.entry("account.email", "an email address, validated (no < or >)"),
            Map.entry("account_email.email", "the same address, claimed for one account (decision 0024)"),
            Map.entry("account.password_hash", "a hash, never shown"),
            Map.entry("account.role", "an enum"),
            Map.entry("account.distance_unit", "an enum"),
            Map.entry("account.time_zone", "a zone id from the JDK's list"),
            Map.entry("api_token.token_hash", "a hash, never shown"),
            Map.entry("spring_session.session_id", "the server's"),
            Map.entry("spring_session.primary_id", "the server's"),
            Map.entry("spring_session_attributes.session_primary_id", "the server's"),
            Map.entry("spring_session.principal_name", "the email"),
            Map.entry("spring_session_attributes.attribute_name", "the server's"),
            Map.entry("plan.knee_condition", "an enum"),
            Map.entry("plan.target_activity", "an enum"),
            Map.entry("plan.unit", "an enum"),
            Map.entry("plan.initial_phase", "an enum"),
            Map.entry("plan.assessment_json", "validated answers: numbers, dates, booleans"),
            Map.entry("plan.exercises", "ids of the exercise catalogue, validated"),
            Map.entry("screening.red_flags", "enum names"),
            Map.entry("activity_session.activity", "an enum"),
            Map.entry("activity_session.unit", "an enum"),
            Map.entry("strength_set.exercise", "an id of the exercise catalogue, validated"),
            Map.entry("import_job.kind", "an enum"),
            Map.entry("import_job.status", "an enum"),
            Map.entry("import_job.upload_path", "the server's path, never shown"),
            Map.entry("import_job.lease_owner", "the name of the server that runs the import, never shown"),
            Map.entry("onboarding_draft.answers", "validated answers as JSON: enums, numbers, dates, booleans"),
            Map.entry("throttle_bucket.id", "a SHA-256 of what a throttle counts, never shown"),
            Map.entry("log_trash.kind", "an enum"),
            Map.entry("log_trash.entry", "a JSON copy of a deleted entry: its texts are the columns above"),
            Map.entry("outcome.subscales", "enum names"),
            Map.entry("outcome_answer.item", "a questionnaire item id"),
            Map.entry("calendar_feed.token", "the server's random token"),
            Map.entry("calendar_feed.token_hash", "a hash"),
            Map.entry("calendar_feed.content_hash", "a hash"),
            Map.entry("two_step.secret", "an encrypted key, never shown"),
            Map.entry("recovery_code.code_hash", "a hash"),
            Map.entry("clinic_invite.code_hash", "a hash"),
            Map.entry("audit_record.what", "words the application writes"),
            Map.entry("knob_change.knob", "an enum"),
            Map.entry("knob_change.old_value", "a knob value the application validated and wrote"),
            Map.entry("knob_change.new_value", "a knob value the application validated and wrote"),
            Map.entry("password_reset.token_hash", "a hash"),
            Map.entry("pending_registration.email", "an email address, validated"),
            Map.entry(
                    "pending_registration.display_name",
                    "shown only on the confirmation page: RegistrationConfirmationIntegrationTests"),
            Map.entry("pending_registration.password_hash", "a hash"),
            Map.entry("pending_registration.role", "an enum"),
            Map.entry("pending_registration.time_zone", "a zone id, validated"),
            Map.entry("pending_registration.token_hash", "a hash"));

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private Clock clock;

    @Autowired
    private DataSource dataSource;

    @Test
    void everyTextColumnIsClassified() throws Exception {
        List<String> columns = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet rs = connection
                        .getMetaData()
                        .getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                int type = rs.getInt("DATA_TYPE");
                boolean text = type == Types.VARCHAR
                        || type == Types.CHAR
                        || type == Types.CLOB
                        || type == Types.LONGVARCHAR
                        || type == Types.NVARCHAR;
                if (text && !table.startsWith("flyway_")) {
                    columns.add(table + "." + rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        assertThat(columns).isNotEmpty();
        Set<String> unclassified = new TreeSet<>(columns);
        unclassified.removeAll(FREE_TEXT.keySet());
        unclassified.removeAll(NOT_SHOWN.keySet());
        unclassified.removeAll(NOT_FREE_TEXT.keySet());
        assertThat(unclassified)
                .as("text columns that are neither filled with markup here nor named as not free text")
                .isEmpty();
    }

    @Test
    void markupInEveryStoredTextIsShownAsTextOnEveryPage() throws Exception {
        LocalDate today = LocalDate.now(clock);

        // the clinician, whose name is markup too, and the patient
        ApiAccounts.Clinician doctor = ApiAccounts.clinician(mvc, "xss-dr", text("dn"), clock);
        String doctorToken = doctor.token(mvc, clock);
        Visitor patient = new Visitor(mvc);
        String email = patient.register("xss", text("dn"));
        String token = ApiAccounts.token(mvc, email, null);
        long patientId = ((Number)
                        JsonPath.read(body(ApiCalls.send(mvc, token, get("/api/v1/account"), null, 200)), "$.id"))
                .longValue();

        ApiCalls.send(mvc, token, post("/api/v1/plans"), """
                {"condition":"PATELLOFEMORAL_PAIN","targetActivity":"RUN","unit":"KM","startDate":"%s",
                 "weeklyGoal":30,"sessionsPerWeek":3,"progressionPercent":10,"tolerableDose":3.0}""".formatted(today.minusDays(14)), 201);
        new Visitor(mvc)
                .perform(post("/api/v1/tokens")
                        .contentType("application/json")
                        .content("{\"email\":\"" + email + "\",\"password\":\"" + ApiAccounts.PASSWORD + "\",\"name\":"
                                + json(text("tk")) + "}"));
        ApiCalls.send(
                mvc,
                token,
                post("/api/v1/shoes"),
                "{\"name\":" + json(text("sh")) + ",\"startedOn\":\"" + today.minusDays(30) + "\"}",
                201);
        long session = ((Number) JsonPath.read(
                        body(ApiCalls.send(
                                mvc,
                                token,
                                post("/api/v1/sessions"),
                                """
                                {"date":"%s","activity":"RUN","volume":3.0,"rpe":4,"painDuring":2,"painAfter":2,
                                 "surface":%s,"shoes":%s}""".formatted(today.minusDays(1), json(text("sf")), json(text("ss"))),
                                201)),
                        "$.id"))
                .longValue();
        long checkIn = ((Number) JsonPath.read(
                        body(ApiCalls.send(
                                mvc, token, post("/api/v1/checkins"), """
                                {"date":"%s","morningPain":1,"morningStiffness":1,"notes":%s}""".formatted(today, json(text("nt"))), 201)),
                        "$.id"))
                .longValue();
        ApiCalls.send(mvc, token, post("/api/v1/strength"), """
                {"date":"%s","exercise":"CLAMSHELL","sets":3,"reps":10,"loadKg":0,"painDuring":1,"tempo":%s}""".formatted(today, json(text("tp"))), 201);
        long job = importWithMarkup(patientId, today);

        // the clinician is linked and writes a note; the patient's audit trail names them
        String code = JsonPath.read(body(ApiCalls.send(mvc, token, post("/api/v1/invites"), null, 201)), "$.code");
        ApiCalls.send(mvc, doctorToken, post("/api/v1/invites/" + code + "/redeem"), null, 200);
        ApiCalls.send(
                mvc,
                doctorToken,
                post("/api/v1/patients/" + patientId + "/notes"),
                "{\"body\":" + json(text("cn")) + "}",
                201);

        // an administrator
        Visitor admin = new Visitor(mvc);
        String adminEmail = admin.register("xss-admin", "Admin");
        jdbc.sql("UPDATE account SET role = 'ADMIN' WHERE email = :email")
                .param("email", adminEmail)
                .update();
        admin.perform(post("/login").with(csrf()).param("email", adminEmail).param("password", ApiAccounts.PASSWORD));

        Map<String, String> seen = new LinkedHashMap<>();
        for (String page : List.of(
                "/today",
                "/log",
                "/log/all",
                "/log/shoes",
                "/log/sessions/" + session + "/edit",
                "/log/checkins/" + checkIn + "/edit",
                "/account",
                "/history",
                "/history/import?id=" + job,
                "/log/all?importId=" + job,
                "/progress",
                "/plan",
                "/account/clinician",
                "/account/clinician/audit")) {
            seen.put(page, read(patient, page));
        }
        for (String page : List.of(
                "/clinic",
                "/clinic/patients/" + patientId,
                "/clinic/patients/" + patientId + "/log",
                "/clinic/patients/" + patientId + "/notes",
                "/clinic/patients/" + patientId + "/plan",
                "/clinic/patients/" + patientId + "/progress")) {
            seen.put(page, read(doctor.visitor(), page));
        }
        seen.put("/admin/accounts", read(admin, "/admin/accounts?email=xss"));

        List<String> unseen = new ArrayList<>();
        for (Map.Entry<String, String> column : FREE_TEXT.entrySet()) {
            String shown = text(column.getValue());
            if (seen.values().stream().noneMatch(t -> t.contains(shown))) {
                unseen.add(column.getKey());
            }
        }
        assertThat(unseen)
                .as("stored texts shown, as text, on none of the pages read")
                .isEmpty();
    }

    /** The page's text; it must be a 200 whose markup holds no element made of a stored text. */
    private String read(Visitor visitor, String path) throws Exception {
        MvcResult result = visitor.perform(get(path));
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        String html = result.getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("[data-x]"))
                .as("an element made of a stored text on %s", path)
                .isEmpty();
        assertThat(html).as(path).doesNotContain("<u data-x");
        return page.text() + " "
                + page.select("[title],[aria-label],[value],[alt]").eachAttr("title")
                + page.select("[aria-label]").eachAttr("aria-label")
                + page.select("[value]").eachAttr("value");
    }

    /** An import with markup in its file name, a failure naming a file and a reason, and a session it brought in. */
    private long importWithMarkup(long account, LocalDate today) {
        Timestamp at = Timestamp.from(Instant.now(clock));
        jdbc.sql("INSERT INTO import_job (account_id, file_name, kind, status, total, processed, imported, next_index,"
                        + " created_at, updated_at) VALUES (:a, :name, 'ZIP', 'DONE', 2, 2, 1, 1, :at, :at)")
                .param("a", account)
                .param("name", text("fn"))
                .param("at", at)
                .update();
        long job = jdbc.sql("SELECT MAX(id) FROM import_job WHERE account_id = :a")
                .param("a", account)
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO import_failure (import_job, account_id, item_index, file, reason)"
                        + " VALUES (:job, :a, 1, :file, :reason)")
                .param("job", job)
                .param("a", account)
                .param("file", text("ff"))
                .param("reason", text("fr"))
                .update();
        jdbc.sql(
                        "INSERT INTO activity_session (account_id, session_date, activity, volume, unit, distance_km,"
                                + " source, created_at, import_id) VALUES (:a, :day, 'RUN', 5.0, 'KM', 5.0, :source, :at, :job)")
                .param("a", account)
                .param("day", today.minusDays(3))
                .param("source", text("so"))
                .param("at", at)
                .param("job", job)
                .update();
        return job;
    }

    private static String text(String tag) {
        return MARKUP + tag;
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
