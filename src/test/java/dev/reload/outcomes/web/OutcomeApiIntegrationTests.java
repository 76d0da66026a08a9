package dev.reload.outcomes.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

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
import static dev.reload.support.ApiContract.malformedOnPurpose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** {@code /api/v1/outcomes}: questionnaires by item number, their scores over time, the pain trend. */
@ApplicationTest
class OutcomeApiIntegrationTests {

    /** product.md's worked example: Pain answered 1,1,2,1,0,2,0,1,1 scores 75.0. */
    private static final String PAIN_EXAMPLE = """
            {"date":"2026-03-02","answers":{"P1":1,"P2":1,"P3":2,"P4":1,"P5":0,"P6":2,"P7":0,"P8":1,"P9":1}}""";

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
    void recordsTheWorkedExampleAndAnswersItsScore() throws Exception {
        MvcResult created = send(owner, post("/api/v1/outcomes"), PAIN_EXAMPLE, 201);
        String json = body(created);
        int id = JsonPath.read(json, "$.id");

        assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/v1/outcomes/" + id);
        assertThat((List<String>) JsonPath.read(json, "$.subscales")).containsExactly("PAIN");
        assertThat((String) JsonPath.read(json, "$.scores[0].subscale")).isEqualTo("PAIN");
        assertThat(((Number) JsonPath.read(json, "$.scores[0].score")).doubleValue())
                .isEqualTo(75.0);
        assertThat((Boolean) JsonPath.read(json, "$.scores[0].valid")).isTrue();
        assertThat((Integer) JsonPath.read(json, "$.scores[0].answered")).isEqualTo(9);
        assertThat((Integer) JsonPath.read(json, "$.answers.P3")).isEqualTo(2);
        assertThat(body(send(owner, get("/api/v1/outcomes/" + id), null, 200))).isEqualTo(json);
    }

    @Test
    void aSubscaleWithFewerThanHalfItsItemsAnsweredHasNoScore() throws Exception {
        String json = body(send(owner, post("/api/v1/outcomes"), """
                {"date":"2026-03-02","subscales":["PAIN","PF"],"answers":{"P1":1,"P2":1,"P3":2,"P4":1}}""", 201));

        assertThat((List<String>) JsonPath.read(json, "$.scores[*].subscale")).containsExactly("PAIN", "PF");
        assertThat((Boolean) JsonPath.read(json, "$.scores[0].valid")).isFalse();
        assertThat((Object) JsonPath.read(json, "$.scores[0].score")).isNull();
        assertThat((Integer) JsonPath.read(json, "$.scores[0].answered")).isEqualTo(4);
        assertThat((Integer) JsonPath.read(json, "$.scores[0].needed")).isEqualTo(5);
        assertThat((Integer) JsonPath.read(json, "$.scores[1].answered")).isZero();
        assertThat((Integer) JsonPath.read(json, "$.scores[1].needed")).isEqualTo(6);
    }

