package dev.reload.exercises.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.reload.knee.Exercise;
import dev.reload.knee.ExerciseLibrary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The exercise pages and API, anonymous, on the whole application. */
@SpringBootTest
@AutoConfigureMockMvc
class ExerciseIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    ExerciseLibrary library;

    @Test
    void theListGroupsEveryExerciseByProgrammeThenStretchesThenVariants() throws Exception {
        MvcResult result = mvc.perform(get("/exercises")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String page = result.getResponse().getContentAsString();
        assertThat(page)
                .contains(
                        "Hip and knee strength",
                        "Staged tendon loading",
                        "Stretches",
                        "Easier and harder versions",
                        "Kneecap pain (patellofemoral pain)",
                        "IT band syndrome",
                        "2. Slow heavy resistance",
                        "Move on when pain stays under 4/10");
        for (Exercise exercise : library.exercises()) {
            assertThat(page)
                    .as(exercise.id())
                    .contains("href=\"/exercises/" + exercise.id().toLowerCase().replace('_', '-') + "\"");
        }
        assertThat(page).doesNotContain("style=");
    }

    @Test
    void anExercisePageShowsHowToIllustrationDoseVariantsAndConditions() throws Exception {
        MvcResult result = mvc.perform(get("/exercises/split-squat")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String page = result.getResponse().getContentAsString();
        assertThat(page)
                .contains(
                        "<h1>Split squat</h1>",
                        "Stand with one foot a long stride ahead",
                        "src=\"/img/exercises/split-squat.svg\"",
                        "alt=\"Stick figure with one foot well in front",
                        "3 sets of 10",
                        "60 seconds",
                        "3 times a week",
                        "href=\"/exercises/split-squat-supported\"",
                        "Easier: Split squat holding a support",
                        "href=\"/exercises/rear-foot-elevated-split-squat\"",
                        "Hip and knee strength",
                        "Kneecap pain (patellofemoral pain), IT band syndrome");
    }

    @Test
    void aStagedExerciseNamesItsStageAndAHoldItsHoldTime() throws Exception {
        String page = mvc.perform(get("/exercises/leg-press-isometric"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains(
                        "5 holds of 45 seconds",
                        "2 minutes",
                        "stage 1. Isometric holds",
                        "Patellar tendinopathy (jumper’s knee), Pes anserine tendinopathy or bursitis");
    }

    @Test
    void anImpactExerciseWarnsAboutBoneStress() throws Exception {
        String page = mvc.perform(get("/exercises/single-leg-hop"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("This is an impact exercise", "This is the hardest version.");
    }

    @Test
    void aVariantNoProgrammeNamesPointsToTheExerciseItVaries() throws Exception {
        String page = mvc.perform(get("/exercises/clamshell-band"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains(
                        "It is a step up or down from",
                        "href=\"/exercises/clamshell\"",
                        "which plans use for: Kneecap pain (patellofemoral pain), IT band syndrome, Bone stress reaction.");
    }

    @Test
    void theApiIsDocumented() throws Exception {
        String docs = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();

        assertThat(docs).contains("/api/v1/exercises/{id}", "Every exercise of the library");
    }

    @Test
    void theLibraryIdWorksAsAnAddressToo() throws Exception {
        assertThat(mvc.perform(get("/exercises/SPLIT_SQUAT"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-such-exercise", "split-squat-x", "a"})
    void anUnknownExerciseIsAFriendlyNotFoundPage(String id) throws Exception {
        MvcResult result =
                mvc.perform(get("/exercises/" + id).accept(MediaType.TEXT_HTML)).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(404);
    }

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
