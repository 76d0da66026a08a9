package dev.reload.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.Valid;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import dev.reload.account.AccountId;
import dev.reload.account.AccountPrincipal;
import dev.reload.account.AccountService;
import dev.reload.knee.Activity;
import dev.reload.knee.Condition;
import dev.reload.knee.ExerciseLibrary;
import dev.reload.knee.VolumeUnit;
import dev.reload.support.ApplicationTest;
import dev.reload.support.Visitor;
import dev.reload.system.web.InvalidFieldException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The knobs form fragment ({@code plan/knobs :: form}) wired the way a page that tunes a plan wires
 * it (the test's own page at /test/knobs, on the signed-in person's plan): labels, bounds as hints
 * and as min/max, errors naming the field's label from the annotations and from {@link PlanTuning},
 * and a valid form stored as changes.
 */
@ApplicationTest
@Import(KnobsFragmentIntegrationTests.Page.class)
class KnobsFragmentIntegrationTests {

    @TestConfiguration(proxyBeanMethods = false)
    @Import(Page.TuningPage.class)
    static class Page {

        @Controller
        static class TuningPage {

            private final PlanTuning tuning;
            private final ExerciseLibrary library;
            private final KnobWords words;
            private final PlanService plans;

            TuningPage(PlanTuning tuning, ExerciseLibrary library, KnobWords words, PlanService plans) {
                this.tuning = tuning;
                this.library = library;
                this.words = words;
                this.plans = plans;
            }

            @GetMapping("/test/knobs")
            String show(@AuthenticationPrincipal AccountPrincipal me, Model model) {
                model.addAttribute(
                        "knobsForm", KnobsForm.of(tuning.knobs(me.accountId()).orElseThrow()));
                return page(me.accountId(), model);
            }

            @PostMapping("/test/knobs")
            String save(
                    @AuthenticationPrincipal AccountPrincipal me,
                    @Valid @ModelAttribute("knobsForm") KnobsForm form,
                    BindingResult result,
                    Model model) {
                if (!result.hasErrors()) {
                    try {
                        tuning.change(me.accountId(), me.accountId(), form.toProposed());
                        return "redirect:/test/knobs";
                    } catch (InvalidFieldException refused) {
                        KnobsForm.reject(refused, result);
                    }
                }
                return page(me.accountId(), model);
            }

            private String page(AccountId owner, Model model) {
                model.addAttribute(
                        "knobsProgramme",
                        library.programmeFor(
                                plans.active(owner).orElseThrow().entry().condition()));
                model.addAttribute("library", library);
                model.addAttribute("knobLines", words.lines(tuning.knobs(owner).orElseThrow()));
                model.addAttribute(
                        "knobChanges",
                        tuning.changes(owner).stream()
                                .map(c -> words.sentence(c, owner))
                                .toList());
                return "test/knobs-page";
            }
        }
    }

    @Autowired
    private MockMvc mvc;

    @Autowired
    private AccountService accounts;

    @Autowired
    private PlanService plans;

    @Autowired
    private PlanTuning tuning;

    private Visitor person;
    private AccountId id;

    @BeforeEach
    void aTendonPlan() throws Exception {
        person = new Visitor(mvc);
        String email = person.register("fragment", "F");
        id = ((AccountPrincipal) accounts.loadUserByUsername(email)).accountId();
        plans.create(
                id,
                new PlanEntry(
                        Condition.PATELLAR_TENDINOPATHY,
                        Activity.RUN,
                        VolumeUnit.KM,
                        LocalDate.now(),
                        new BigDecimal("20"),
                        3,
                        null,
                        null,
                        null,
                        null,
                        null));
    }

    @Test
    void everyKnobHasItsLabelItsBoundsAndItsValue() throws Exception {
        String page = page(person.perform(get("/test/knobs")));

        assertThat(page)
                .contains("<label for=\"knob-stepPercent\">Weekly step (%)</label>")
                .contains("How much next week&#39;s amount grows after a week your knee tolerated: 5 to 15 %.")
                .containsPattern("id=\"knob-stepPercent\"[^>]*min=\"5\"[^>]*max=\"15\"")
                .containsPattern("id=\"knob-stopPain\"[^>]*min=\"5\"[^>]*max=\"7\"")
                .containsPattern("name=\"stepPercent\"[^>]*value=\"10\"")
                .contains("id=\"knob-exercise-LEG_PRESS_ISOMETRIC\"")
                .contains("No changes yet");
    }

    @Test
    void aValueOutOfBoundsIsShownWithTheFieldsLabelAndNothingIsStored() throws Exception {
        String page = page(submit("stepPercent", "16"));

        assertThat(page)
                .contains("The weekly step must be between 5 and 15 %, with at most two decimals.")
                .containsPattern("id=\"knob-stepPercent\"[^>]*aria-invalid=\"true\"");
        assertThat(tuning.changes(id)).isEmpty();
    }

    @Test
    void aChoiceThatLeavesAStageEmptyIsRefusedByTheServiceOnTheExercisesField() throws Exception {
        String page = page(submit("exercises", "LEG_PRESS_ISOMETRIC"));

        assertThat(page)
                .contains(
                        "The strength exercises must keep at least one exercise of the programme, and one of each stage.")
                .contains("id=\"knob-exercises-errors\"");
        assertThat(tuning.changes(id)).isEmpty();
    }

    @Test
    void aValidFormIsStoredAsChangesAndShownInWords() throws Exception {
        MvcResult saved = submit("stopPain", "5");
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/test/knobs");

        assertThat(tuning.knobs(id).orElseThrow().stopPain()).isEqualTo(5);
        assertThat(page(person.perform(get("/test/knobs"))))
                .contains("You changed the pain that stops a session from 6 out of 10 to 5 out of 10 on ");
    }

    /** The form as the page fills it, with {@code field} set to {@code value} (exercises: only that one). */
    private MvcResult submit(String field, String value) throws Exception {
        var request = post("/test/knobs").with(csrf()).param("save", "true");
        PlanKnobs knobs = tuning.knobs(id).orElseThrow();
        String[][] values = {
            {"stepPercent", knobs.stepPercent().toPlainString()},
            {"sessionsPerWeek", "" + knobs.sessionsPerWeek()},
            {"stopPain", "" + knobs.stopPain()},
            {"deloadEveryWeeks", "" + knobs.deloadEveryWeeks()},
            {"deloadPercent", knobs.deloadPercent().toPlainString()},
            {"strengthProgressPercent", knobs.strengthProgressPercent().toPlainString()},
            {"strengthRegressPercent", knobs.strengthRegressPercent().toPlainString()}
        };
        for (String[] pair : values) {
            request.param(pair[0], pair[0].equals(field) ? value : pair[1]);
        }
        if (field.equals("exercises")) {
            request.param("exercises", value);
        } else {
            request.param("exercises", knobs.exercises().toArray(String[]::new));
        }
        return person.perform(request);
    }

    private static String page(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString();
    }
}
