package dev.reload.finder.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.reload.support.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The finder's pages, anonymous: the form with the knee map, the ranking, and refused answers. */
@WebSliceTest
class FinderPagesControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void anyoneSeesTheFormWithTheKneeMapAndEveryQuestion() throws Exception {
        MvcResult result = mvc.perform(get("/finder")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String page = result.getResponse().getContentAsString();
        assertThat(page)
                .contains(
                        "Which knee problem fits your pain?",
                        "education, not a diagnosis",
                        "class=\"knee-map\"",
                        "data-region=\"INNER_BELOW_JOINT_LINE\"",
                        "Front view",
                        "View from the outer side",
                        "name=\"regions\" value=\"BONY_POINT\"",
                        "name=\"aggravators\" value=\"JUMPING\"",
                        "name=\"age\"",
                        "name=\"morningStiffnessMinutes\"",
                        "name=\"boneTenderness\"",
                        "name=\"painOnHopping\"",
                        "name=\"painAtNight\"")
                .containsPattern("/js/finder-[0-9a-f]{32}\\.js");
        assertThat(page).doesNotContain("style=", " onclick");
    }

    @Test
    void postingTheFormRanksTheConditionsWithReasonsAndLinks() throws Exception {
        MvcResult result = mvc.perform(post("/finder")
                        .with(csrf())
                        .param("regions", "OUTER_KNEE")
                        .param("aggravators", "RUNNING", "DOWNHILL")
                        .param("age", "34")
                        .param("morningStiffnessMinutes", ""))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String page = result.getResponse().getContentAsString();
        assertThat(page)
                .contains(
                        "What fits your answers",
                        "education, not a diagnosis",
                        "Outer-knee pain that comes on during runs points to the IT band.",
                        "href=\"/library/conditions/it-band-syndrome\"",
                        "href=\"/onboarding?condition=IT_BAND_SYNDROME\"",
                        "Fits well");
        assertThat(page.indexOf("IT band syndrome")).isLessThan(page.indexOf("Kneecap pain (patellofemoral pain)"));
        assertThat(page).doesNotContain("A clinician can tell");
    }

    @Test
    void changeMyAnswersReopensTheFormFilledIn() throws Exception {
        String result = mvc.perform(post("/finder")
                        .with(csrf())
                        .param("regions", "OUTER_KNEE", "JOINT_LINE")
                        .param("aggravators", "CYCLING")
                        .param("age", "52")
                        .param("painAtNight", "true"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String link = "/finder?regions=OUTER_KNEE&regions=JOINT_LINE&aggravators=CYCLING&age=52&painAtNight=true";
        assertThat(result).contains("href=\"" + link.replace("&", "&amp;") + "\"");

        String form = mvc.perform(get(link)).andReturn().getResponse().getContentAsString();
        assertThat(form)
                .containsPattern("value=\"OUTER_KNEE\"[^>]*checked")
                .containsPattern("value=\"JOINT_LINE\"[^>]*checked")
                .containsPattern("value=\"CYCLING\"[^>]*checked")
                .containsPattern("id=\"painAtNight\"[^>]*checked")
                .contains("value=\"52\"")
                .doesNotContainPattern("value=\"BONY_POINT\"[^>]*checked");
    }

    @Test
    void aTamperedQueryStringStillShowsTheForm() throws Exception {
        assertThat(mvc.perform(get("/finder?age=old&regions=ELBOW"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void notSureWhereItHurtsOffersSeeingAClinician() throws Exception {
        String page = mvc.perform(post("/finder").with(csrf()).param("unsureWhere", "true"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("Not sure? A clinician can tell", "Rule R7.assess", "href=\"/onboarding?condition=UNSURE\"");
    }

    @Test
    void boneStressSignsShowAnUrgentNoteBeforeAnything() throws Exception {
        String page = mvc.perform(post("/finder")
                        .with(csrf())
                        .param("regions", "BONY_POINT")
                        .param("boneTenderness", "true")
                        .param("painOnHopping", "true"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("role=\"alert\"", "see a clinician before you do any again", "Rule R7.bone-stress");
        assertThat(page.indexOf("Bone stress reaction")).isLessThan(page.indexOf("IT band syndrome"));
    }

    @Test
    void aBadAgeIsRefusedNextToItsFieldAndTheAnswersAreKept() throws Exception {
        MvcResult result = mvc.perform(post("/finder")
                        .with(csrf())
                        .param("regions", "JOINT_LINE")
                        .param("age", "7")
                        .param("morningStiffnessMinutes", "lots"))
                .andReturn();

        String page = result.getResponse().getContentAsString();
        assertThat(page)
                .contains(
                        "id=\"age-errors\"",
                        "Enter an age between 10 and 110",
                        "id=\"morningStiffnessMinutes-errors\"",
                        "Enter the minutes as a whole number",
                        "aria-invalid=\"true\"");
        assertThat(page).containsPattern("value=\"JOINT_LINE\"[^>]*checked");
    }

    @Test
    void theFormNeedsACsrfToken() throws Exception {
        assertThat(mvc.perform(post("/finder").param("regions", "OUTER_KNEE"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }
}
