package dev.reload.finder.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.reload.support.WebSliceTest;

import static dev.reload.support.ApiContract.malformedOnPurpose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The finder's API, anonymous: the ranking with reasons, the escalations, and each bad field named. */
@WebSliceTest
class FinderApiControllerTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Test
    void theApiRanksAllSixWithReasonsExplainersAndNotice() throws Exception {
        JsonNode answer = api("""
                {"regions": ["OUTER_KNEE"], "aggravators": ["RUNNING"], "age": 40,
                 "morningStiffnessMinutes": 10, "boneTenderness": false, "painOnHopping": false}
                """, 200);

        assertThat(answer.get("ranking")).hasSize(6);
        JsonNode top = answer.get("ranking").get(0);
        assertThat(top.get("condition").asString()).isEqualTo("IT_BAND_SYNDROME");
        assertThat(top.get("score").asInt()).isEqualTo(5);
        assertThat(top.get("explainer").asString()).isEqualTo("/library/conditions/it-band-syndrome");
        assertThat(top.get("startPlan").asString()).isEqualTo("/onboarding?condition=IT_BAND_SYNDROME");
        assertThat(top.get("reasons").get(1).asString())
                .isEqualTo("Outer-knee pain that comes on during runs points to the IT band.");
        assertThat(answer.get("notice").asString()).contains("not diagnosis");
        assertThat(answer.get("assessRecommended").asBoolean()).isFalse();
    }

    @Test
    void theApiRecommendsAnAssessmentForAnEmptyRequest() throws Exception {
        JsonNode answer = api("{}", 200);

        assertThat(answer.get("assessRecommended").asBoolean()).isTrue();
        assertThat(answer.get("notes").get(0).get("rule").asString()).isEqualTo("R7.assess");
        assertThat(answer.get("notes").get(0).get("code").asString()).isEqualTo("NO_ANSWERS");
    }

    @Test
    void theApiEscalatesBoneStress() throws Exception {
        JsonNode answer = api("{\"boneTenderness\": true, \"painAtNight\": true}", 200);

        assertThat(answer.get("ranking").get(0).get("condition").asString()).isEqualTo("BONE_STRESS");
        assertThat(answer.get("boneStressSuspected").asBoolean()).isTrue();
        assertThat(answer.get("notes").get(0).get("rule").asString()).isEqualTo("R7.bone-stress");
        assertThat(answer.get("notes").get(0).get("urgent").asBoolean()).isTrue();
    }

    @Test
    void theApiNamesEachBadField() throws Exception {
        JsonNode problem = api("{\"age\": 5, \"morningStiffnessMinutes\": -3}", 400, malformedOnPurpose());

        assertThat(problem.get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("age", "morningStiffnessMinutes");
    }

    @Test
    void theApiNamesAnUnknownRegion() throws Exception {
        JsonNode problem = api("{\"regions\": [\"OUTER_KNEE\", \"ELBOW\"]}", 400, malformedOnPurpose());

        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("regions[1]");
        assertThat(problem.get("errors").get(0).get("message").asString()).contains("OUTER_KNEE");
    }

    @Test
    void theApiNamesAnAgeThatIsNotANumber() throws Exception {
        JsonNode problem = api("{\"age\": \"forty\"}", 400, malformedOnPurpose());

        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("age");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            {"age": 110}                              | 200 |
            {"age": 111}                              | 400 | age
            {"age": 2147483648}                       | 400 | age
            {"age": 1e30}                             | 400 | age
            {"morningStiffnessMinutes": 600}          | 200 |
            {"morningStiffnessMinutes": 601}          | 400 | morningStiffnessMinutes
            {"morningStiffnessMinutes": -2147483649}  | 400 | morningStiffnessMinutes
            """)
    void theApiBoundsEachNumber(String body, int status, String field) throws Exception {
        JsonNode answer = status == 400 ? api(body, status, malformedOnPurpose()) : api(body, status);
        if (field != null) {
            assertThat(answer.get("errors").get(0).get("field").asString()).isEqualTo(field);
            assertThat(answer.toString()).doesNotContainIgnoringCase("java").doesNotContain("2147483647");
        }
    }

    private JsonNode api(String body, int status, RequestPostProcessor... marks) throws Exception {
        MockHttpServletRequestBuilder request = post(FinderApiController.PATH);
        for (RequestPostProcessor mark : marks) {
            request.with(mark);
        }
        MvcResult result = mvc.perform(
                        request.contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn();
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(status);
        return JSON.readTree(result.getResponse().getContentAsString());
    }
}
