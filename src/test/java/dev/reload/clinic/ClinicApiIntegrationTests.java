package dev.reload.clinic;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.reload.support.ApiAccounts;
import dev.reload.support.ApiCalls;
import dev.reload.support.ApplicationTest;
import dev.reload.support.Visitor;

import static dev.reload.support.ApiCalls.body;
import static dev.reload.support.ApiContract.malformedOnPurpose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The clinician workspace through the API (api.md, "Clinicians"): a clinician with two-step sign-in
 * takes a token, redeems a patient's invite, lists the patients by need and reads their advice and
 * sessions exactly as the patient does, each read one row of the patient's trail; the patient
 * unlinks and the reads answer 404 at once; notes go one way; bad codes and bodies name the field.
 */
@ApplicationTest
class ClinicApiIntegrationTests {

    private static final String PASSWORD = "amber-tundra-whistle";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private Clock clock;

    @Autowired
    private JdbcClient jdbc;

    /** A patient of the API: their token and account id. */
    private record Patient(String token, long id) {}

    @Test
    void aLinkedClinicianReadsWhatThePatientReadsAndEveryReadIsInTheTrailUntilUnlinked() throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Patient ana = patient("Ana");
        withPlan(ana, today);
        session(ana, today.minusDays(1), 2, 1);
        session(ana, today.minusDays(3), 3, 2);

        String clinician = clinicianToken("Dr Lee");
        long patientId = redeem(clinician, invite(ana), "Ana");
        assertThat(patientId).isEqualTo(ana.id());

        String asOf = "?asOf=" + today;
        String own = body(send(ana.token(), get("/api/v1/advice" + asOf), null, 200));
        String read = body(send(clinician, get("/api/v1/patients/" + patientId + "/advice" + asOf), null, 200));
        assertThat(read).isEqualTo(own);
        String ownSessions = body(send(ana.token(), get("/api/v1/sessions"), null, 200));
        String readSessions = body(send(clinician, get("/api/v1/patients/" + patientId + "/sessions"), null, 200));
        assertThat(readSessions).isEqualTo(ownSessions);
        assertThat(JsonPath.<List<Object>>read(readSessions, "$[*].id")).hasSize(2);

        String trail = body(send(ana.token(), get("/api/v1/audit"), null, 200));
        assertThat(JsonPath.<List<String>>read(trail, "$[*].what"))
                .as("newest first; the patient's own reads are not in it")
                .containsExactly("Sessions (API)", "Advice (API)");
        long clinicianId = ((Number) JsonPath.read(trail, "$[0].actorId")).longValue();
        assertThat((String) JsonPath.read(trail, "$[0].actorName")).isEqualTo("Dr Lee");
        Instant newest = Instant.parse(JsonPath.read(trail, "$[0].at"));
        Instant older = Instant.parse(JsonPath.read(trail, "$[1].at"));
        assertThat(newest).isAfterOrEqualTo(older);

        String links = body(send(ana.token(), get("/api/v1/links"), null, 200));
        assertThat(((Number) JsonPath.read(links, "$[0].clinicianId")).longValue())
                .isEqualTo(clinicianId);
        assertThat((String) JsonPath.read(links, "$[0].displayName")).isEqualTo("Dr Lee");
        send(clinician, get("/api/v1/links"), null, 403);

