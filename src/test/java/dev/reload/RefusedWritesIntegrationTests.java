package dev.reload;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.reload.support.ApplicationTest;
import dev.reload.support.JsonBodies;

import static dev.reload.support.ApiContract.malformedOnPurpose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Bad input keeps everything already saved. An account with a plan, a screen, a session, a
 * check-in, strength work and shoes is stored through the API; then each write endpoint gets a
 * refused write (a number or date outside api.md's "Limits", a missing field, a value of the wrong
 * type), answers 400 naming the field, and everything read back through the API is as it was.
 */
@ApplicationTest
class RefusedWritesIntegrationTests {

    static final String PASSWORD = "amber-tundra-whistle";
    static final String PLAN = """
            {"condition":"PATELLOFEMORAL_PAIN","targetActivity":"RUN","unit":"KM","startDate":"2026-02-16",\
            "weeklyGoal":30,"sessionsPerWeek":3,"progressionPercent":10,"tolerableDose":3.0}""";
    static final String SESSION = """
            {"date":"2026-03-09","activity":"RUN","volume":4.0,"rpe":4,"painDuring":2,"painAfter":2,"durationMin":25}""";
    static final String CHECK_IN = """
            {"date":"2026-03-10","morningPain":1,"morningStiffness":1,"sleepHours":7.5,"stress":3}""";
    static final String STRENGTH = """
            {"date":"2026-03-09","exercise":"SPLIT_SQUAT","sets":3,"reps":12,"loadKg":10,"painDuring":2}""";
    static final String SHOE = """
            {"name":"Trail 3","startedOn":"2026-01-05","startKm":120}""";
    static final String SCREENING = """
            {"answeredOn":"2026-02-16","redFlags":[]}""";

    @Autowired
    MockMvc mvc;

    String email;
    String token;
    final Map<String, Long> ids = new LinkedHashMap<>();

    @BeforeEach
    void aPersonWithEverythingSaved() throws Exception {
        email = "refused-" + UUID.randomUUID() + "@example.org";
        send(
                post("/api/v1/accounts"),
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD
                        + "\",\"displayName\":\"Kept\",\"timeZone\":\"Europe/Oslo\"}",
                201);
        token = JsonPath.read(
                body(send(
                        post("/api/v1/tokens"),
                        "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}",
                        200)),
                "$.token");
        ids.put("plans", id(send(post("/api/v1/plans"), PLAN, 201)));
        send(post("/api/v1/screenings"), SCREENING, 201);
        ids.put("sessions", id(send(post("/api/v1/sessions"), SESSION, 201)));
        ids.put("checkins", id(send(post("/api/v1/checkins"), CHECK_IN, 201)));
        ids.put("strength", id(send(post("/api/v1/strength"), STRENGTH, 201)));
        ids.put("shoes", id(send(post("/api/v1/shoes"), SHOE, 201)));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            POST | plans      | weeklyGoal=1e30                          | weeklyGoal
            POST | plans      | unit="MINUTES"; weeklyGoal=10081         | weeklyGoal
            POST | plans      | startDate="0000-01-01"                   | startDate
            POST | plans      | condition=                               | condition
            POST | plans      | sessionsPerWeek="three"                  | sessionsPerWeek
            POST | screenings | answeredOn="+57443-01-01"                | answeredOn
            POST | screenings | redFlags="none"                          | redFlags
            POST | sessions   | durationMin=2147483647                   | durationMin
            POST | sessions   | volume=1000.5                            | volume
            POST | sessions   | date="+57443-01-01"                      | date
            POST | sessions   | painDuring=                              | painDuring
            POST | sessions   | rpe="hard"                               | rpe
            PUT  | sessions   | durationMin=2147483648                   | durationMin
            PUT  | sessions   | date="0000-01-01"                        | date
            PUT  | sessions   | activity=                                | activity
            PUT  | sessions   | shoeId=1e30                              | shoeId
            POST | checkins   | sleepHours=25                            | sleepHours
            POST | checkins   | date="1899-12-31"                        | date
            POST | checkins   | morningPain=                             | morningPain
            PUT  | checkins   | stress=2147483648                        | stress
            PUT  | checkins   | morningPain="none"                       | morningPain
            POST | strength   | loadKg=1e30                              | loadKg
            POST | strength   | sets=51                                  | sets
            PUT  | strength   | reps=0                                   | reps
            PUT  | strength   | date="+57443-01-01"                      | date
            PUT  | strength   | exercise=                                | exercise
            POST | shoes      | startKm=5000.5                           | startKm
            POST | shoes      | startedOn="0000-01-01"                   | startedOn
            PUT  | shoes      | retiredOn="+57443-01-01"                 | retiredOn
            PUT  | shoes      | name=                                    | name
            PUT  | shoes      | startKm="far"                            | startKm
            """)
    void aRefusedWriteChangesNothing(String method, String what, String changes, String field) throws Exception {
        String before = everything();
        String base = switch (what) {
            case "plans" -> PLAN;
            case "screenings" -> SCREENING;
            case "sessions" -> SESSION;
            case "checkins" -> CHECK_IN;
            case "strength" -> STRENGTH;
            case "shoes" -> SHOE;
            default -> throw new IllegalArgumentException(what);
        };
        MockHttpServletRequestBuilder request =
                method.equals("PUT") ? put("/api/v1/" + what + "/" + ids.get(what)) : post("/api/v1/" + what);
        refused(send(request, JsonBodies.with(base, changes), 400), field);
        assertThat(everything()).isEqualTo(before);
    }

    @ParameterizedTest(name = "register again: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            password="another-long-password" | email
            displayName=                     | displayName
            displayName=5; email=5           | email
            """)
    void aRefusedRegistrationKeepsTheAccount(String changes, String field) throws Exception {
        String before = everything();
        String again = JsonBodies.with(
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"Other\"}", changes);
        MvcResult result = mvc.perform(post("/api/v1/accounts")
                        .with(malformedOnPurpose())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(again))
                .andReturn();
        refused(result, field);
        assertThat(everything()).isEqualTo(before);
        send(post("/api/v1/tokens"), "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}", 200);
    }

