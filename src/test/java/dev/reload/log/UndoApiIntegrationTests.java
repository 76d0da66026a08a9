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
import dev.reload.support.ApiCalls;
import dev.reload.support.ApplicationTest;

import static dev.reload.support.ApiCalls.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Undoing a delete over the API (decision 0011): {@code DELETE} still answers 204 without a body;
 * {@code POST …/{id}/restore} answers 200 with the entry as it was, 404 as a problem when it is not
 * among the caller's deletions, 409 naming the day for a check-in whose day has another; and the
 * advice, computed from the log, is after a restore what it was before the delete.
 */
@ApplicationTest
class UndoApiIntegrationTests {

    private static final String PLAN = """
            {"condition":"PATELLOFEMORAL_PAIN","targetActivity":"RUN","unit":"KM","startDate":"2026-02-16",
             "weeklyGoal":30,"sessionsPerWeek":3,"progressionPercent":10,"tolerableDose":3.0}""";
    private static final String EASY_RUN = """
            {"date":"2026-03-09","activity":"RUN","volume":3.0,"rpe":4,"painDuring":1,"painAfter":1,"durationMin":20}""";
    private static final String PAINFUL_RUN = """
            {"date":"2026-03-11","activity":"RUN","volume":4.0,"rpe":6,"painDuring":6,"painAfter":5,"durationMin":26,
             "surface":"trail"}""";
    private static final String CHECK_IN = """
            {"date":"2026-03-12","morningPain":4,"morningStiffness":3,"sleepHours":6.5,"stress":5,"notes":"sore"}""";
    private static final String STRENGTH = """
            {"date":"2026-03-11","exercise":"SPLIT_SQUAT","sets":3,"reps":12,"loadKg":10,"painDuring":2}""";
    private static final String SHOE = """
            {"name":"Trail 3","startedOn":"2026-01-01","startKm":120}""";

    @Autowired
    private MockMvc mvc;

    private String owner;

    @BeforeEach
    void anAccount() throws Exception {
        owner = ApiAccounts.newToken(mvc);
    }

