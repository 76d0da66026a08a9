package dev.reload.log;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.reload.support.ApiAccounts;
import dev.reload.support.ApiExchanges;
import dev.reload.support.ApplicationTest;

import static dev.reload.support.ApiContract.malformedOnPurpose;
import static dev.reload.support.ApiExchanges.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

@ApplicationTest
class LogApiIntegrationTests {

    private static final String SESSION = """
            {"date":"2026-03-09","activity":"RUN","volume":4.0,"rpe":4,"painDuring":2,"painAfter":2,"durationMin":25}""";
    private static final String CHECK_IN = """
            {"date":"2026-03-10","morningPain":1,"morningStiffness":1,"sleepHours":7.5,"stress":3}""";
    private static final String STRENGTH = """
            {"date":"2026-03-09","exercise":"SPLIT_SQUAT","sets":3,"reps":12,"loadKg":10,"painDuring":2}""";
    private static final String PLAN = """
            {"condition":"PATELLOFEMORAL_PAIN","targetActivity":"RUN","unit":"KM","startDate":"2026-02-16",
             "weeklyGoal":30,"sessionsPerWeek":3,"progressionPercent":10,"tolerableDose":3.0}""";

    @Autowired
    private MockMvc mvc;

    private String owner;
    private String stranger;

    @BeforeEach
    void twoAccounts() throws Exception {
        owner = ApiAccounts.newToken(mvc);
        stranger = ApiAccounts.newToken(mvc);
    }

    @Test
    void logsListsChangesAndDeletesASession() throws Exception {
        send(owner, post("/api/v1/plans"), PLAN, 201);
        MvcResult created = send(owner, post("/api/v1/sessions"), SESSION, 201);
        int id = JsonPath.read(body(created), "$.id");

        String listed = body(send(owner, get("/api/v1/sessions?from=2026-03-01&to=2026-03-31"), null, 200));
        assertThat((Integer) JsonPath.read(listed, "$[0].id")).isEqualTo(id);
        assertThat((String) JsonPath.read(listed, "$[0].unit")).isEqualTo("KM");
        assertThat((Integer) JsonPath.read(listed, "$[0].durationSec")).isEqualTo(1500);
        assertThat(((Number) JsonPath.read(listed, "$[0].distanceKm")).doubleValue())
                .isEqualTo(4.0);
        assertThat((String) JsonPath.read(listed, "$[0].source")).isEqualTo("MANUAL");

        send(owner, put("/api/v1/sessions/" + id), SESSION.replace("\"painAfter\":2", "\"painAfter\":5"), 200);
        assertThat((Integer) JsonPath.read(body(send(owner, get("/api/v1/sessions/" + id), null, 200)), "$.painAfter"))
                .isEqualTo(5);
        send(owner, delete("/api/v1/sessions/" + id), null, 204);
        send(owner, get("/api/v1/sessions/" + id), null, 404);
    }

