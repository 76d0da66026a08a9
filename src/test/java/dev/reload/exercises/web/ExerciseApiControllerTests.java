package dev.reload.exercises.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.reload.knee.Exercise;
import dev.reload.knee.ExerciseLibrary;
import dev.reload.support.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The exercise API, anonymous: the whole library, one exercise by id or slug, and its illustration. */
@WebSliceTest
class ExerciseApiControllerTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    ExerciseLibrary library;

    @Test
    void everyExerciseHasAnIllustrationThatExistsWithItsAltText() throws Exception {
        for (Exercise exercise : library.exercises()) {
            JsonNode one = api("/" + exercise.id(), 200);
            String image = one.get("illustration").asString();
            assertThat(mvc.perform(get(image)).andReturn().getResponse().getStatus())
                    .as(image)
                    .isEqualTo(200);
            assertThat(one.get("illustrationAlt").asString()).as(exercise.id()).startsWith("Stick figure");
        }
    }

    @Test
    void theApiListsTheWholeLibrary() throws Exception {
        JsonNode all = api("", 200);

        assertThat(all).hasSize(library.exercises().size());
        JsonNode clamshell = all.get(0);
        assertThat(clamshell.get("id").asString()).isEqualTo("CLAMSHELL");
        assertThat(clamshell.get("dose").get("sets").asInt()).isEqualTo(3);
        assertThat(clamshell.get("doseText").asString()).isEqualTo("3 sets of 12");
        assertThat(clamshell.get("page").asString()).isEqualTo("/exercises/clamshell");
        assertThat(clamshell.get("conditions").valueStream().map(JsonNode::asString))
                .contains("PATELLOFEMORAL_PAIN", "IT_BAND_SYNDROME", "BONE_STRESS");
    }

    @Test
    void theApiAnswersOneExerciseByIdOrSlug() throws Exception {
        JsonNode squat = api("/SQUAT", 200);
        assertThat(squat.get("harder").asString()).isEqualTo("JUMP_SQUAT");
        assertThat(squat.get("programmes").get(0).get("stage").asString()).isEqualTo("2. Slow heavy resistance");

        assertThat(api("/box-squat", 200).get("id").asString()).isEqualTo("BOX_SQUAT");
    }

    @Test
    void theApiAnswersAnUnknownExerciseWithProblemJson() throws Exception {
        MvcResult result =
                mvc.perform(get(ExerciseApiController.PATH + "/NOPE")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(JSON.readTree(result.getResponse().getContentAsString())
                        .get("detail")
                        .asString())
                .contains("exercise");
    }

    private JsonNode api(String suffix, int status) throws Exception {
        MvcResult result = mvc.perform(get(ExerciseApiController.PATH + suffix)).andReturn();
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(status);
        return JSON.readTree(result.getResponse().getContentAsString());
    }
}
