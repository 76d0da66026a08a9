package dev.reload.account.web;

import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.reload.account.AccountService;
import dev.reload.account.AccountService.AccountView;
import dev.reload.account.AccountService.Registration;
import dev.reload.account.DistanceUnit;
import dev.reload.account.Registrations;
import dev.reload.account.Registrations.Started;
import dev.reload.account.Role;
import dev.reload.account.TwoStepService;
import dev.reload.support.Visitor;
import dev.reload.support.WebSliceTest;
import dev.reload.system.web.InvalidFieldException;

import static dev.reload.support.WebSlice.ME;
import static dev.reload.support.WebSlice.NOOR;
import static dev.reload.support.WebSlice.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The registration form as a visitor sees it: each refused answer next to its field with what was
 * typed kept, and no form post without its CSRF token. Signing up, logging in and out, and
 * passwords and tokens that are stored are {@code AccountPagesIntegrationTests}.
 */
@WebSliceTest
class AccountPagesControllerTests {

    private static final String PASSWORD = "amber-tundra-whistle";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private AccountService accounts;

    @Autowired
    private TwoStepService twoStep;

    @Autowired
    private Registrations registrations;

    private Visitor visitor;

    @BeforeEach
    void newVisitor() {
        visitor = new Visitor(mvc);
        given(twoStep.status(any())).willReturn(new TwoStepService.Status(false, null, 0, true));
        given(registrations.open()).willReturn(true);
        // what PasswordPolicy says of a short password (PasswordPolicyTests)
        given(accounts.passwordProblem("short", "kai-at-example.org"))
                .willReturn(Optional.of("must be at least 12 characters long"));
    }

    @Test
    void registrationShowsEachErrorNextToItsFieldAndKeepsWhatWasTyped() throws Exception {
        MvcResult refused = registerForm("kai-at-example.org", "", "short");
        String page = refused.getResponse().getContentAsString();
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(page)
                .contains(
                        "id=\"email-errors\"",
                        "id=\"displayName-errors\"",
                        "id=\"password-errors\"",
                        "Password must be at least 12 characters long.",
                        "value=\"kai-at-example.org\"",
                        "aria-invalid=\"true\"");
        assertThat(visitor.perform(get("/account")).getResponse().getRedirectedUrl())
                .isEqualTo("/login");
        then(registrations).should(never()).start(any(), any());
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefused() throws Exception {
        MvcResult refused = visitor.perform(post("/register")
                .param("email", "pages-" + UUID.randomUUID() + "@example.org")
                .param("displayName", "Noor")
                .param("password", PASSWORD));
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        then(registrations).should(never()).start(any(), any());
    }

    @Test
    void theLoginAndRegistrationFormsCarryTheirCsrfToken() throws Exception {
        for (String path : new String[] {"/login", "/register"}) {
            MvcResult form = visitor.perform(get(path));
            assertThat(form.getResponse().getStatus()).as(path).isEqualTo(200);
            assertThat(form.getResponse().getContentAsString())
                    .as(path)
                    .contains("name=\"_csrf\"", "name=\"email\"", "name=\"password\"");
        }
    }

    @ParameterizedTest
    @CsvSource(
            value = {"Australia/Sydney, Australia/Sydney", "Mars/Olympus_Mons, NULL", "'', NULL"},
            nullValues = "NULL")
    void registrationKeepsTheBrowsersTimeZoneAndLeavesAnUnknownOneToUtc(String sent, String kept) throws Exception {
        String email = "zone-" + UUID.randomUUID() + "@example.org";
        given(accounts.loadUserByUsername(email)).willReturn(NOOR);
        given(registrations.start(any(), any()))
                .willReturn(new Started.Made(
                        new AccountView(ME, email, "Noor", Role.PATIENT, DistanceUnit.KM, ZoneId.of("UTC"))));

        MvcResult registered = visitor.perform(post("/register")
                .with(csrf())
                .param("email", email)
                .param("displayName", "Noor")
                .param("password", PASSWORD)
                .param("timeZone", sent));

        assertThat(registered.getResponse().getRedirectedUrl()).isEqualTo("/today?welcome");
        then(registrations).should().start(eq(new Registration(email, "Noor", PASSWORD, Role.PATIENT, kept)), any());
    }

    @Test
    void theRegistrationFormAsksTheBrowserForItsTimeZone() throws Exception {
        assertThat(visitor.perform(get("/register")).getResponse().getContentAsString())
                .contains("name=\"timeZone\"", "data-browser-time-zone");
    }

    @Test
    void theAccountPageShowsTheZoneChosenAmongAllZones() throws Exception {
        given(accounts.find(ME)).willReturn(Optional.of(berlin()));

        String page = mvc.perform(get("/account").with(signedIn()))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains(
                        "<dd>Europe/Berlin</dd>",
                        "<option value=\"Europe/Berlin\" selected=\"selected\">Europe/Berlin</option>",
                        "<option value=\"Pacific/Auckland\">Pacific/Auckland</option>",
                        "action=\"/account/time-zone\"");
    }

    @Test
    void changingTheZoneConfirmsItByName() throws Exception {
        given(accounts.setTimeZone(ME, "Asia/Tokyo")).willReturn(ZoneId.of("Asia/Tokyo"));
        given(accounts.find(ME)).willReturn(Optional.of(berlin()));

        MvcResult changed = mvc.perform(
                        post("/account/time-zone").with(signedIn()).with(csrf()).param("timeZone", "Asia/Tokyo"))
                .andReturn();
        assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/account#time-zone");
        assertThat(changed.getFlashMap().get("timeZoneChanged")).isEqualTo("Asia/Tokyo");

        String page = mvc.perform(get("/account").with(signedIn()).flashAttrs(changed.getFlashMap()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Your days now follow Asia/Tokyo.");
    }

    @Test
    void anUnknownZoneIsRefusedNextToTheList() throws Exception {
        given(accounts.setTimeZone(ME, "Mars/Olympus_Mons"))
                .willThrow(new InvalidFieldException("timeZone", "is not a time zone this app knows"));
        given(accounts.find(ME)).willReturn(Optional.of(berlin()));

        MvcResult refused = mvc.perform(
                        post("/account/time-zone").with(signedIn()).with(csrf()).param("timeZone", "Mars/Olympus_Mons"))
                .andReturn();

        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(refused.getResponse().getContentAsString())
                .contains("Choose a time zone from the list.", "aria-invalid=\"true\"", "time-zone-errors")
                .doesNotContain("Your days now follow");
    }

    private static AccountView berlin() {
        return new AccountView(
                ME, "noor@example.org", "Noor", Role.PATIENT, DistanceUnit.KM, ZoneId.of("Europe/Berlin"));
    }

    private MvcResult registerForm(String email, String name, String password) throws Exception {
        return visitor.perform(post("/register")
                .with(csrf())
                .param("email", email)
                .param("displayName", name)
                .param("password", password));
    }
}