    @Test
    void listsTheScoresOverTimeOldestFirst() throws Exception {
        send(owner, post("/api/v1/outcomes"), PAIN_EXAMPLE.replace("2026-03-02", "2026-04-06"), 201);
        send(owner, post("/api/v1/outcomes"), PAIN_EXAMPLE.replace("\"P3\":2", "\"P3\":4"), 201);

        String listed = body(send(owner, get("/api/v1/outcomes"), null, 200));

        assertThat((List<String>) JsonPath.read(listed, "$[*].date")).containsExactly("2026-03-02", "2026-04-06");
        assertThat((List<Double>) JsonPath.read(listed, "$[*].scores[0].score")).containsExactly(69.4, 75.0);
        assertThat(body(send(stranger, get("/api/v1/outcomes"), null, 200))).isEqualTo("[]");
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"date":"2026-03-02","answers":{"Z9":1}}                       | answers.Z9
            {"date":"2026-03-02","answers":{"p1":1}}                       | answers.p1
            {"date":"2026-03-02","answers":{"P10":1}}                      | answers.P10
            {"date":"2026-03-02","answers":{"P1":5}}                       | answers.P1
            {"date":"2026-03-02","answers":{"P1":-1}}                      | answers.P1
            {"date":"2026-03-02","answers":{"P1":null}}                    | answers.P1
            {"date":"2026-03-02","answers":{"P1":"two"}}                   | answers.P1
            {"date":"2026-03-02","answers":{"P1":1.5}}                     | answers.P1
            {"date":"2026-03-02","answers":{}}                             | answers
            {"date":"2026-03-02"}                                          | answers
            {"answers":{"P1":1}}                                           | date
            {"date":"1899-12-31","answers":{"P1":1}}                       | date
            {"date":"3026-03-02","answers":{"P1":1}}                       | date
            {"date":"2026-03-02","subscales":["KNEES"],"answers":{"P1":1}} | subscales[0]
            """)
    void refusesBadInputNamingTheFieldAndStoresNothing(String json, String field) throws Exception {
        MvcResult refused = send(owner, post("/api/v1/outcomes").with(malformedOnPurpose()), json, 400);

        assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat((List<String>) JsonPath.read(body(refused), "$.errors[*].field"))
                .contains(field);
        assertThat(body(send(owner, get("/api/v1/outcomes"), null, 200))).isEqualTo("[]");
    }

    @Test
    void namesEveryBadAnswerAndKeepsNoneOfTheGoodOnes() throws Exception {
        MvcResult refused = send(owner, post("/api/v1/outcomes").with(malformedOnPurpose()), """
                {"date":"2026-03-02","answers":{"P1":1,"P2":7,"X1":0,"PF3":2}}""", 400);

        assertThat((List<String>) JsonPath.read(body(refused), "$.errors[*].field"))
                .containsExactly("answers.P2", "answers.X1");
        assertThat((String) JsonPath.read(body(refused), "$.errors[0].message")).isEqualTo("must be 0–4");
        assertThat(body(send(owner, get("/api/v1/outcomes"), null, 200))).isEqualTo("[]");
    }

    @Test
    void aQuestionnaireIsReachableOnlyByItsOwner() throws Exception {
        int id = JsonPath.read(body(send(owner, post("/api/v1/outcomes"), PAIN_EXAMPLE, 201)), "$.id");

        send(stranger, get("/api/v1/outcomes/" + id), null, 404);
        send(stranger, delete("/api/v1/outcomes/" + id), null, 404);
        send(owner, get("/api/v1/outcomes/" + id), null, 200);

        send(owner, delete("/api/v1/outcomes/" + id), null, 204);
        send(owner, get("/api/v1/outcomes/" + id), null, 404);
        assertThat(body(send(owner, get("/api/v1/outcomes"), null, 200))).isEqualTo("[]");
    }

    @Test
    void thePainTrendHasNoWeeksWithoutAPlan() throws Exception {
        String trend = body(send(owner, get("/api/v1/outcomes/pain-trend"), null, 200));

        assertThat((Object) JsonPath.read(trend, "$.planStart")).isNull();
        assertThat((List<?>) JsonPath.read(trend, "$.weeks")).isEmpty();
    }

    @Test
    void thePainTrendCrossesTheLineWhenTheMorningsAreAThirdBetter() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate start = today.minusDays(22); // three whole weeks, and today in the fourth
        send(owner, post("/api/v1/plans"), """
                {"condition":"PATELLOFEMORAL_PAIN","targetActivity":"RUN","unit":"KM","startDate":"%s",
                 "weeklyGoal":20,"sessionsPerWeek":3}""".formatted(start), 201);
        int[] week1 = {5, 5, 6, 4};
        int[] week3 = {4, 3, 3, 4};
        for (int day = 0; day < 4; day++) {
            checkIn(start.plusDays(day), week1[day]);
            checkIn(start.plusWeeks(2).plusDays(day), week3[day]);
        }
        checkIn(start.plusWeeks(1), 5);

        String trend = body(send(owner, get("/api/v1/outcomes/pain-trend"), null, 200));

        assertThat((String) JsonPath.read(trend, "$.planStart")).isEqualTo(start.toString());
        assertThat((Integer) JsonPath.read(trend, "$.baseline.week")).isEqualTo(1);
        assertThat(((Number) JsonPath.read(trend, "$.baseline.pain")).doubleValue())
                .isEqualTo(5.0);
        assertThat(((Number) JsonPath.read(trend, "$.meaningfulChange.line")).doubleValue())
                .isEqualTo(3.5);
        assertThat((String) JsonPath.read(trend, "$.meaningfulChange.threshold"))
                .isEqualTo("THIRTY_PERCENT");
        assertThat((List<Integer>) JsonPath.read(trend, "$.weeks[*].reports")).containsExactly(4, 1, 4, 0);
        assertThat((Object) JsonPath.read(trend, "$.weeks[1].pain")).isNull();
        assertThat(((Number) JsonPath.read(trend, "$.weeks[2].pain")).doubleValue())
                .isEqualTo(3.5);
        assertThat((List<Boolean>) JsonPath.read(trend, "$.weeks[*].meaningful"))
                .containsExactly(false, false, true, false);
        assertThat((Integer) JsonPath.read(trend, "$.firstMeaningfulWeek")).isEqualTo(3);
    }

    private void checkIn(LocalDate date, int pain) throws Exception {
        send(owner, post("/api/v1/checkins"), "{\"date\":\"" + date + "\",\"morningPain\":" + pain + "}", 201);
    }

    private MvcResult send(String token, MockHttpServletRequestBuilder request, String json, int status)
            throws Exception {
        return ApiCalls.send(mvc, token, request, json, status);
    }
}