    @ParameterizedTest(name = "account change: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"timeZone":"Mars/Olympus_Mons"} | timeZone
            {}                               | timeZone
            {"timeZone":["Europe/Oslo"]}     | timeZone
            not json                         | body
            """)
    void aRefusedAccountChangeKeepsTheSettings(String json, String field) throws Exception {
        String before = everything();
        refused(send(patch("/api/v1/account"), json, 400), field);
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void aRefusedImportStoresNothing() throws Exception {
        String before = everything();
        MvcResult missing = mvc.perform(multipart("/api/v1/imports")
                        .with(malformedOnPurpose())
                        .header("Authorization", "Bearer " + token))
                .andReturn();
        refused(missing, "file");
        MvcResult empty = mvc.perform(multipart("/api/v1/imports")
                        .file(new MockMultipartFile("file", "run.fit", "application/octet-stream", new byte[0]))
                        .header("Authorization", "Bearer " + token))
                .andReturn();
        refused(empty, "file");
        MvcResult notAnActivity = mvc.perform(multipart("/api/v1/imports")
                        .file(new MockMultipartFile("file", "notes.txt", "text/plain", "hello".getBytes()))
                        .header("Authorization", "Bearer " + token))
                .andReturn();
        refused(notAnActivity, "file");
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void aRefusedPlanDoesNotEndTheActiveOne() throws Exception {
        send(post("/api/v1/plans"), JsonBodies.with(PLAN, "weeklyGoal=7000.5"), 400);
        String current = body(send(get("/api/v1/plans/current"), null, 200));
        assertThat(((Number) JsonPath.read(current, "$.id")).longValue()).isEqualTo(ids.get("plans"));
        assertThat((Boolean) JsonPath.read(current, "$.active")).isTrue();
    }

    /** Everything the account has, as the API reads it back. */
    private String everything() throws Exception {
        String all =
                "/api/v1/%s?from=1900-01-01&to=" + LocalDate.now(ZoneOffset.UTC).plusYears(1);
        StringBuilder read = new StringBuilder();
        for (String path : new String[] {
            "/api/v1/account",
            "/api/v1/plans",
            "/api/v1/plans/current",
            "/api/v1/screenings",
            all.formatted("sessions"),
            all.formatted("checkins"),
            all.formatted("strength"),
            "/api/v1/shoes"
        }) {
            read.append(path)
                    .append(": ")
                    .append(body(send(get(path), null, 200)))
                    .append('\n');
        }
        for (Map.Entry<String, Long> entry : ids.entrySet()) {
            if (!entry.getKey().equals("shoes")) {
                String path = "/api/v1/" + entry.getKey() + "/" + entry.getValue();
                read.append(path)
                        .append(": ")
                        .append(body(send(get(path), null, 200)))
                        .append('\n');
            }
        }
        return read.toString();
    }

    private static void refused(MvcResult result, String field) throws Exception {
        String answer = body(result);
        assertThat(result.getResponse().getStatus()).as(answer).isEqualTo(400);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(JsonPath.<java.util.List<String>>read(answer, "$.errors[*].field"))
                .contains(field);
        assertThat(answer).doesNotContainIgnoringCase("java").doesNotContain("Exception");
    }

    private MvcResult send(MockHttpServletRequestBuilder request, String json, int status) throws Exception {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        if (status == 400) {
            request.with(malformedOnPurpose()); // a refused write is out of the document on purpose
        }
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus())
                .as("%s %s", json, body(result))
                .isEqualTo(status);
        return result;
    }

    private static long id(MvcResult result) throws Exception {
        return ((Number) JsonPath.read(body(result), "$.id")).longValue();
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString();
    }
}
