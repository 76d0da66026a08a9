package dev.reload.system.web;

import java.time.Clock;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import dev.reload.account.AccountId;
import dev.reload.account.AccountPrincipal;
import dev.reload.account.AccountService;
import dev.reload.account.TwoStepEnrolment;
import dev.reload.clinic.ClinicService;
import dev.reload.support.ApplicationTest;
import dev.reload.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Every page's title ends "– Reload", so that a tab or a bookmark says whose page it is. */
@ApplicationTest
class PageTitlesIntegrationTests {

    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");

    @Autowired
    private MockMvc mvc;

    @Autowired
    private AccountService accounts;

    @Autowired
    private ClinicService clinic;

    @Autowired
    private Clock clock;

    @Test
    void everyPageTitleEndsWithReload() throws Exception {
        Visitor visitor = new Visitor(mvc);
        for (String path : new String[] {"/", "/login", "/register", "/finder", "/exercises", "/account/deleted"}) {
            assertTitle(visitor, path);
        }
        visitor.perform(post("/register")
                .with(csrf())
                .param("email", "titles-" + UUID.randomUUID() + "@example.org")
                .param("displayName", "T")
                .param("password", "amber-tundra-whistle"));
        for (String path : new String[] {
            "/today",
            "/plan",
            "/log",
            "/log/shoes",
            "/account",
            "/history",
            "/history/import",
            "/screening",
            "/onboarding/safety",
            "/exercises/SPLIT_SQUAT",
            "/outcomes",
            "/outcomes/new?subscale=PAIN&subscale=PF",
            "/account/clinician",
            "/account/clinician/audit",
            "/account/delete"
        }) {
            assertTitle(visitor, path);
        }
    }

    @Test
    void everyClinicianPageTitleEndsWithReload() throws Exception {
        Visitor patient = new Visitor(mvc);
        String patientEmail = patient.register("titles-patient", "Pat");
        AccountId patientId = ((AccountPrincipal) accounts.loadUserByUsername(patientEmail)).accountId();
        Visitor clinician = new Visitor(mvc);
        String email = "titles-dr-" + UUID.randomUUID() + "@example.org";
        clinician.perform(post("/register")
                .with(csrf())
                .param("email", email)
                .param("displayName", "Dr T")
                .param("password", "amber-tundra-whistle")
                .param("clinician", "true"));
        TwoStepEnrolment.enrol(clinician, email, clock);
        AccountId me = ((AccountPrincipal) accounts.loadUserByUsername(email)).accountId();
        clinic.redeem(me, clinic.createInvite(patientId).code());

        String one = "/clinic/patients/" + patientId.value();
        for (String path :
                new String[] {"/clinic", "/clinic/invites", one, one + "/log", one + "/progress", one + "/notes"}) {
            assertTitle(clinician, path);
        }
    }

    private static void assertTitle(Visitor visitor, String path) throws Exception {
        String page = visitor.perform(get(path)).getResponse().getContentAsString();
        Matcher title = TITLE.matcher(page);
        assertThat(title.find()).as("a title on %s", path).isTrue();
        assertThat(title.group(1)).as("the title of %s", path).endsWith("– Reload");
    }
}
