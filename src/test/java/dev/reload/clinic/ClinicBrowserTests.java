package dev.reload.clinic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.reload.account.AccountId;
import dev.reload.account.AccountPrincipal;
import dev.reload.account.AccountService;
import dev.reload.account.AccountService.Registration;
import dev.reload.account.PersonalClock;
import dev.reload.account.Role;
import dev.reload.knee.Activity;
import dev.reload.knee.Condition;
import dev.reload.knee.VolumeUnit;
import dev.reload.log.SessionEntry;
import dev.reload.log.SessionService;
import dev.reload.plan.PlanEntry;
import dev.reload.plan.PlanService;
import dev.reload.plan.ScreeningEntry;
import dev.reload.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clinician workspace as its two people use it: a patient makes an invite code on the account
 * page; a clinician registers, turns on two-step sign-in, redeems the code, sees the patients by need and reads one patient's pages; the
 * patient then finds those reads in "Who has seen your data". Screenshots:
 * {@code target/screenshots/clinic-*}.
 */
class ClinicBrowserTests extends BrowserTest {

    private static final String PASSWORD = "quiet-harbour-lantern";

    @Autowired
    private PersonalClock days;

    @Autowired
    private AccountService accounts;

    @Autowired
    private PlanService plans;

    @Autowired
    private SessionService sessions;

    @Autowired
    private ClinicService clinic;

    @Test
    void aClinicianRedeemsAnInviteSeesPatientsByNeedAndThePatientSeesEveryRead() {
        String samEmail = "clinic-browser-" + UUID.randomUUID() + "@example.org";
        Page patient = signedInPage(390, samEmail);
        AccountId sam = ((AccountPrincipal) accounts.loadUserByUsername(samEmail)).accountId();
        withPlan(sam);
        session(sam, 1, 2, 1);

        patient.navigate(url("/account"));
        patient.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Your clinician, their notes and who has seen your data"))
                .click();
        assertThat(patient.locator("h1")).hasText("Your clinician");
        patient.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make an invite code"))
                .click();
        String code = patient.locator("[data-testid=invite-code]").textContent();
        assertThat(code).matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}");

        String drEmail = "clinic-browser-dr-" + UUID.randomUUID() + "@example.org";
        Page doctor = signedInClinicianPage(1280, drEmail, "Dr Ines Lee");
        // two more patients linked to the same clinician through the services
        AccountId rosa = seededPatient("Rosa");
        session(rosa, 0, 8, 7); // red light today
        AccountId quinn = seededPatient("Quinn");
        session(quinn, 5, 2, 1); // nothing for 5 days
        AccountId me = ((AccountPrincipal) accounts.loadUserByUsername(drEmail)).accountId();
        for (AccountId other : List.of(rosa, quinn)) {
            clinic.redeem(me, clinic.createInvite(other).code());
        }

        doctor.navigate(url("/clinic"));
        doctor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Redeem an invite code"))
                .click();
        doctor.getByLabel("Invite code").fill("nope");
        doctor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Link this patient"))
                .click();
        assertThat(doctor.getByText("This is not an invite code")).isVisible();
        doctor.getByLabel("Invite code").fill(code.toUpperCase().replace("-", " "));
        doctor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Link this patient"))
                .click();
        assertThat(doctor.getByRole(AriaRole.STATUS)).hasText("You are now linked to Sam.");
        assertThat(doctor.locator("h1")).hasText("Sam");

        doctor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to your patients"))
                .click();
        assertThat(doctor.locator("h1")).hasText("Your patients");
        assertThat(doctor.locator("[data-testid=patient-row] th a")).hasText(new String[] {"Rosa", "Quinn", "Sam"});
        assertThat(doctor.locator("[data-testid=patient-row]").nth(0)).containsText("Red light in the last 7 days");
        assertThat(doctor.locator("[data-testid=patient-row]").nth(1)).containsText("5 days ago");
        assertThat(doctor.locator("[data-testid=patient-row]").nth(2)).containsText("Yesterday");
        lookAt(doctor, "clinic-dashboard");

        doctor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sam"))
                .click();
        assertThat(doctor.locator("[data-testid=patient-light]")).containsText("Today's light: Green");
        lookAt(doctor, "clinic-patient");
        doctor.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Log").setExact(true))
                .click();
        assertThat(doctor.locator("h1")).hasText("Log of Sam");
        lookAt(doctor, "clinic-patient-log");
        doctor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Progress charts"))
                .click();
        assertThat(doctor.locator("h1")).hasText("Progress of Sam");
        lookAt(doctor, "clinic-patient-progress");

