package dev.reload.advice.web;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import dev.reload.log.CheckInEntry;
import dev.reload.log.CheckInService;
import dev.reload.log.StrengthEntry;
import dev.reload.log.StrengthService;
import dev.reload.support.WebSliceTest;

import static dev.reload.support.WebSlice.ME;
import static dev.reload.support.WebSlice.TODAY;
import static dev.reload.support.WebSlice.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** Logging from Today: the check-in card and the strength checklist's one tap. */
@WebSliceTest
class TodayLogControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CheckInService checkIns;

    @Autowired
    StrengthService strength;

    @Test
    void theCheckInCardSavesTodaysMorningAndReturnsToToday() throws Exception {
        mvc.perform(post("/today/checkin")
                        .with(signedIn())
                        .with(csrf())
                        .param("morningPain", "2")
                        .param("morningStiffness", "1"))
                .andExpect(redirectedUrl("/today"))
                .andExpect(flash().attribute("notice", "log.saved.checkIn"));

        then(checkIns).should().record(ME, new CheckInEntry(TODAY, 2, 1, null, null, null));
    }

    @Test
    void aCheckInWithoutThePainIsRefusedAndNothingIsSaved() throws Exception {
        mvc.perform(post("/today/checkin").with(signedIn()).with(csrf()).param("morningStiffness", "1"))
                .andExpect(redirectedUrl("/today#checkin-heading"))
                .andExpect(flash().attribute("checkInError", true));
        mvc.perform(post("/today/checkin").with(signedIn()).with(csrf()).param("morningPain", "11"))
                .andExpect(flash().attribute("checkInError", true));

        then(checkIns).should(never()).record(any(), any());
    }

    @Test
    void oneTapOnThePainScaleSavesTheExerciseAsPrescribedAndShowsItDoneInPlace() throws Exception {
        mvc.perform(post("/today/strength")
                        .with(signedIn())
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("exercise", "SPLIT_SQUAT")
                        .param("sets", "3")
                        .param("reps", "10")
                        .param("loadKg", "12.5")
                        .param("painDuring", "2"))
                .andExpect(status().isOk())
                .andExpect(view().name(TodayLogController.STRENGTH_ITEM_FRAGMENT))
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"strength-SPLIT_SQUAT\""),
                                containsString("Done today, pain 2."),
                                containsString("at 12.5 kg"),
                                not(containsString("<html")),
                                not(containsString("hx-post")))));

        ArgumentCaptor<StrengthEntry> saved = ArgumentCaptor.forClass(StrengthEntry.class);
        then(strength).should().add(eq(ME), saved.capture());
        assertThat(saved.getValue())
                .isEqualTo(new StrengthEntry(TODAY, "SPLIT_SQUAT", 3, 10, new BigDecimal("12.5"), 2, null, null));
    }

    @Test
    void aHoldKeepsItsSeconds() throws Exception {
        mvc.perform(post("/today/strength")
                        .with(signedIn())
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("exercise", "WALL_SIT")
                        .param("sets", "3")
                        .param("reps", "1")
                        .param("loadKg", "0")
                        .param("holdSec", "30")
                        .param("painDuring", "0"))
                .andExpect(content().string(allOf(containsString("3 holds of 30 s"), not(containsString("× 1")))));

        then(strength).should().add(ME, new StrengthEntry(TODAY, "WALL_SIT", 3, 1, BigDecimal.ZERO, 0, 30, null));

        mvc.perform(post("/today/strength")
                        .with(signedIn())
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("exercise", "SIDE_PLANK")
                        .param("sets", "3")
                        .param("reps", "3")
                        .param("loadKg", "0")
                        .param("holdSec", "20")
                        .param("painDuring", "1"))
                .andExpect(content().string(containsString("3 × 3 holds of 20 s")));
    }

    @Test
    void withoutAPainTheItemComesBackWithItsErrorAndNothingIsSaved() throws Exception {
        mvc.perform(post("/today/strength")
                        .with(signedIn())
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("exercise", "SPLIT_SQUAT")
                        .param("sets", "3")
                        .param("reps", "10")
                        .param("loadKg", "12.5"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Choose the worst pain, from 0 to 10, to save this exercise."),
                                containsString("aria-invalid=\"true\""),
                                containsString("hx-post=\"/today/strength\""))));

        then(strength).should(never()).add(any(), any());
    }

    @Test
    void withoutJavaScriptTheFormPostsAndTodayComesBackAtTheExercise() throws Exception {
        mvc.perform(post("/today/strength")
                        .with(signedIn())
                        .with(csrf())
                        .param("exercise", "SPLIT_SQUAT")
                        .param("sets", "3")
                        .param("reps", "10")
                        .param("loadKg", "12.5")
                        .param("painDuring", "3"))
                .andExpect(redirectedUrl("/today#strength-SPLIT_SQUAT"));

        then(strength).should().add(eq(ME), any());
    }

    @Test
    void anExerciseOutsideTheLibraryIsNotFound() throws Exception {
        mvc.perform(post("/today/strength")
                        .with(signedIn())
                        .with(csrf())
                        .param("exercise", "NO_SUCH")
                        .param("sets", "3")
                        .param("reps", "10")
                        .param("loadKg", "0")
                        .param("painDuring", "3"))
                .andExpect(status().isNotFound());

        then(strength).should(never()).add(any(), any());
    }
}
