package dev.reload.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.reload.account.AccountId;
import dev.reload.account.AccountPrincipal;
import dev.reload.account.AccountService;
import dev.reload.account.AccountService.Registration;
import dev.reload.account.PersonalClock;
import dev.reload.account.Role;
import dev.reload.knee.Activity;
import dev.reload.knee.Condition;
import dev.reload.knee.VolumeUnit;
import dev.reload.support.ApiAccounts;
import dev.reload.support.ApplicationTest;
import dev.reload.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The patient sees every change to their plan's knobs: on the plan page and at GET /api/v1/plan/changes. */
@ApplicationTest
class PlanChangesIntegrationTests {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private AccountService accounts;

    @Autowired
    private PlanService plans;

    @Autowired
    private PlanTuning tuning;

    @Autowired
    private PersonalClock clock;

    @Test
    void thePlanPageSaysHowThePlanIsSetAndWhoChangedWhatWhen() throws Exception {
        Visitor patient = new Visitor(mvc);
        String email = "changes-" + UUID.randomUUID() + "@example.org";
        patient.perform(post("/register")
                .with(csrf())
                .param("email", email)
                .param("displayName", "P")
                .param("password", ApiAccounts.PASSWORD));
        AccountId id = ((AccountPrincipal) accounts.loadUserByUsername(email)).accountId();
        plans.create(id, plan());
        assertThat(page(patient)).contains("No changes yet").contains("10 %").contains("6 out of 10");

        tuning.change(
                id,
                clinician(),
                new ProposedKnobs(new BigDecimal("7"), null, null, 5, null, null, null, java.util.List.of("BRIDGE")));

        String page = page(patient);
        String today = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK).format(clock.today(id));
        assertThat(page)
                .contains("Your clinician Dr Jane Smith changed the weekly step from 10 % to 7 % on " + today + ".")
                .contains("Your clinician Dr Jane Smith changed how often an easier week comes from every 4 weeks"
                        + " to every 5 weeks on " + today + ".")
                .contains("changed the strength exercises from Clamshell, ")
                .contains("to Bridge on " + today + ".")
                .doesNotContain("No changes yet");
        assertThat(page.indexOf("how often an easier week comes from"))
                .as("newest first: of one change, the knob recorded last first")
                .isLessThan(page.indexOf("the weekly step from"));
    }

    @Test
    void theApiListsThePatientsOwnChangesNewestFirst() throws Exception {
        String token = ApiAccounts.newToken(mvc);
        MvcResult me = mvc.perform(get("/api/v1/account").header("Authorization", "Bearer " + token))
                .andReturn();
        AccountId id =
                new AccountId(((Number) JsonPath.read(me.getResponse().getContentAsString(), "$.id")).longValue());
        plans.create(id, plan());
        assertThat(changes(token)).isEqualTo("[]");

        AccountId clinician = clinician();
        tuning.change(id, clinician, new ProposedKnobs(null, null, 7, null, null, null, null, null));
        tuning.change(id, id, new ProposedKnobs(null, 4, null, null, null, null, null, null));

        String body = changes(token);
        assertThat((Object) JsonPath.read(body, "$.length()")).isEqualTo(2);
        assertThat((String) JsonPath.read(body, "$[0].knob")).isEqualTo("sessionsPerWeek");
        assertThat((String) JsonPath.read(body, "$[0].description"))
                .startsWith("You changed the sessions a week from 3 a week to 4 a week on ");
        assertThat((String) JsonPath.read(body, "$[1].knob")).isEqualTo("stopPain");
        assertThat((String) JsonPath.read(body, "$[1].oldValue")).isEqualTo("6");
        assertThat((String) JsonPath.read(body, "$[1].newValue")).isEqualTo("7");
        assertThat(((Number) JsonPath.read(body, "$[1].actorId")).longValue()).isEqualTo(clinician.value());
        assertThat((String) JsonPath.read(body, "$[1].actorName")).isEqualTo("Dr Jane Smith");

        String other = ApiAccounts.newToken(mvc);
        assertThat(changes(other)).as("another account sees none of them").isEqualTo("[]");
    }

    private String changes(String token) throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/plan/changes")
                        .header("Authorization", "Bearer " + token)
                        .accept(MediaType.APPLICATION_JSON))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private static String page(Visitor patient) throws Exception {
        MvcResult result = patient.perform(get("/plan"));
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private AccountId clinician() {
        return accounts.register(new Registration(
                        "dr-" + UUID.randomUUID() + "@example.org",
                        "Dr Jane Smith",
                        ApiAccounts.PASSWORD,
                        Role.CLINICIAN))
                .id();
    }

    private static PlanEntry plan() {
        return new PlanEntry(
                Condition.PATELLOFEMORAL_PAIN,
                Activity.RUN,
                VolumeUnit.KM,
                LocalDate.now().minusWeeks(2),
                new BigDecimal("30"),
                3,
                null,
                new BigDecimal("3"),
                null,
                null,
                null);
    }
}