    @Test
    void oneCheckInPerDay() throws Exception {
        send(owner, post("/api/v1/checkins"), CHECK_IN, 201);
        MvcResult second = send(owner, post("/api/v1/checkins"), CHECK_IN, 400);
        assertThat((String) JsonPath.read(body(second), "$.errors[0].field")).isEqualTo("date");
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/v1/sessions | {"date":"2026-03-09","activity":"RUN","volume":4,"painDuring":11,"painAfter":2} | painDuring
            /api/v1/sessions | {"date":"2026-03-09","activity":"RUN","volume":-1,"painDuring":1,"painAfter":2} | volume
            /api/v1/sessions | {"date":"2026-03-09","activity":"SKATE","volume":4,"painDuring":1,"painAfter":2} | activity
            /api/v1/sessions | {"date":"2026-03-09","activity":"RUN","volume":"far","painDuring":1,"painAfter":2} | volume
            /api/v1/sessions | {"activity":"RUN","volume":4,"painDuring":1,"painAfter":2} | date
            /api/v1/sessions | {"date":"soon","activity":"RUN","volume":4,"painDuring":1,"painAfter":2} | date
            /api/v1/sessions | {"date":"2026-03-09","activity":"RUN","volume":4,"painDuring":1.5,"painAfter":2} | painDuring
            /api/v1/checkins | {"date":"2026-03-10","morningPain":-1} | morningPain
            /api/v1/strength | {"date":"2026-03-09","exercise":"MOONWALK","sets":3,"reps":12,"loadKg":10,"painDuring":2} | exercise
            /api/v1/strength | {"date":"2026-03-09","exercise":"SQUAT","sets":0,"reps":12,"loadKg":10,"painDuring":2} | sets
            /api/v1/plans | {"condition":"PATELLOFEMORAL_PAIN","targetActivity":"RUN","unit":"KM","startDate":"2026-02-16","weeklyGoal":30,"sessionsPerWeek":3,"progressionPercent":20} | progressionPercent
            /api/v1/screenings | {"answeredOn":"2026-02-16","redFlags":["ACHY"]} | redFlags[0]
            """)
    void refusesBadInputNamingTheFieldAndStoresNothing(String path, String json, String field) throws Exception {
        MvcResult refused = send(owner, post(path).with(malformedOnPurpose()), json, 400);
        assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat((java.util.List<String>) JsonPath.read(body(refused), "$.errors[*].field"))
                .contains(field);
        assertThat(body(send(
                        owner,
                        get(
                                path.equals("/api/v1/plans")
                                        ? "/api/v1/plans"
                                        : path + (path.endsWith("screenings") ? "" : "?from=2026-01-01&to=2026-12-31")),
                        null,
                        200)))
                .isEqualTo("[]");
    }

    @Test
    void everyEntryIsReachableOnlyByItsOwner() throws Exception {
        send(owner, post("/api/v1/plans"), PLAN, 201);
        int plan = JsonPath.read(body(send(owner, get("/api/v1/plans/current"), null, 200)), "$.id");
        int session = JsonPath.read(body(send(owner, post("/api/v1/sessions"), SESSION, 201)), "$.id");
        int checkIn = JsonPath.read(body(send(owner, post("/api/v1/checkins"), CHECK_IN, 201)), "$.id");
        int set = JsonPath.read(body(send(owner, post("/api/v1/strength"), STRENGTH, 201)), "$.id");
        int shoe = JsonPath.read(
                body(send(
                        owner,
                        post("/api/v1/shoes"),
                        "{\"name\":\"Trail 3\",\"startedOn\":\"2026-01-01\",\"startKm\":120}",
                        201)),
                "$.id");

        send(stranger, get("/api/v1/plans/" + plan), null, 404);
        for (String path :
                new String[] {"/api/v1/sessions/" + session, "/api/v1/checkins/" + checkIn, "/api/v1/strength/" + set
                }) {
            send(stranger, get(path), null, 404);
            send(stranger, delete(path), null, 404);
        }
        send(stranger, put("/api/v1/sessions/" + session), SESSION, 404);
        send(stranger, put("/api/v1/checkins/" + checkIn), CHECK_IN, 404);
        send(stranger, put("/api/v1/strength/" + set), STRENGTH, 404);
        send(stranger, put("/api/v1/shoes/" + shoe), "{\"name\":\"Mine\",\"startedOn\":\"2026-01-01\"}", 404);
        send(stranger, delete("/api/v1/shoes/" + shoe), null, 404);
        send(stranger, post("/api/v1/sessions"), SESSION.replace("}", ",\"shoeId\":" + shoe + "}"), 400);
        assertThat(body(send(stranger, get("/api/v1/sessions?from=2026-01-01&to=2026-12-31"), null, 200)))
                .isEqualTo("[]");
        send(stranger, get("/api/v1/advice?asOf=2026-03-16"), null, 404);

        // The owner still has everything.
        send(owner, get("/api/v1/sessions/" + session), null, 200);
        send(owner, get("/api/v1/advice?asOf=2026-03-16"), null, 200);
    }

    @Test
    void countsKilometresPerShoe() throws Exception {
        int shoe = JsonPath.read(
                body(send(
                        owner,
                        post("/api/v1/shoes"),
                        "{\"name\":\"Trail 3\",\"startedOn\":\"2026-01-01\",\"startKm\":120}",
                        201)),
                "$.id");
        send(owner, post("/api/v1/sessions"), SESSION.replace("}", ",\"shoeId\":" + shoe + "}"), 201);
        String shoes = body(send(owner, get("/api/v1/shoes"), null, 200));
        assertThat(((Number) JsonPath.read(shoes, "$[0].totalKm")).doubleValue())
                .isEqualTo(124.0);
    }

    @Test
    void aNewPlanEndsThePreviousOne() throws Exception {
        send(owner, post("/api/v1/plans"), PLAN, 201);
        send(owner, post("/api/v1/plans"), PLAN.replace("\"weeklyGoal\":30", "\"weeklyGoal\":40"), 201);
        String plans = body(send(owner, get("/api/v1/plans"), null, 200));
        assertThat((java.util.List<Boolean>) JsonPath.read(plans, "$[*].active"))
                .containsExactly(true, false);
        assertThat(((Number) JsonPath.read(body(send(owner, get("/api/v1/plans/current"), null, 200)), "$.weeklyGoal"))
                        .intValue())
                .isEqualTo(40);
    }

    private MvcResult send(String token, MockHttpServletRequestBuilder request, String json, int status)
            throws Exception {
        return ApiExchanges.send(mvc, token, request, json, status);
    }
}
