package dev.reload.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import jakarta.validation.Valid;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.reload.account.AccountId;
import dev.reload.account.AccountPrincipal;
import dev.reload.account.AccountService;
import dev.reload.account.PersonalClock;
import dev.reload.advice.WhatIf;
import dev.reload.advice.WhatIfAnswer;
import dev.reload.advice.WhatIfQuestion;
import dev.reload.knee.Activity;
import dev.reload.knee.Condition;
import dev.reload.knee.ExerciseLibrary;
import dev.reload.knee.VolumeUnit;
import dev.reload.support.ApiAccounts;
import dev.reload.support.ApplicationTest;
import dev.reload.support.Visitor;
import dev.reload.system.web.InvalidFieldException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The knobs form fragment ({@code plan/knobs :: form}) wired the way a page that tunes a plan wires
 * it (the test's own page at /test/knobs, on the signed-in person's plan): labels, bounds as hints
 * and as min/max, errors naming the field's label from the annotations and from {@link PlanTuning},
 * and a valid form stored as changes; and the API records of a knob change and a what-if through
 * a test API of the same shape.
 */
@ApplicationTest
@Import(KnobsFragmentIntegrationTests.Page.class)
class KnobsFragmentIntegrationTests {

    @TestConfiguration(proxyBeanMethods = false)
    @Import({Page.TuningPage.class, Page.TuningApi.class})
    static class Page {

        /**
         * The knob change and the what-if as the clinician's API exposes them, here on the caller's
         * own plan: the request and answer records and their mappers, checked against the OpenAPI
         * document like every other exchange.
         */
        @RestController
        @RequestMapping("/api/v1/test/own")
        static class TuningApi {

            private final PlanTuning tuning;
            private final WhatIf whatIf;
            private final KnobWords words;
            private final PersonalClock clock;

            TuningApi(PlanTuning tuning, WhatIf whatIf, KnobWords words, PersonalClock clock) {
                this.tuning = tuning;
                this.whatIf = whatIf;
                this.words = words;
                this.clock = clock;
            }

            @PutMapping("/knobs")
            KnobsChangeAnswer change(
                    @AuthenticationPrincipal AccountPrincipal me, @RequestBody PlanKnobsChange change) {
                List<KnobChange> changes = tuning.change(me.accountId(), me.accountId(), change.toProposed());
                return KnobsChangeAnswer.of(tuning.knobs(me.accountId()).orElseThrow(), changes, words, me.accountId());
            }

            @PostMapping("/what-if")
            WhatIfAnswer whatIf(
                    @AuthenticationPrincipal AccountPrincipal me, @Valid @RequestBody WhatIfQuestion question) {
                return whatIf.ask(me.accountId(), question.asOfOr(clock.today(me.accountId())), question.proposed());
            }
        }

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

    @Test
    void theApiRecordsCarryAChangeAndAWhatIf() throws Exception {
        String token = ApiAccounts.newToken(mvc);
        AccountId owner = new AccountId(((Number) JsonPath.read(
                        mvc.perform(get("/api/v1/account").header("Authorization", "Bearer " + token))
                                .andReturn()
                                .getResponse()
                                .getContentAsString(),
                        "$.id"))
                .longValue());
        plans.create(owner, plans.active(id).orElseThrow().entry());

        MvcResult whatIf = mvc.perform(post("/api/v1/test/own/what-if")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"knobs\":{\"exercises\":[\"WALL_SIT_ISOMETRIC\",\"SQUAT\",\"JUMP_SQUAT\"]}}"))
                .andReturn();
        assertThat(whatIf.getResponse().getStatus())
                .as(whatIf.getResponse().getContentAsString())
                .isEqualTo(200);
        String answer = whatIf.getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(answer, "$.whatIf.programme"))
                .containsExactly("WALL_SIT_ISOMETRIC", "SQUAT", "JUMP_SQUAT");
        assertThat((String) JsonPath.read(answer, "$.differences[0].what")).isEqualTo("programme");
        assertThat(tuning.changes(owner)).isEmpty();

        MvcResult refused = mvc.perform(put("/api/v1/test/own/knobs")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"stopPain\":9,\"deloadPercent\":50}"))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat((List<String>) JsonPath.read(refused.getResponse().getContentAsString(), "$.errors[*].field"))
                .containsExactly("stopPain", "deloadPercent");

        MvcResult changed = mvc.perform(put("/api/v1/test/own/knobs")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"stepPercent\":7.5}"))
                .andReturn();
        assertThat(changed.getResponse().getStatus())
                .as(changed.getResponse().getContentAsString())
                .isEqualTo(200);
        String body = changed.getResponse().getContentAsString();
        assertThat(((Number) JsonPath.read(body, "$.knobs.stepPercent")).doubleValue())
                .isEqualTo(7.5);
        assertThat((String) JsonPath.read(body, "$.changes[0].description"))
                .startsWith("You changed the weekly step from 10 % to 7.5 % on ");
    }

    private static String page(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString();
    }
}
