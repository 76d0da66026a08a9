package dev.reload.plan;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.reload.account.AccountId;
import dev.reload.account.AccountPrincipal;
import dev.reload.account.AccountService;
import dev.reload.knee.Activity;
import dev.reload.knee.Condition;
import dev.reload.knee.RedFlag;
import dev.reload.knee.VolumeUnit;
import dev.reload.support.ApplicationTest;
import dev.reload.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Onboarding and the safety screen through the pages, checked against what gets stored. Each
 * step's page, its messages and its branches are {@code OnboardingControllerTests}.
 */
@ApplicationTest
class PlanPagesIntegrationTests {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private AccountService accounts;

    @Autowired
    private PlanService plans;

    private Visitor person;
    private AccountId id;

    @BeforeEach
    void signUp() throws Exception {
        person = new Visitor(mvc);
        String email = "plan-" + UUID.randomUUID() + "@example.org";
        person.perform(post("/register")
                .with(csrf())
                .param("email", email)
                .param("displayName", "P")
                .param("password", "amber-tundra-whistle"));
        id = ((AccountPrincipal) accounts.loadUserByUsername(email)).accountId();
    }

    @Test
    void onboardingStepByStepMakesThePlanAndKeepsTheScreen() throws Exception {
        step("safety");
        step("condition", "condition", "IT_BAND_SYNDROME");
        step("activity", "targetActivity", "RUN", "unit", "KM");
        step("dose", "tolerableDose", "4", "weeklyGoal", "30", "sessionsPerWeek", "3");
        step("contributors", "sidePlankHoldSec", "25", "_kneeDivesIn", "on", "kneeDivesIn", "true");
        MvcResult done = person.perform(post("/onboarding/onset")
                .with(csrf())
                .param("painOnset", "2026-01-20")
                .param("startDate", LocalDate.now().toString()));
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/plan?created");

        PlanEntry plan = plans.active(id).orElseThrow().entry();
        assertThat(plan.condition()).isEqualTo(Condition.IT_BAND_SYNDROME);
        assertThat(plan.targetActivity()).isEqualTo(Activity.RUN);
        assertThat(plan.unit()).isEqualTo(VolumeUnit.KM);
        assertThat(plan.weeklyGoal()).isEqualByComparingTo("30");
        assertThat(plan.tolerableDose()).isEqualByComparingTo("4");
        assertThat(plan.painOnset()).isEqualTo(LocalDate.parse("2026-01-20"));
        assertThat(plan.assessment().sidePlankHoldSec()).isEqualTo(25);
        assertThat(plan.assessment().kneeDivesInOnSingleLegSquat()).isTrue();
        assertThat(plans.latestScreening(id))
                .hasValueSatisfying(s -> assertThat(s.redFlags()).isEmpty());
        assertThat(person.perform(get("/plan")).getResponse().getContentAsString())
                .contains("Pain on the outer side of the knee", "Settle", "Maintain", "goal 30 km");
        accounts.setDistanceUnit(id, dev.reload.account.DistanceUnit.MILES);
        assertThat(person.perform(get("/plan")).getResponse().getContentAsString())
                .contains("goal 18.64 mi");
    }

    @Test
    void theSafetyCheckAgainTakesEffectAtOnce() throws Exception {
        person.perform(post("/screening").with(csrf()).param("redFlags", "LOCKING"));
        assertThat(plans.screeningFor(id, LocalDate.now()).orElseThrow().redFlags())
                .containsExactly(RedFlag.LOCKING);
        person.perform(post("/screening").with(csrf()));
        assertThat(plans.screeningFor(id, LocalDate.now()).orElseThrow().redFlags())
                .isEmpty();
    }

    private void step(String slug, String... params) throws Exception {
        var request = post("/onboarding/" + slug).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        MvcResult result = person.perform(request);
        assertThat(result.getResponse().getRedirectedUrl())
                .as(slug + ": " + result.getResponse().getContentAsString())
                .startsWith("/onboarding/");
    }
}
