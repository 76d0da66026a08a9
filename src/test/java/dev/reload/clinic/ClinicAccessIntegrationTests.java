package dev.reload.clinic;

import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import dev.reload.support.ApiAccounts;
import dev.reload.support.ApplicationTest;
import dev.reload.support.Visitor;
import dev.reload.system.web.PatientRead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The clinician workspace end to end (decision 0021): a patient's invite links a clinician, who
 * reads the patient's pages behind the gate, each read in the patient's audit trail; unlinking ends
 * it at the next request; an unlinked clinician gets 404; the patient's own reads are never audited.
 */
@ApplicationTest
class ClinicAccessIntegrationTests {

    private static final String PASSWORD = "amber-tundra-whistle";
    private static final Pattern CODE = Pattern.compile("data-testid=\"invite-code\">([a-z2-9-]{14})<");

    /** Every GET page of one patient and what the trail calls it. */
    private static final List<String[]> PAGES = List.of(
            new String[] {"", "Today's advice"},
            new String[] {"/log", "Session log"},
            new String[] {"/progress", "Progress charts"},
            new String[] {"/notes", "Notes"});

    @Autowired
    private MockMvc mvc;

    @Autowired
    private Clock clock;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void aPatientsInviteLinksAClinicianWhoseReadsAreAuditedUntilUnlinked() throws Exception {
        Visitor patient = new Visitor(mvc);
        patient.register("clinic-patient", "Ana");
        assertThat(patient.perform(get("/account")).getResponse().getContentAsString())
                .contains("Your clinician", "/account/clinician");
        String code = invite(patient);

        Visitor clinician = clinician("Dr Lee");
        String redirect = clinician
                .perform(post("/clinic/invites").with(csrf()).param("code", code.toUpperCase()))
                .getResponse()
                .getRedirectedUrl();
        assertThat(redirect).startsWith("/clinic/patients/");
        long patientId = Long.parseLong(redirect.substring("/clinic/patients/".length()));
        assertThat(patient.perform(get("/account/clinician")).getResponse().getContentAsString())
                .contains("Dr Lee", "Unlink");

        String dashboard = clinician.perform(get("/clinic")).getResponse().getContentAsString();
        assertThat(dashboard).contains("Ana", "Your patients \u2013 Reload", "Nothing logged");
        assertThat(audited(patientId)).isEqualTo(1);

        for (String[] page : PAGES) {
            long before = audited(patientId);
            assertThat(clinician
                            .perform(get("/clinic/patients/" + patientId + page[0]))
                            .getResponse()
                            .getStatus())
                    .as(page[0])
                    .isEqualTo(200);
            assertThat(audited(patientId)).as("one row for " + page[0]).isEqualTo(before + 1);
            assertThat(lastWhat(patientId)).isEqualTo(page[1]);
        }
        assertThat(clinician
                        .perform(post("/clinic/patients/" + patientId + "/notes")
                                .with(csrf())
                                .param("body", "Keep the runs easy this week."))
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/clinic/patients/" + patientId + "/notes");

        long ownReads = audited(patientId);
        String mine = patient.perform(get("/account/clinician")).getResponse().getContentAsString();
        assertThat(mine).contains("Keep the runs easy this week.", "Dr Lee");
        patient.perform(get("/today"));
        patient.perform(get("/log/all"));
        patient.perform(get("/progress"));
        String trail =
                patient.perform(get("/account/clinician/audit")).getResponse().getContentAsString();
        assertThat(audited(patientId))
                .as("the patient's own reads are not audited")
                .isEqualTo(ownReads);
        assertThat(trail).contains("Dr Lee", "Session log", "Progress charts", "A new note");

        long clinicianId = jdbc.sql("SELECT clinician_id FROM clinic_link WHERE patient_id = :p")
                .param("p", patientId)
                .query(Long.class)
                .single();
        assertThat(patient.perform(post("/account/clinician/links/" + clinicianId + "/unlink")
                                .with(csrf()))
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/account/clinician");
        for (String[] page : PAGES) {
            assertThat(clinician
                            .perform(get("/clinic/patients/" + patientId + page[0]))
                            .getResponse()
                            .getStatus())
                    .as("after unlinking: " + page[0])
                    .isEqualTo(404);
        }
        assertThat(audited(patientId)).as("a refused read is not a read").isEqualTo(ownReads);
        assertThat(clinician.perform(get("/clinic")).getResponse().getContentAsString())
                .doesNotContain("Ana");
    }

    @Test
    void anInviteWorksOnceAndAnUnlinkedClinicianSeesNothing() throws Exception {
        Visitor patient = new Visitor(mvc);
        patient.register("clinic-once", "Bo");
        String code = invite(patient);
        Visitor first = clinician("Dr First");
        String redirect = first.perform(post("/clinic/invites").with(csrf()).param("code", code))
                .getResponse()
                .getRedirectedUrl();
        long patientId = Long.parseLong(redirect.substring("/clinic/patients/".length()));

        Visitor second = clinician("Dr Second");
        assertThat(second.perform(post("/clinic/invites").with(csrf()).param("code", code))
                        .getResponse()
                        .getContentAsString())
                .contains("No open invite has this code");
        assertThat(second.perform(post("/clinic/invites").with(csrf()).param("code", "not a code"))
                        .getResponse()
                        .getContentAsString())
                .contains("This is not an invite code");
        for (String[] page : PAGES) {
            assertThat(second.perform(get("/clinic/patients/" + patientId + page[0]))
                            .getResponse()
                            .getStatus())
                    .as(page[0])
                    .isEqualTo(404);
        }
        assertThat(second.perform(get("/clinic/patients/" + patientId + "/report.pdf"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(patient.perform(get("/clinic")).getResponse().getStatus())
                .as("a patient has no patient list")
                .isEqualTo(403);
    }

    @Test
    void everyHandlerOfOnePatientIsBehindTheGateAndSaysWhatItReads() {
        List<String> found = mappings.getHandlerMethods().entrySet().stream()
                .filter(e -> e.getKey().getPatternValues().stream().anyMatch(p -> p.contains("/patients/{")))
                .map(e -> {
                    RequestMappingInfo info = e.getKey();
                    HandlerMethod method = e.getValue();
                    for (String pattern : info.getPatternValues()) {
                        assertThat(pattern)
                                .as(method.toString())
                                .matches("/(clinic|api/v1)/patients/\\{accountId}(/.*)?");
                    }
                    assertThat(method.getMethodAnnotation(PatientRead.class))
                            .as(method + " says what it reads")
                            .isNotNull();
                    return info.getPatternValues().iterator().next();
                })
                .toList();
        assertThat(found)
                .contains(
                        "/clinic/patients/{accountId}",
                        "/clinic/patients/{accountId}/log",
                        "/clinic/patients/{accountId}/progress",
                        "/clinic/patients/{accountId}/report.pdf",
                        "/api/v1/patients/{accountId}/advice",
                        "/api/v1/patients/{accountId}/sessions");
    }

    private String invite(Visitor patient) throws Exception {
        patient.perform(post("/account/clinician/invites").with(csrf()));
        String page = patient.perform(get("/account/clinician")).getResponse().getContentAsString();
        Matcher code = CODE.matcher(page);
        assertThat(code.find()).as("the code on the page").isTrue();
        return code.group(1);
    }

    private Visitor clinician(String name) throws Exception {
        return ApiAccounts.clinician(mvc, "clinic-dr", name, clock).visitor();
    }

    private long audited(long patientId) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE patient_id = :p")
                .param("p", patientId)
                .query(Long.class)
                .single();
    }

    private String lastWhat(long patientId) {
        return jdbc.sql("SELECT what FROM audit_record WHERE patient_id = :p ORDER BY id DESC LIMIT 1")
                .param("p", patientId)
                .query(String.class)
                .single();
    }
}
