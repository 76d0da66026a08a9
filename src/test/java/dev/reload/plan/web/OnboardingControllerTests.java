package dev.reload.plan.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

import dev.reload.knee.Activity;
import dev.reload.knee.Condition;
import dev.reload.knee.RedFlag;
import dev.reload.knee.VolumeUnit;
import dev.reload.plan.OnboardingDrafts;
import dev.reload.plan.PlanEntry;
import dev.reload.plan.PlanService;
import dev.reload.plan.ScreeningEntry;
import dev.reload.support.WebSliceTest;

import static dev.reload.support.WebSlice.ME;
import static dev.reload.support.WebSlice.TODAY;
import static dev.reload.support.WebSlice.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Onboarding, one question per screen: each step's page, Back and Continue, what a wrong answer
 * says, the urgent and the clinician branches, and the draft stored from one step to the next.
 */
@WebSliceTest
class OnboardingControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanService plans;

    @Autowired
    OnboardingDrafts drafts;

    @Autowired
    JsonMapper json;

    /** The person's stored draft: it carries the answers from one step to the next. */
    DraftsInMemory stored;

    @BeforeEach
    void noDraftYet() {
        stored = new DraftsInMemory(drafts, json, ME);
    }

    @Test
    void startingRemembersAConditionFromTheFinderAndOpensTheSafetyScreen() throws Exception {
        mvc.perform(get("/onboarding").param("condition", "IT_BAND_SYNDROME").with(signedIn()))
                .andExpect(redirectedUrl("/onboarding/safety"));

        assertThat(draft().getCondition()).isEqualTo(Condition.IT_BAND_SYNDROME);
    }

    @Test
    void theSafetyScreenListsEveryRedFlagAsACheckboxWithItsLabel() throws Exception {
        mvc.perform(get("/onboarding/safety").with(signedIn()))
                .andExpect(status().isOk())
                .andExpect(view().name(OnboardingController.VIEW))
                .andExpect(content()
                        .string(allOf(
                                containsString("<title>First, a safety check – Set up your plan – Reload</title>"),
                                containsString("Step 1 of 6"),
                                containsString("<progress class=\"step-progress\" value=\"1\" max=\"6\""),
                                containsString("type=\"checkbox\" value=\"HOT_SWOLLEN_FEVER\" id=\"redFlags1\""
                                        + " name=\"redFlags\""),
                                containsString("<label for=\"redFlags1\">The knee is hot, red and swollen"),
                                containsString("value=\"WEIGHT_LOSS_OR_CANCER\""),
                                containsString("action=\"/onboarding/safety\""),
                                containsString("name=\"_csrf\""),
                                containsString(">Continue</button>"),
                                not(containsString("value=\"back\"")))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            condition    | 2 | Where and how does it hurt?              | Pain on the outer side of the knee
            activity     | 3 | What do you want to get back to?         | kilometres
            dose         | 4 | Where are you now, and where are you going? | Your weekly goal (kilometres)
            contributors | 5 | What might have added to it?             | How many seconds can you hold a side plank
            onset        | 6 | When did it start?                       | Start the plan on
            """)
    void eachStepRendersItsQuestionWithBackAndContinue(String step, int number, String title, String question)
            throws Exception {
        screened();
        stored.put(withUnit(draft()));

        mvc.perform(get("/onboarding/" + step).with(signedIn()))
                .andExpect(status().isOk())
                .andExpect(model().attribute("step", step))
                .andExpect(content()
                        .string(allOf(
                                containsString("Step " + number + " of 6"),
                                containsString("<h1>" + title + "</h1>"),
                                containsString(question),
                                containsString("action=\"/onboarding/" + step + "\""),
                                containsString("name=\"action\" value=\"back\""),
                                containsString(number == 6 ? ">Make my plan</button>" : ">Continue</button>"))));
    }

    @Test
    void theLastStepStartsThePlanTodayUnlessToldOtherwise() throws Exception {
        screened();

        mvc.perform(get("/onboarding/onset").with(signedIn()))
                .andExpect(content().string(matchesPattern("(?s).*id=\"startDate\"[^>]*value=\"2026-03-11\".*")));
    }

    @Test
    void skippingTheSafetyScreenIsNotPossible() throws Exception {
        mvc.perform(get("/onboarding/dose").with(signedIn())).andExpect(redirectedUrl("/onboarding/safety"));
    }

    @Test
    void anUnknownStepIsNotFound() throws Exception {
        mvc.perform(get("/onboarding/payment").with(signedIn())).andExpect(status().isNotFound());
    }

    @Test
    void continueKeepsTheAnswerInTheDraftAndGoesToTheNextStep() throws Exception {
        screened();

        step("condition", "condition", "PATELLAR_TENDINOPATHY").andExpect(redirectedUrl("/onboarding/activity"));
        step("activity", "targetActivity", "RUN", "unit", "KM").andExpect(redirectedUrl("/onboarding/dose"));

        OnboardingDraft draft = draft();
        assertThat(draft.getCondition()).isEqualTo(Condition.PATELLAR_TENDINOPATHY);
        assertThat(draft.getTargetActivity()).isEqualTo(Activity.RUN);
        assertThat(draft.getUnit()).isEqualTo(VolumeUnit.KM);
        mvc.perform(get("/onboarding/activity").with(signedIn()))
                .andExpect(content()
                        .string(allOf(
                                matchesPattern("(?s).*value=\"RUN\"[^>]*checked=\"checked\".*"),
                                matchesPattern("(?s).*value=\"KM\"[^>]*checked=\"checked\".*"))));
    }

    @Test
    void backGoesToTheStepBeforeWithoutCheckingTheAnswers() throws Exception {
        screened();

        step("dose", "action", "back", "weeklyGoal", "lots").andExpect(redirectedUrl("/onboarding/activity"));
        step("safety", "action", "back").andExpect(redirectedUrl("/onboarding/safety"));
    }

    @Test
    void aStepWithAMissingAnswerSaysSoAndStays() throws Exception {
        screened();

        step("condition")
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"condition-errors\""),
                                containsString("Please answer this question."))));
        step("dose", "weeklyGoal", "lots")
                .andExpect(status().isOk())
                .andExpect(model().attribute("step", "dose"))
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"weeklyGoal-errors\""),
                                containsString("Enter a number, like 4 or 4.5."),
                                matchesPattern("(?s).*id=\"weeklyGoal\"[^>]*aria-invalid=\"true\".*"))));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            activity     | targetActivity=JUMP_SPORT&unit=KM             | Count this activity in kilometres or minutes; jumps are for jumping sports.
            dose         | weeklyGoal=10&tolerableDose=12&sessionsPerWeek=3 | One session cannot be more than the weekly goal.
            dose         | weeklyGoal=0&sessionsPerWeek=3                | Enter more than 0.
            dose         | weeklyGoal=10&sessionsPerWeek=15              | Plan between 1 and 14 sessions a week.
            contributors | age=7                                         | Enter an age between 10 and 110.
            contributors | sleepHoursTypical=25                          | Enter hours between 0 and 24.
            onset        | startDate=2026-03-11&painOnset=2026-03-12     | The day the pain began cannot be in the future.
            onset        | startDate=2026-04-01                          | Start within the next two weeks.
            """)
    void aWrongAnswerIsExplainedNextToItsQuestion(String step, String answers, String message) throws Exception {
        screened();
        var request = post("/onboarding/" + step).with(signedIn()).with(csrf());
        for (String pair : answers.split("&")) {
            String[] nameValue = pair.split("=");
            request.param(nameValue[0], nameValue[1]);
        }

        mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(model().attribute("step", step))
                .andExpect(content().string(containsString(message)));
        then(plans).should(never()).create(any(), any());
    }

    @Test
    void anUrgentFlagStopsOnboardingAndIsKept() throws Exception {
        step("safety", "redFlags", "CANNOT_BEAR_WEIGHT")
                .andExpect(status().isOk())
                .andExpect(view().name(OnboardingController.URGENT_VIEW))
                .andExpect(content()
                        .string(allOf(
                                containsString("Please get medical help today"),
                                containsString("After a fall or twist you cannot take four steps"),
                                containsString("href=\"/onboarding/safety\""))));

        ArgumentCaptor<ScreeningEntry> screen = ArgumentCaptor.forClass(ScreeningEntry.class);
        then(plans).should().screen(eq(ME), screen.capture());
        assertThat(screen.getValue().answeredOn()).isEqualTo(TODAY);
        assertThat(screen.getValue().redFlags()).containsExactly(RedFlag.CANNOT_BEAR_WEIGHT);
        mvc.perform(get("/onboarding/condition").with(signedIn())).andExpect(redirectedUrl("/onboarding/safety"));
        then(plans).should(never()).create(any(), any());
    }

    @Test
    void aClinicianFlagOffersNonImpactActivityOnly() throws Exception {
        step("safety", "redFlags", "LOCKING")
                .andExpect(status().isOk())
                .andExpect(view().name(OnboardingController.CLINICIAN_VIEW))
                .andExpect(content()
                        .string(allOf(
                                containsString("See a clinician before loading the knee"),
                                containsString("The knee locks: it gets stuck and will not straighten"),
                                containsString("action=\"/onboarding/non-impact\""))));
        then(plans).should(never()).screen(any(), any());

        mvc.perform(post("/onboarding/non-impact").with(signedIn()).with(csrf()))
                .andExpect(redirectedUrl("/onboarding/condition"));
        assertThat(draft().isNonImpactOnly()).isTrue();
        mvc.perform(get("/onboarding/activity").with(signedIn()))
                .andExpect(content()
                        .string(allOf(
                                containsString("Until a clinician has seen your knee"),
                                containsString("value=\"CYCLE\""),
                                containsString("value=\"SWIM\""),
                                not(containsString("value=\"RUN\"")))));
        step("activity", "targetActivity", "RUN", "unit", "KM")
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "Choose cycling or swimming until a clinician has looked at your knee.")));
    }

    @Test
    void anUnansweredSafetyScreenAsksForAnExplicitNone() throws Exception {
        step("safety")
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"redFlags-errors\""),
                                containsString("Tick each sign that applies to you, or “None of these apply to me”."),
                                containsString("None of these apply to me</label>"))));
        step("safety", "redFlags", "LOCKING", "noneApply", "true")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("untick the one that is not true")));
        mvc.perform(get("/onboarding/condition").with(signedIn())).andExpect(redirectedUrl("/onboarding/safety"));
    }

    @Test
    void theActivityStepOffersKilometresAlreadyChosenAndNoActivity() throws Exception {
        screened();

        mvc.perform(get("/onboarding/activity").with(signedIn()))
                .andExpect(content()
                        .string(allOf(
                                matchesPattern("(?s).*value=\"KM\"[^>]*checked=\"checked\".*"),
                                not(matchesPattern("(?s).*value=\"MINUTES\"[^>]*checked=\"checked\".*")),
                                not(matchesPattern("(?s).*value=\"RUN\"[^>]*checked=\"checked\".*")))));
        step("activity", "targetActivity", "CYCLE", "unit", "MINUTES").andExpect(redirectedUrl("/onboarding/dose"));
        assertThat(draft().getUnit()).isEqualTo(VolumeUnit.MINUTES);
    }

    @Test
    void continueIsTheFormsFirstButtonSoEnterGoesOnAndBackLooksSecondary() throws Exception {
        screened();

        String page = mvc.perform(get("/onboarding/condition").with(signedIn()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page.indexOf("value=\"next\"")).isPositive().isLessThan(page.indexOf("value=\"back\""));
        assertThat(page).contains("class=\"link-button back-button\"");
    }

    @Test
    void theLastStepStoresTheScreenAndThePlanAndEndsTheDraft() throws Exception {
        step("safety", "noneApply", "true").andExpect(redirectedUrl("/onboarding/condition"));
        step("condition", "condition", "IT_BAND_SYNDROME");
        step("activity", "targetActivity", "RUN", "unit", "KM");
        step("dose", "tolerableDose", "4", "weeklyGoal", "30", "sessionsPerWeek", "3");
        step("contributors", "sidePlankHoldSec", "25", "_kneeDivesIn", "on", "kneeDivesIn", "true");

        step("onset", "painOnset", "2026-01-20", "startDate", "2026-03-11").andExpect(redirectedUrl("/plan?created"));

        ArgumentCaptor<ScreeningEntry> screen = ArgumentCaptor.forClass(ScreeningEntry.class);
        then(plans).should().screen(eq(ME), screen.capture());
        assertThat(screen.getValue().redFlags()).isEmpty();
        ArgumentCaptor<PlanEntry> plan = ArgumentCaptor.forClass(PlanEntry.class);
        then(plans).should().create(eq(ME), plan.capture());
        assertThat(plan.getValue().condition()).isEqualTo(Condition.IT_BAND_SYNDROME);
        assertThat(plan.getValue().weeklyGoal()).isEqualByComparingTo(BigDecimal.valueOf(30));
        assertThat(plan.getValue().startDate()).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(plan.getValue().assessment().kneeDivesInOnSingleLegSquat()).isTrue();
        assertThat(stored.draft()).as("the draft is done with").isNull();
    }

    @Test
    void aSignedOutVisitorIsSentToTheLoginForm() throws Exception {
        mvc.perform(get("/onboarding/safety")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void anAnswerWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/onboarding/safety").with(signedIn()).param("redFlags", "LOCKING"))
                .andExpect(status().isForbidden());
    }

    /** Answers the safety screen with nothing ticked, as a person who may go on. */
    private void screened() throws Exception {
        step("safety", "noneApply", "true").andExpect(redirectedUrl("/onboarding/condition"));
    }

    private ResultActions step(String slug, String... params) throws Exception {
        var request = post("/onboarding/" + slug).with(signedIn()).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    private OnboardingDraft draft() {
        return stored.draft();
    }

    private static OnboardingDraft withUnit(OnboardingDraft draft) {
        draft.setTargetActivity(Activity.RUN);
        draft.setUnit(VolumeUnit.KM);
        return draft;
    }
}