    @Test
    void afterARestoreTheAdviceIsWhatItWasBeforeTheDelete() throws Exception {
        send(owner, post("/api/v1/plans"), PLAN, 201);
        send(owner, post("/api/v1/sessions"), EASY_RUN, 201);
        int painful = JsonPath.read(body(send(owner, post("/api/v1/sessions"), PAINFUL_RUN, 201)), "$.id");
        int morning = JsonPath.read(body(send(owner, post("/api/v1/checkins"), CHECK_IN, 201)), "$.id");
        String before = advice();

        send(owner, delete("/api/v1/sessions/" + painful), null, 204);
        send(owner, delete("/api/v1/checkins/" + morning), null, 204);
        String afterDelete = advice();
        send(owner, post("/api/v1/sessions/" + painful + "/restore"), null, 200);
        send(owner, post("/api/v1/checkins/" + morning + "/restore"), null, 200);
        String afterRestore = advice();

        assertThat(afterDelete).as("the painful run and the sore morning count").isNotEqualTo(before);
        assertThat(afterRestore).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            sessions | {"date":"2026-03-11","activity":"RUN","volume":4.0,"rpe":6,"painDuring":6,"painAfter":5,"durationMin":26,"surface":"trail"}
            checkins | {"date":"2026-03-12","morningPain":4,"morningStiffness":3,"sleepHours":6.5,"stress":5,"notes":"sore"}
            strength | {"date":"2026-03-11","exercise":"SPLIT_SQUAT","sets":3,"reps":12,"loadKg":10,"painDuring":2}
            shoes    | {"name":"Trail 3","startedOn":"2026-01-01","startKm":120}
            """)
    void aDeleteAnswers204AndARestoreTheEntryAsItWasThenNotFound(String kind, String json) throws Exception {
        int id = JsonPath.read(body(send(owner, post("/api/v1/" + kind), json, 201)), "$.id");
        String stored = stored(kind, id);
        String stranger = ApiAccounts.newToken(mvc);

        MvcResult deleted = send(owner, delete("/api/v1/" + kind + "/" + id), null, 204);
        assertThat(body(deleted)).isEmpty();
        problem(send(stranger, post("/api/v1/" + kind + "/" + id + "/restore"), null, 404));

        assertThat(body(send(owner, post("/api/v1/" + kind + "/" + id + "/restore"), null, 200)))
                .isEqualTo(stored);
        assertThat(problem(send(owner, post("/api/v1/" + kind + "/" + id + "/restore"), null, 404)))
                .contains("is among your deletions of the last 24 hours");
        assertThat(stored(kind, id)).isEqualTo(stored);
    }

    /** The entry as the API reads it back (shoes are only listed: the account's one pair). */
    private String stored(String kind, int id) throws Exception {
        if (kind.equals("shoes")) {
            String listed = body(send(owner, get("/api/v1/shoes"), null, 200));
            return listed.substring(1, listed.length() - 1);
        }
        return body(send(owner, get("/api/v1/" + kind + "/" + id), null, 200));
    }

    @Test
    void aCheckInWhoseDayHasAnotherAnswers409NamingTheDayAndStaysRestorable() throws Exception {
        int first = JsonPath.read(body(send(owner, post("/api/v1/checkins"), CHECK_IN, 201)), "$.id");
        send(owner, delete("/api/v1/checkins/" + first), null, 204);
        int second = JsonPath.read(
                body(send(
                        owner,
                        post("/api/v1/checkins"),
                        CHECK_IN.replace("\"morningPain\":4", "\"morningPain\":1"),
                        201)),
                "$.id");

        String conflict = problem(send(owner, post("/api/v1/checkins/" + first + "/restore"), null, 409));

        assertThat(conflict).contains("Thursday 12 March 2026 has another morning check-in");
        assertThat((Integer) JsonPath.read(
                        body(send(owner, get("/api/v1/checkins?from=2026-03-12&to=2026-03-12"), null, 200)), "$[0].id"))
                .isEqualTo(second);
        send(owner, delete("/api/v1/checkins/" + second), null, 204);
        assertThat((Integer) JsonPath.read(
                        body(send(owner, post("/api/v1/checkins/" + first + "/restore"), null, 200)), "$.morningPain"))
                .isEqualTo(4);
    }

    @Test
    void aPairOfShoesComesBackWithTheKilometresOfItsSessions() throws Exception {
        int shoe = JsonPath.read(body(send(owner, post("/api/v1/shoes"), SHOE, 201)), "$.id");
        send(owner, post("/api/v1/sessions"), PAINFUL_RUN.replace("}", ",\"shoeId\":" + shoe + "}"), 201);
        send(owner, delete("/api/v1/shoes/" + shoe), null, 204);

        String restored = body(send(owner, post("/api/v1/shoes/" + shoe + "/restore"), null, 200));

        assertThat(((Number) JsonPath.read(restored, "$.totalKm")).doubleValue())
                .isEqualTo(124.0);
        assertThat((Integer) JsonPath.read(
                        body(send(owner, get("/api/v1/sessions?from=2026-03-11&to=2026-03-11"), null, 200)),
                        "$[0].shoeId"))
                .isEqualTo(shoe);
    }

    @Test
    void somethingNeverDeletedIsNotFound() throws Exception {
        int id = JsonPath.read(body(send(owner, post("/api/v1/strength"), STRENGTH, 201)), "$.id");

        problem(send(owner, post("/api/v1/strength/" + id + "/restore"), null, 404));

        send(owner, get("/api/v1/strength/" + id), null, 200);
    }

    private String advice() throws Exception {
        return body(send(owner, get("/api/v1/advice?asOf=2026-03-13"), null, 200));
    }

    /** The detail of a problem answer, after checking it is one. */
    private static String problem(MvcResult result) throws Exception {
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        return JsonPath.read(body(result), "$.detail");
    }

    private MvcResult send(String token, MockHttpServletRequestBuilder request, String json, int status)
            throws Exception {
        return ApiCalls.send(mvc, token, request, json, status);
    }
}