        send(ana.token(), delete("/api/v1/links/" + clinicianId), null, 204);
        send(clinician, get("/api/v1/patients/" + patientId + "/advice" + asOf), null, 404);
        send(clinician, get("/api/v1/patients/" + patientId + "/sessions"), null, 404);
        send(clinician, get("/api/v1/patients/" + patientId + "/notes"), null, 404);
        assertThat(body(send(clinician, get("/api/v1/patients"), null, 200))).isEqualTo("[]");
        send(ana.token(), delete("/api/v1/links/" + clinicianId), null, 404);
        assertThat(JsonPath.<List<Object>>read(body(send(ana.token(), get("/api/v1/audit"), null, 200)), "$"))
                .as("a refused read is not a read")
                .hasSize(2);
    }

    @Test
    void aLinkedClinicianTriesAndChangesThePlansKnobsAndThePatientSeesTheChange() throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Patient ana = patient("Ana");
        withPlan(ana, today);
        session(ana, today.minusDays(1), 2, 1);
        String clinician = clinicianToken("Dr Lee");
        long patientId = redeem(clinician, invite(ana), "Ana");
        String advice = body(send(ana.token(), get("/api/v1/advice?asOf=" + today), null, 200));

        String tried = body(send(
                clinician,
                post("/api/v1/patients/" + patientId + "/what-if"),
                "{\"knobs\":{\"exercises\":[\"SIDE_PLANK\",\"SPLIT_SQUAT\"]}}",
                200));
        assertThat(JsonPath.<List<String>>read(tried, "$.differences[*].what")).contains("programme");
        assertThat(JsonPath.<List<String>>read(tried, "$.whatIf.programme"))
                .containsExactly("SIDE_PLANK", "SPLIT_SQUAT");
        assertThat(body(send(ana.token(), get("/api/v1/plan/changes"), null, 200)))
                .as("a what-if stores nothing")
                .isEqualTo("[]");
        assertThat(body(send(ana.token(), get("/api/v1/advice?asOf=" + today), null, 200)))
                .isEqualTo(advice);

        MvcResult refused = send(
                clinician, put("/api/v1/patients/" + patientId + "/knobs"), "{\"stepPercent\":20,\"stopPain\":9}", 400);
        assertThat(JsonPath.<List<String>>read(body(refused), "$.errors[*].field"))
                .containsExactlyInAnyOrder("stepPercent", "stopPain");
        assertThat(body(send(ana.token(), get("/api/v1/plan/changes"), null, 200)))
                .isEqualTo("[]");

        String changed = body(send(
                clinician,
                put("/api/v1/patients/" + patientId + "/knobs"),
                "{\"stepPercent\":7,\"exercises\":[\"SIDE_PLANK\",\"SPLIT_SQUAT\"]}",
                200));
        assertThat(JsonPath.<List<Object>>read(changed, "$.changes")).hasSize(2);
        String seen = body(send(ana.token(), get("/api/v1/plan/changes"), null, 200));
        assertThat(JsonPath.<List<String>>read(seen, "$[*].knob"))
                .containsExactlyInAnyOrder("stepPercent", "exercises");
        assertThat(seen).contains("Your clinician Dr Lee changed the weekly step from 10 % to 7 %");
        String after = body(send(clinician, post("/api/v1/patients/" + patientId + "/what-if"), "{}", 200));
        assertThat(JsonPath.<List<String>>read(after, "$.current.programme"))
                .as("the stored advice follows the new knobs from the next request")
                .containsExactly("SIDE_PLANK", "SPLIT_SQUAT");

        assertThat(JsonPath.<List<String>>read(body(send(ana.token(), get("/api/v1/audit"), null, 200)), "$[*].what"))
                .containsSubsequence("Plan settings changed (API)", "Plan settings tried (API)");

        Patient other = patient("Ola");
        withPlan(other, today);
        send(clinician, put("/api/v1/patients/" + other.id() + "/knobs"), "{\"stepPercent\":7}", 404);
        send(clinician, post("/api/v1/patients/" + other.id() + "/what-if"), "{}", 404);
        send(ana.token(), put("/api/v1/patients/" + patientId + "/knobs"), "{\"stepPercent\":7}", 403);
    }

    @Test
    void thePatientListPutsTheMostInNeedFirstWithTheContractFields() throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        // by name the order would be the other way round
        Patient fine = patient("Abe Fine");
        withPlan(fine, today);
        session(fine, today.minusDays(1), 2, 1);
        Patient quiet = patient("Yan Quiet");
        withPlan(quiet, today);
        session(quiet, today.minusDays(4), 2, 1);
        Patient sore = patient("Zoe Sore");
        withPlan(sore, today);
        session(sore, today, 8, 7);

        String clinician = clinicianToken("Dr Moss");
        for (Patient patient : List.of(fine, quiet, sore)) {
            redeem(clinician, invite(patient), null);
        }

        String list = body(send(clinician, get("/api/v1/patients"), null, 200));
        assertThat(JsonPath.<List<String>>read(list, "$[*].displayName"))
                .containsExactly("Zoe Sore", "Yan Quiet", "Abe Fine");
        assertThat(JsonPath.<List<Object>>read(list, "$[*].accountId"))
                .extracting(id -> ((Number) id).longValue())
                .containsExactly(sore.id(), quiet.id(), fine.id());
        assertThat(JsonPath.<List<String>>read(list, "$[*].light")).containsExactly("RED", "GREEN", "GREEN");
        assertThat(JsonPath.<List<String>>read(list, "$[*].lastEntry"))
                .containsExactly(
                        today.toString(),
                        today.minusDays(4).toString(),
                        today.minusDays(1).toString());
        assertThat(JsonPath.<List<String>>read(list, "$[*].condition")).containsOnly("PATELLOFEMORAL_PAIN");
        assertThat(JsonPath.<List<String>>read(list, "$[*].phase")).doesNotContainNull();
        assertThat(JsonPath.<List<String>>read(list, "$[*].escalation")).doesNotContainNull();

        for (Patient patient : List.of(fine, quiet, sore)) {
            String trail = body(send(patient.token(), get("/api/v1/audit"), null, 200));
            assertThat(JsonPath.<List<String>>read(trail, "$[*].what"))
                    .as("one row for the one view of the list")
                    .containsExactly("Your row on the clinician's patient list (light, phase, last entry)");
        }
        send(fine.token(), get("/api/v1/patients"), null, 403);
    }

    @Test
    void notesGoFromTheClinicianToThePatientAndAnEmptyOneNamesItsBody() throws Exception {
        Patient bo = patient("Bo");
        String clinician = clinicianToken("Dr Note");
        long patientId = redeem(clinician, invite(bo), "Bo");

        MvcResult empty = send(clinician, post("/api/v1/patients/" + patientId + "/notes"), "{\"body\":\"  \"}", 400);
        assertThat((String) JsonPath.read(body(empty), "$.errors[0].field")).isEqualTo("body");
        MvcResult missing = send(clinician, post("/api/v1/patients/" + patientId + "/notes"), "{}", 400);
        assertThat((String) JsonPath.read(body(missing), "$.errors[0].field")).isEqualTo("body");
        MvcResult tooLong = send(
                clinician,
                post("/api/v1/patients/" + patientId + "/notes"),
                "{\"body\":\"" + "a".repeat(ClinicNotes.MAX_LENGTH + 1) + "\"}",
                400);
        assertThat((String) JsonPath.read(body(tooLong), "$.errors[0].field")).isEqualTo("body");
        MvcResult broken = mvc.perform(post("/api/v1/patients/" + patientId + "/notes")
                        .header("Authorization", "Bearer " + clinician)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\":")
                        .with(malformedOnPurpose()))
                .andReturn();
        assertThat(broken.getResponse().getStatus()).isEqualTo(400);
        assertThat(broken.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(JsonPath.<List<Object>>read(body(broken), "$.errors")).isNotEmpty();

        String first = body(send(
                clinician,
                post("/api/v1/patients/" + patientId + "/notes"),
                "{\"body\":\"Keep the runs easy this week.\"}",
                201));
        assertThat((String) JsonPath.read(first, "$.clinicianName")).isEqualTo("Dr Note");
        send(
                clinician,
                post("/api/v1/patients/" + patientId + "/notes"),
                "{\"body\":\"  Add the step-downs on Friday.  \"}",
                201);

        String mine = body(send(bo.token(), get("/api/v1/notes"), null, 200));
        assertThat(JsonPath.<List<String>>read(mine, "$[*].body"))
                .as("newest first, stripped")
                .containsExactly("Add the step-downs on Friday.", "Keep the runs easy this week.");
        assertThat(body(send(clinician, get("/api/v1/patients/" + patientId + "/notes"), null, 200)))
                .isEqualTo(mine);
        send(clinician, get("/api/v1/notes"), null, 403);

        Patient stranger = patient("Cy");
        send(clinician, post("/api/v1/patients/" + stranger.id() + "/notes"), "{\"body\":\"Not my patient.\"}", 404);
        assertThat(body(send(stranger.token(), get("/api/v1/notes"), null, 200)))
                .isEqualTo("[]");
        assertThat(body(send(stranger.token(), get("/api/v1/audit"), null, 200)))
                .isEqualTo("[]");
    }

    @Test
    void aCodeThatIsMalformedUnknownSpentOrExpiredIsRefusedNamingTheCode() throws Exception {
        Patient cara = patient("Cara");
        String clinician = clinicianToken("Dr Code");

        MvcResult malformed = send(clinician, post("/api/v1/invites/not-a-code/redeem"), null, 400);
        assertProblemNamingCode(malformed, "is not an invite code");

        MvcResult unknown = send(clinician, post("/api/v1/invites/k7dp-9xqa-m3wt/redeem"), null, 404);
        assertProblemNamingCode(unknown, "is not an open invite");

        String expired = invite(cara);
        jdbc.sql("UPDATE clinic_invite SET expires_at = :past WHERE code_hash = :hash")
                .param("past", clock.instant().minusSeconds(1))
                .param("hash", InviteCodes.hash(InviteCodes.normalize(expired).orElseThrow()))
                .update();
        assertProblemNamingCode(
                send(clinician, post("/api/v1/invites/" + expired + "/redeem"), null, 404), "is not an open invite");

        String code = invite(cara);
        redeem(clinician, code.toUpperCase().replace("-", ""), "Cara");
        String other = clinicianToken("Dr Late");
        assertProblemNamingCode(
                send(other, post("/api/v1/invites/" + code + "/redeem"), null, 404), "is not an open invite");
        send(other, get("/api/v1/patients/" + cara.id() + "/sessions"), null, 404);

        String own = invite(cara);
        send(cara.token(), post("/api/v1/invites/" + own + "/redeem"), null, 403);
        send(clinician, post("/api/v1/invites"), null, 403);
    }

    private static void assertProblemNamingCode(MvcResult result, String message) throws Exception {
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat((String) JsonPath.read(body(result), "$.errors[0].field")).isEqualTo("code");
        assertThat((String) JsonPath.read(body(result), "$.errors[0].message")).startsWith(message);
    }

    private Patient patient(String name) throws Exception {
        String email = "clinic-api-" + UUID.randomUUID() + "@example.org";
        MvcResult registered = new Visitor(mvc)
                .perform(post("/api/v1/accounts")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\""
                                + name + "\",\"timeZone\":\"UTC\"}"));
        assertThat(registered.getResponse().getStatus()).isEqualTo(201);
        long id = ((Number) JsonPath.read(body(registered), "$.id")).longValue();
        return new Patient(token(email, null), id);
    }

    /** A clinician registered, enrolled in two-step sign-in on the pages, and given a token with a code. */
    private String clinicianToken(String name) throws Exception {
        ApiAccounts.Clinician clinician = ApiAccounts.clinician(mvc, "clinic-api-dr", name, clock);
        MvcResult withoutCode = new Visitor(mvc)
                .perform(post("/api/v1/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + clinician.email() + "\",\"password\":\"" + PASSWORD + "\"}"));
        assertThat(withoutCode.getResponse().getStatus()).isEqualTo(401);
        return clinician.token(mvc, clock);
    }

    private String token(String email, String code) throws Exception {
        return ApiAccounts.token(mvc, email, code);
    }

    private String invite(Patient patient) throws Exception {
        String created = body(send(patient.token(), post("/api/v1/invites"), null, 201));
        assertThat(Instant.parse(JsonPath.read(created, "$.expiresAt")))
                .isAfter(clock.instant().plus(ClinicService.INVITE_VALID).minusSeconds(60));
        return JsonPath.read(created, "$.code");
    }

    /** Redeems the code and answers the patient's id; checks the name when one is given. */
    private long redeem(String clinician, String code, String name) throws Exception {
        String redeemed = body(send(clinician, post("/api/v1/invites/" + code + "/redeem"), null, 200));
        if (name != null) {
            assertThat((String) JsonPath.read(redeemed, "$.displayName")).isEqualTo(name);
        }
        return ((Number) JsonPath.read(redeemed, "$.accountId")).longValue();
    }

    private void withPlan(Patient patient, LocalDate today) throws Exception {
        send(patient.token(), post("/api/v1/plans"), """
                {"condition":"PATELLOFEMORAL_PAIN","targetActivity":"RUN","unit":"KM","startDate":"%s",
                 "weeklyGoal":30,"sessionsPerWeek":3,"progressionPercent":10,"tolerableDose":3.0}""".formatted(today.minusDays(14)), 201);
    }

    private void session(Patient patient, LocalDate day, int painDuring, int painAfter) throws Exception {
        send(patient.token(), post("/api/v1/sessions"), """
                {"date":"%s","activity":"RUN","volume":3.0,"rpe":4,"painDuring":%d,"painAfter":%d}""".formatted(day, painDuring, painAfter), 201);
    }

    private MvcResult send(String token, MockHttpServletRequestBuilder request, String json, int status)
            throws Exception {
        return ApiCalls.send(mvc, token, request, json, status);
    }
}
