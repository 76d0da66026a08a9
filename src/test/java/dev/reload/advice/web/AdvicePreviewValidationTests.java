package dev.reload.advice.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.reload.advice.AdviceScenarios;
import dev.reload.support.WebSliceTest;

import static dev.reload.support.ApiContract.malformedOnPurpose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Malformed or invalid preview requests answer 400 {@code application/problem+json} naming each
 * bad field in {@code errors[].field} (api.md, "Errors"). The field-level body comes from the
 * application's problem handler ({@code ApiExceptionHandler}), which the web slice has as the
 * application does.
 */
@WebSliceTest
class AdvicePreviewValidationTests {

    @Autowired
    MockMvc mvc;

    static ObjectNode example() {
        return (ObjectNode) AdviceScenarios.load("classpath*:advice/examples/progress-minutes.json")
                .get(0)
                .request()
                .deepCopy();
    }

    MvcResult send(String body, RequestPostProcessor... marks) throws Exception {
        MockHttpServletRequestBuilder request = post(AdvicePreviewController.PATH);
        for (RequestPostProcessor mark : marks) {
            request.with(mark);
        }
        return mvc.perform(request.with(csrf())
                        .with(user("preview"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn();
    }

    List<String> badFields(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(400);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        JsonNode body = AdviceScenarios.JSON.readTree(result.getResponse().getContentAsString());
        List<String> fields = new ArrayList<>();
        body.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    void assertRejected(Consumer<ObjectNode> breakIt, String field) throws Exception {
        ObjectNode request = example();
        breakIt.accept(request);
        assertThat(badFields(send(request.toString(), malformedOnPurpose()))).contains(field);
    }

    @ParameterizedTest(name = "sessions[1].{0} = {1}")
    @CsvSource({"painDuring, 11", "painDuring, -1", "painAfter, 12", "volume, -5", "rpe, 11"})
    void rejectsASessionValueOutOfRangeNamingTheField(String field, int value) throws Exception {
        assertRejected(r -> ((ObjectNode) r.withArray("sessions").get(1)).put(field, value), "sessions[1]." + field);
    }

    @Test
    void rejectsAMorningPainAboveTen() throws Exception {
        assertRejected(
                r -> ((ObjectNode) r.withArray("checkins").get(2)).put("morningPain", 11), "checkins[2].morningPain");
    }

    @ParameterizedTest(name = "missing {0}")
    @CsvSource({"asOf", "plan"})
    void rejectsAMissingRequiredFieldNamingIt(String field) throws Exception {
        assertRejected(r -> r.remove(field), field);
    }

    @ParameterizedTest(name = "missing plan.{0}")
    @CsvSource({"condition", "targetActivity", "unit", "startDate", "weeklyGoal", "sessionsPerWeek"})
    void rejectsAMissingPlanFieldNamingIt(String field) throws Exception {
        assertRejected(r -> ((ObjectNode) r.get("plan")).remove(field), "plan." + field);
    }

    @ParameterizedTest(name = "plan.progressionPercent = {0}")
    @CsvSource({"4", "16"})
    void rejectsAProgressionStepOutsideItsBounds(int step) throws Exception {
        assertRejected(r -> ((ObjectNode) r.get("plan")).put("progressionPercent", step), "plan.progressionPercent");
    }

    @ParameterizedTest(name = "knobs.{0} = {1}")
    @CsvSource({
        "stopPain, 8",
        "deloadEveryWeeks, 2",
        "deloadPercent, 90",
        "strengthProgressPercent, 20",
        "strengthRegressPercent, 5"
    })
    void rejectsAKnobOutsideItsBoundsNamingIt(String knob, int value) throws Exception {
        assertRejected(r -> r.putObject("knobs").put(knob, value), "knobs." + knob);
    }

    @ParameterizedTest(name = "knobs.exercises = {0}")
    @CsvSource(delimiter = '|', textBlock = """
            SQUAT
            CLAMSHELL,CLAMSHELL
            ''
            """)
    void rejectsAnExerciseChoiceOutsideTheProgrammeNamingIt(String ids) throws Exception {
        assertRejected(
                r -> {
                    ArrayNode exercises = r.putObject("knobs").putArray("exercises");
                    for (String id : ids.isEmpty() ? new String[0] : ids.split(",")) {
                        exercises.add(id);
                    }
                },
                "knobs.exercises");
    }

    @Test
    void rejectsAnExerciseOutsideTheLibraryNamingTheField() throws Exception {
        assertRejected(
                r -> {
                    ArrayNode strength = r.putArray("strength");
                    strength.addObject()
                            .put("date", "2026-05-05")
                            .put("exercise", "CLAMSHELL")
                            .put("sets", 3)
                            .put("reps", 12)
                            .put("loadKg", 0)
                            .put("painDuring", 1);
                    strength.addObject()
                            .put("date", "2026-05-06")
                            .put("exercise", "BURPEE")
                            .put("sets", 3)
                            .put("reps", 12)
                            .put("loadKg", 0)
                            .put("painDuring", 1);
                },
                "strength[1].exercise");
    }

    @Test
    void rejectsAWrongTypeNamingTheField() throws Exception {
        assertRejected(
                r -> ((ObjectNode) r.withArray("sessions").get(0)).put("painDuring", "quite bad"),
                "sessions[0].painDuring");
    }

    @Test
    void rejectsAnUnknownEnumValue() throws Exception {
        assertRejected(r -> ((ObjectNode) r.get("plan")).put("condition", "BROKEN_KNEE"), "plan.condition");
    }

    @Test
    void rejectsMalformedJson() throws Exception {
        MvcResult result = send("{\"asOf\": \"2026-05-25\", \"plan\": {", malformedOnPurpose());
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void ignoresUnknownFields() throws Exception {
        ObjectNode request = example();
        request.put("favouriteColour", "green");
        ((ObjectNode) request.get("plan")).put("nickname", "spring plan");
        assertThat(send(request.toString()).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void acceptsAnEmptyLog() throws Exception {
        ObjectNode request = example();
        request.remove(List.of("sessions", "checkins", "strength", "screening", "painOnset", "assessment"));
        MvcResult result = send(request.toString());
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        JsonNode body = AdviceScenarios.JSON.readTree(result.getResponse().getContentAsString());
        assertThat(body.get("lastSessionResponse").isNull()).isTrue();
        assertThat(body.get("contributors").isEmpty()).isTrue();
        assertThat(Map.of("light", body.get("light").asString())).containsEntry("light", "GREEN");
    }

    @Test
    void rejectsAnAsOfMoreThanAHundredYearsAfterTheStart() throws Exception {
        assertRejected(r -> r.put("asOf", "2140-01-01"), "asOf");
    }
}
