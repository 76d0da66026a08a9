package dev.reload.exercises.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.reload.knee.Exercise;
import dev.reload.knee.ExerciseLibrary;
import dev.reload.support.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The exercise pages, anonymous: the list by programme, each exercise with its dose, and 404 for an unknown one. */
@WebSliceTest
class ExercisePagesControllerTests {

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
                        "alt=\"Stick figure with one foot well in front",
                        "3 sets of 10",
                        "60 seconds",
                        "3 times a week",
                        "href=\"/exercises/split-squat-supported\"",
                        "Easier: Split squat holding a support",
                        "href=\"/exercises/rear-foot-elevated-split-squat\"",
                        "Hip and knee strength",
                        "Kneecap pain (patellofemoral pain), IT band syndrome")
                .containsPattern("src=\"/img/exercises/split-squat-[0-9a-f]{32}\\.svg\"");
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
}
