package dev.reload.account;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.reload.account.TwoStepEnrolment.Enrolled;
import dev.reload.support.ApplicationTest;
import dev.reload.support.Visitor;

import static dev.reload.support.ApiContract.malformedOnPurpose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Two-step sign-in end to end (decision 0020): enrolling from the account page, signing in with a
 * code and with a recovery code, and what is refused: a wrong code, a code taken twice, any page
 * before the code, an API token without it; clinicians held on the enrolment page until enrolled.
 */
@ApplicationTest
class TwoStepIntegrationTests {

    private static final String PASSWORD = "amber-tundra-whistle";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private Clock clock;

    @Test
    void enrolsThenSignsInWithACodeAfterThePassword() throws Exception {
        Visitor noor = new Visitor(mvc);
        String email = noor.register("two-step", "Noor");
        Enrolled enrolled = TwoStepEnrolment.enrol(noor, email, clock);
        assertThat(enrolled.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
        assertThat(noor.perform(get("/account")).getResponse().getContentAsString())
                .contains("Two-step sign-in is on since", "10 unused recovery codes");

        Visitor later = new Visitor(mvc);
        MvcResult password = signInWithPassword(later, email);
        assertThat(password.getResponse().getRedirectedUrl()).isEqualTo("/login/code");
        MvcResult code = later.perform(
                post("/login/code").with(csrf()).param("code", TwoStepEnrolment.code(enrolled.secret(), clock, 1)));
        assertThat(code.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(later.perform(get("/today")).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void noPageOpensBetweenThePasswordAndTheCode() throws Exception {
        Enrolled enrolled = newPatientWithTwoStep("two-step-skip");
        String email = enrolled.email();

        Visitor later = afterPassword(email);
        for (String page : List.of("/", "/today", "/account", "/log", "/account/two-step", "/library")) {
            assertThat(later.perform(get(page)).getResponse().getRedirectedUrl())
                    .as(page)
                    .isEqualTo("/login/code");
        }
        assertThat(later.perform(post("/account/tokens").with(csrf()).param("name", "sneaky"))
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/login/code");
        assertThat(later.perform(get("/api/v1/log").with(malformedOnPurpose()))
                        .getResponse()
                        .getStatus())
                .as("the API takes no session, pending or not")
                .isEqualTo(401);
        assertThat(later.perform(get("/login/code")).getResponse().getStatus()).isEqualTo(200);
        assertThat(later.perform(post("/logout").with(csrf())).getResponse().getRedirectedUrl())
                .isEqualTo("/login?loggedOut");
    }

    @Test
    void refusesAWrongCodeAndACodeTakenTwice() throws Exception {
        Enrolled enrolled = newPatientWithTwoStep("two-step-replay");
        String email = enrolled.email();
        String next = TwoStepEnrolment.code(enrolled.secret(), clock, 1);

        Visitor first = afterPassword(email);
        MvcResult wrong = first.perform(
                post("/login/code").with(csrf()).param("code", TwoStepEnrolment.wrongCode(enrolled.secret(), clock)));
        assertThat(wrong.getResponse().getContentAsString()).contains("That code is wrong or was already used");
        assertThat(first.perform(get("/today")).getResponse().getRedirectedUrl())
                .isEqualTo("/login/code");
        assertThat(first.perform(post("/login/code").with(csrf()).param("code", next))
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/");

        Visitor replay = afterPassword(email);
        MvcResult again = replay.perform(post("/login/code").with(csrf()).param("code", next));
        assertThat(again.getResponse().getContentAsString()).contains("That code is wrong or was already used");
        assertThat(replay.perform(get("/today")).getResponse().getRedirectedUrl())
                .isEqualTo("/login/code");
    }

    @Test
    void aRecoveryCodeSignsInOnce() throws Exception {
        Enrolled enrolled = newPatientWithTwoStep("two-step-recovery");
        String email = enrolled.email();
        String recovery = enrolled.recoveryCodes().get(3);

        Visitor lostPhone = afterPassword(email);
        assertThat(lostPhone
                        .perform(post("/login/code").with(csrf()).param("code", recovery.toUpperCase()))
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/");
        assertThat(lostPhone.perform(get("/account")).getResponse().getContentAsString())
                .contains("9 unused recovery codes");

        Visitor again = afterPassword(email);
        assertThat(again.perform(post("/login/code").with(csrf()).param("code", recovery))
                        .getResponse()
                        .getContentAsString())
                .contains("That code is wrong or was already used");
    }

    @Test
    void wrongCodesAreThrottledLikeWrongPasswords() throws Exception {
        Enrolled enrolled = newPatientWithTwoStep("two-step-throttle");
        String email = enrolled.email();

        Visitor guesser = afterPassword(email);
        for (int attempt = 1; attempt <= 5; attempt++) {
            guesser.perform(post("/login/code")
                    .with(csrf())
                    .param("code", TwoStepEnrolment.wrongCode(enrolled.secret(), clock)));
        }
        MvcResult sixth = guesser.perform(
                post("/login/code").with(csrf()).param("code", TwoStepEnrolment.code(enrolled.secret(), clock, 1)));
        assertThat(sixth.getResponse().getStatus()).isEqualTo(429);
        assertThat(sixth.getResponse().getContentAsString()).contains("Too many wrong codes");
    }

    @Test
    void theApiAsksForTheCodeBeforeItGivesAToken() throws Exception {
        Enrolled enrolled = newPatientWithTwoStep("two-step-api");
        String email = enrolled.email();

        MvcResult missing = tokens(email, null);
        assertThat(missing.getResponse().getStatus()).isEqualTo(401);
        assertThat(missing.getResponse().getContentAsString()).contains("\"field\":\"code\"", "two-step sign-in");
        MvcResult wrong = tokens(email, TwoStepEnrolment.wrongCode(enrolled.secret(), clock));
        assertThat(wrong.getResponse().getStatus()).isEqualTo(401);
        assertThat(wrong.getResponse().getContentAsString()).contains("wrong or was already used");

        String code = TwoStepEnrolment.code(enrolled.secret(), clock, 1);
        MvcResult issued = tokens(email, code);
        assertThat(issued.getResponse().getStatus()).isEqualTo(200);
        assertThat(issued.getResponse().getContentAsString()).contains("\"token\":\"rl_");
        assertThat(tokens(email, code).getResponse().getStatus()).as("replayed").isEqualTo(401);
        assertThat(tokens(email, enrolled.recoveryCodes().get(0)).getResponse().getStatus())
                .isEqualTo(200);
    }

    @Test
    void aClinicianIsHeldOnTheEnrolmentPageUntilEnrolledAndCannotTurnItOff() throws Exception {
        Visitor clinician = new Visitor(mvc);
        String email = "clinician-" + java.util.UUID.randomUUID() + "@example.org";
        clinician.perform(post("/register")
                .with(csrf())
                .param("email", email)
                .param("displayName", "Dr Ada")
                .param("password", PASSWORD)
                .param("clinician", "true"));
        for (String page : List.of("/today", "/account", "/clinic", "/login/code")) {
            assertThat(clinician.perform(get(page)).getResponse().getRedirectedUrl())
                    .as(page)
                    .isEqualTo("/account/two-step");
        }
        assertThat(clinician.perform(get("/account/two-step")).getResponse().getContentAsString())
                .contains("Clinician accounts sign in in two steps");
        assertThat(tokens(email, null).getResponse().getStatus()).isEqualTo(403);

        Enrolled enrolled = TwoStepEnrolment.enrol(clinician, email, clock);
        assertThat(clinician.perform(get("/today")).getResponse().getStatus()).isEqualTo(200);
        String account = clinician.perform(get("/account")).getResponse().getContentAsString();
        assertThat(account)
                .contains("Clinician accounts keep two-step sign-in on")
                .doesNotContain("/account/two-step/off");
        MvcResult off =
                clinician.perform(post("/account/two-step/off").with(csrf()).param("password", PASSWORD));
        assertThat(off.getResponse().getRedirectedUrl()).isEqualTo("/account#two-step");
        assertThat(clinician.perform(get("/account")).getResponse().getContentAsString())
                .contains("Two-step sign-in is on since");

        Visitor later = afterPassword(email);
        assertThat(later.perform(get("/today")).getResponse().getRedirectedUrl())
                .isEqualTo("/login/code");
        later.perform(
                post("/login/code").with(csrf()).param("code", TwoStepEnrolment.code(enrolled.secret(), clock, 1)));
        assertThat(later.perform(get("/today")).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aPatientTurnsItOffWithThePasswordAndMakesNewRecoveryCodes() throws Exception {
        Visitor noor = new Visitor(mvc);
        String email = noor.register("two-step-off", "Noor");
        Enrolled enrolled = TwoStepEnrolment.enrol(noor, email, clock);

        noor.perform(post("/account/two-step/recovery-codes").with(csrf()).param("password", PASSWORD));
        List<String> fresh = TwoStepEnrolment.recoveryCodes(
                noor.perform(get("/account")).getResponse().getContentAsString());
        assertThat(fresh).hasSize(10).doesNotContainAnyElementsOf(enrolled.recoveryCodes());

        noor.perform(post("/account/two-step/off").with(csrf()).param("password", "not-my-password-at-all"));
        assertThat(noor.perform(get("/account")).getResponse().getContentAsString())
                .contains("That is not your current password", "Two-step sign-in is on since");
        noor.perform(post("/account/two-step/off").with(csrf()).param("password", PASSWORD));
        assertThat(noor.perform(get("/account")).getResponse().getContentAsString())
                .contains("Two-step sign-in is off");

        Visitor later = new Visitor(mvc);
        assertThat(signInWithPassword(later, email).getResponse().getRedirectedUrl())
                .isEqualTo("/");
    }

    /** A new patient, registered and enrolled, then signed out (the visitor is dropped). */
    private Enrolled newPatientWithTwoStep(String prefix) throws Exception {
        Visitor visitor = new Visitor(mvc);
        String email = visitor.register(prefix, "Noor");
        return TwoStepEnrolment.enrol(visitor, email, clock);
    }

    /** A new visitor who has given the password and stands at the code page. */
    private Visitor afterPassword(String email) throws Exception {
        Visitor visitor = new Visitor(mvc);
        assertThat(signInWithPassword(visitor, email).getResponse().getRedirectedUrl())
                .isEqualTo("/login/code");
        return visitor;
    }

    private MvcResult signInWithPassword(Visitor visitor, String email) throws Exception {
        return visitor.perform(post("/login").with(csrf()).param("email", email).param("password", PASSWORD));
    }

    private MvcResult tokens(String email, String code) throws Exception {
        String json = "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\""
                + (code == null ? "" : ",\"code\":\"" + code + "\"") + "}";
        return new Visitor(mvc)
                .perform(post("/api/v1/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json));
    }
}
