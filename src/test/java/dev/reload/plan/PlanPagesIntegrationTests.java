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
        step("safety", "noneApply", "true");
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
    void thePlanPageSaysWhereThePersonIsAndTakesTheDayThePainBegan() throws Exception {
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        LocalDate start = today.minusDays(9); // plan week 2, its third day
        plans.create(id, plan(start, null));

        String page = person.perform(get("/plan")).getResponse().getContentAsString();
        java.time.format.DateTimeFormatter words =
                java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM", java.util.Locale.UK);
        assertThat(page)
                .contains("Plan week 2: " + start.plusWeeks(1).format(words) + " to "
                        + start.plusWeeks(1).plusDays(6).format(words))
                .contains("Settle phase, with strength work")
                .contains("No date yet.")
                .contains("<a href=\"/outcomes\">How your knee is doing: the pain trend and questionnaire scores</a>");

        LocalDate onset = today.minusWeeks(5);
        MvcResult saved = person.perform(post("/plan/onset").with(csrf()).param("painOnset", onset.toString()));
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/plan#onset-heading");
        assertThat(plans.active(id).orElseThrow().entry().painOnset()).isEqualTo(onset);

        String refused = person.perform(post("/plan/onset")
                        .with(csrf())
                        .param("painOnset", today.plusDays(1).toString()))
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("The day the pain began cannot be after today");
        String unreadable = person.perform(post("/plan/onset").with(csrf()).param("painOnset", "soon"))
                .getResponse()
                .getContentAsString();
        assertThat(unreadable).contains("The day the pain began must be a date such as 2026-11-30.");
        assertThat(plans.active(id).orElseThrow().entry().painOnset()).isEqualTo(onset); // kept

        person.perform(post("/plan/onset").with(csrf()).param("remove", "true"));
        assertThat(plans.active(id).orElseThrow().entry().painOnset()).isNull();
    }

    @Test
    void beforeThePlanStartsThePageSaysWhen() throws Exception {
        LocalDate start = LocalDate.now(java.time.ZoneOffset.UTC).plusDays(3);
        plans.create(id, plan(start, null));

        assertThat(person.perform(get("/plan")).getResponse().getContentAsString())
                .contains("Your plan starts on "
                        + start.format(
                                java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM", java.util.Locale.UK)));
    }

    private static PlanEntry plan(LocalDate start, LocalDate onset) {
        return new PlanEntry(
                Condition.PATELLOFEMORAL_PAIN,
                Activity.RUN,
                VolumeUnit.KM,
                start,
                new java.math.BigDecimal("20"),
                3,
                null,
                new java.math.BigDecimal("3"),
                null,
                onset,
                null);
    }

    @Test
    void theSafetyCheckAgainTakesEffectAtOnce() throws Exception {
        person.perform(post("/screening").with(csrf()).param("redFlags", "LOCKING"));
        assertThat(plans.screeningFor(id, LocalDate.now()).orElseThrow().redFlags())
                .containsExactly(RedFlag.LOCKING);
        person.perform(post("/screening").with(csrf())); // no answer: refused, the screen stays
        assertThat(plans.screeningFor(id, LocalDate.now()).orElseThrow().redFlags())
                .containsExactly(RedFlag.LOCKING);
        person.perform(post("/screening").with(csrf()).param("noneApply", "true"));
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
