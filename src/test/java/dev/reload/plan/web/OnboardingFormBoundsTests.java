package dev.reload.plan.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;

import dev.reload.plan.OnboardingDrafts;
import dev.reload.plan.PlanService;
import dev.reload.support.WebSliceTest;

import static dev.reload.support.WebSlice.ME;
import static dev.reload.support.WebSlice.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Onboarding's numbers and dates at the bounds of api.md's "Limits": just inside goes on to the
 * next step, just outside stays with the reason next to the question. The slice's today is
 * 2026-03-11, so the last plausible date is 2028-03-11.
 */
@WebSliceTest
class OnboardingFormBoundsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanService plans;

    @Autowired
    OnboardingDrafts drafts;

    @Autowired
    JsonMapper json;

    @BeforeEach
    void noDraftYet() {
        new DraftsInMemory(drafts, json, ME);
    }

    @ParameterizedTest(name = "{0} in {1}: {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            dose         | KM      | weeklyGoal=7000&sessionsPerWeek=3                      | /onboarding/contributors
            dose         | KM      | weeklyGoal=7000.5&sessionsPerWeek=3                    | Your weekly goal must be at most 7000 km a week.
            dose         | KM      | weeklyGoal=1e30&sessionsPerWeek=3                      | Your weekly goal must be at most 7000 km a week.
            dose         | MINUTES | weeklyGoal=10080&sessionsPerWeek=3                     | /onboarding/contributors
            dose         | MINUTES | weeklyGoal=10081&sessionsPerWeek=3                     | Your weekly goal must be at most 10080 minutes a week.
            dose         | KM      | weeklyGoal=7000&tolerableDose=1000&sessionsPerWeek=3   | /onboarding/contributors
            dose         | KM      | weeklyGoal=7000&tolerableDose=1000.5&sessionsPerWeek=3 | What you can do in one session must be at most 1000 km.
            dose         | MINUTES | weeklyGoal=3000&tolerableDose=1441&sessionsPerWeek=3   | What you can do in one session must be at most 1440 minutes.
            dose         | KM      | weeklyGoal=30&sessionsPerWeek=2147483648               | Enter a whole number.
            contributors | KM      | sidePlankHoldSec=3600                                  | /onboarding/onset
            contributors | KM      | sidePlankHoldSec=3601                                  | Enter the seconds you held the side plank, from 0 to 3600.
            contributors | KM      | sidePlankHoldSec=2147483648                            | Enter a whole number.
            contributors | KM      | newShoesOn=1900-01-01&surfaceChangeOn=2028-03-11       | /onboarding/onset
            contributors | KM      | newShoesOn=1899-12-31                                  | Enter the day of the new shoes from 1 January 1900 to 11 March 2028.
            contributors | KM      | surfaceChangeOn=2028-03-12                             | Enter the day of the change from 1 January 1900 to 11 March 2028.
            contributors | KM      | surfaceChangeOn=0000-01-01                             | Enter the day of the change from 1 January 1900 to 11 March 2028.
            onset        | KM      | startDate=2026-03-11&painOnset=1900-01-01              | /plan?created
            onset        | KM      | startDate=2026-03-11&painOnset=1899-12-31              | Enter the day the pain began from 1 January 1900 to 11 March 2028.
            onset        | KM      | startDate=0000-01-01                                   | first day from 1 January 1900 to 11 March 2028.
            """)
    void eachNumberAndDateIsBounded(String step, String unit, String answers, String expected) throws Exception {
        answer("safety", "");
        answer("activity", "targetActivity=RUN&unit=" + unit);
        if (!step.equals("dose")) {
            answer("dose", "weeklyGoal=30&sessionsPerWeek=3");
        }
        if (step.equals("onset")) {
            answer("condition", "condition=PATELLOFEMORAL_PAIN");
        }
        MvcResult result = answer(step, answers);
        if (expected.startsWith("/")) {
            assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(expected);
            return;
        }
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString()).contains(expected);
        then(plans).should(never()).create(any(), any());
    }

    private MvcResult answer(String step, String answers) throws Exception {
        var request = post("/onboarding/" + step).with(signedIn()).with(csrf());
        for (String pair : answers.split("&")) {
            if (!pair.isEmpty()) {
                String[] nameValue = pair.split("=");
                request.param(nameValue[0], nameValue[1]);
            }
        }
        return mvc.perform(request).andReturn();
    }
}