        patient.navigate(url("/account/clinician"));
        assertThat(patient.locator("[data-testid=linked-clinician]")).containsText("Dr Ines Lee");
        patient.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Who has seen your data"))
                .click();
        assertThat(patient.locator("h1")).hasText("Who has seen your data");
        assertThat(patient.locator("[data-testid=audit-row] td:nth-child(3)")).hasText(new String[] {
            "Progress charts",
            "Session log",
            "Today's advice",
            "Your row on the clinician's patient list (light, phase, last entry)",
            "Today's advice"
        });
        assertThat(patient.locator("[data-testid=audit-row] td:nth-child(2)").first())
                .hasText("Dr Ines Lee");
        lookAt(patient, "clinic-audit");
    }

    @Test
    void aClinicianTriesSettingsSavesThemAndThePatientSeesTheChange() {
        String samEmail = "clinic-tune-" + UUID.randomUUID() + "@example.org";
        Page patient = signedInPage(1280, samEmail);
        AccountId sam = ((AccountPrincipal) accounts.loadUserByUsername(samEmail)).accountId();
        withPlan(sam);
        session(sam, 1, 2, 1);
        String drEmail = "clinic-tune-dr-" + UUID.randomUUID() + "@example.org";
        Page doctor = signedInClinicianPage(1280, drEmail, "Dr Ines Lee");
        AccountId me = ((AccountPrincipal) accounts.loadUserByUsername(drEmail)).accountId();
        clinic.redeem(me, clinic.createInvite(sam).code());

        doctor.navigate(url("/clinic/patients/" + sam.value()));
        doctor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Plan settings"))
                .click();
        assertThat(doctor.locator("h1")).hasText("Sam's plan settings");
        assertThat(doctor.locator("[data-testid=knob-values]")).containsText("Weekly step (%)");

        // the what-if: one exercise fewer, and nothing stored
        doctor.getByLabel("Clamshell").uncheck();
        doctor.getByLabel("Weekly step (%)").fill("7");
        doctor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show what would change"))
                .click();
        assertThat(doctor.locator("[data-testid=what-if]")).containsText("Strength exercises");
        assertThat(doctor.locator("[data-testid=what-if] tbody tr")
                        .first()
                        .locator("td")
                        .nth(0))
                .containsText("Clamshell, Side-lying leg raise");
        assertThat(doctor.locator("[data-testid=what-if] tbody tr")
                        .first()
                        .locator("td")
                        .nth(1))
                .not()
                .containsText("Clamshell");
        assertThat(doctor.getByText("Nothing was saved")).isVisible();
        assertThat(doctor.getByLabel("Weekly step (%)")).hasValue("7");
        lookAt(doctor, "clinic-plan-what-if");
        patient.navigate(url("/plan"));
        assertThat(patient.locator("[data-testid=knob-changes]")).containsText("No changes");

        doctor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the changes"))
                .click();
        assertThat(doctor.locator("[data-testid=knobs-saved]")).containsText("Saved: 2 setting(s) changed.");
        assertThat(doctor.locator("[data-testid=knob-changes]"))
                .containsText("You changed the weekly step from 10 % to 7 %");
        lookAt(doctor, "clinic-plan-saved");

        patient.navigate(url("/plan"));
        assertThat(patient.locator("[data-testid=knob-changes]"))
                .containsText("Your clinician Dr Ines Lee changed the weekly step from 10 % to 7 %");
        assertThat(patient.locator("[data-testid=knob-values]")).containsText("7 %");
        patient.navigate(url("/today"));
        assertThat(patient.locator("body")).not().containsText("Clamshell");
        lookAt(patient, "clinic-plan-patient-sees-change");
    }

    private AccountId seededPatient(String name) {
        AccountId id = accounts.register(new Registration(
                        "clinic-browser-" + UUID.randomUUID() + "@example.org", name, PASSWORD, Role.PATIENT))
                .id();
        withPlan(id);
        return id;
    }

    private void withPlan(AccountId patient) {
        LocalDate today = days.today(patient);
        plans.screen(patient, new ScreeningEntry(today.minusDays(14), List.of()));
        plans.create(
                patient,
                new PlanEntry(
                        Condition.PATELLOFEMORAL_PAIN,
                        Activity.RUN,
                        VolumeUnit.KM,
                        today.minusDays(14),
                        new BigDecimal("30"),
                        3,
                        null,
                        new BigDecimal("3"),
                        null,
                        null,
                        null));
    }

    private void session(AccountId patient, int daysAgo, int painDuring, int painAfter) {
        sessions.add(
                patient,
                new SessionEntry(
                        days.today(patient).minusDays(daysAgo),
                        Activity.RUN,
                        new BigDecimal("3"),
                        4,
                        painDuring,
                        painAfter,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
    }
}
