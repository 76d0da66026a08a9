package dev.reload.account;

import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.reload.support.ApiAccounts;
import dev.reload.support.ApplicationTest;
import dev.reload.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * "Forgot your password?" against a real SMTP server (GreenMail): the same page whether or not
 * the email has an account, a mail only when it has; the link sets a password once, within the
 * hour, and signs the account out everywhere; a newer link replaces an older one; too many
 * requests for an email or from an address are refused alike.
 */
@ApplicationTest
class PasswordResetIntegrationTests {

    @RegisterExtension
    static final GreenMailExtension mail = Mailbox.server();

    private static final Pattern LINK =
            Pattern.compile("https://reload\\.example/password/reset\\?token=(rst_[A-Za-z0-9_-]+)");
    private static final String NEW_PASSWORD = "lichen-orbit-saddle";

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry properties) {
        Mailbox.sendTo(mail, properties);
        properties.add("reload.security.reset-requests-allowed", () -> 3);
    }

    private final Mailbox mailbox = new Mailbox(mail);

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void anAddressWithAnAccountAndOneWithoutGetTheSamePageAndOnlyTheAccountGetsMail() throws Exception {
        String email = new Visitor(mvc).register("forgetful", "Ines");
        String stranger = "nobody-" + java.util.UUID.randomUUID() + "@example.org";

        MvcResult known = ask(new Visitor(mvc), email);
        MvcResult unknown = ask(new Visitor(mvc), stranger);

        assertThat(known.getResponse().getStatus()).isEqualTo(200);
        assertThat(unknown.getResponse().getStatus()).isEqualTo(200);
        assertThat(Mailbox.comparable(known, email)).isEqualTo(Mailbox.comparable(unknown, stranger));
        assertThat(known.getResponse().getContentAsString()).contains("Check your email");

        MimeMessage sent = onlyMailTo(email);
        assertThat(sent.getSubject()).isEqualTo("Reset your Reload password");
        assertThat(GreenMailUtil.getBody(sent)).contains("within the next hour");
        assertThat(mail.getReceivedMessagesForDomain(stranger.substring(stranger.indexOf('@') + 1)))
                .noneMatch(m -> Mailbox.addressedTo(m, stranger));
    }

    @Test
    void theLinkSetsANewPasswordOnceAndSignsTheAccountOutEverywhere() throws Exception {
        Visitor elsewhere = new Visitor(mvc);
        String email = elsewhere.register("reset-once", "Ines");
        ask(new Visitor(mvc), email);
        String token = tokenIn(onlyMailTo(email));

        Visitor visitor = new Visitor(mvc);
        MvcResult form = visitor.perform(get("/password/reset").param("token", token));
        assertThat(form.getResponse().getStatus()).isEqualTo(200);
        assertThat(form.getResponse().getHeader("Referrer-Policy")).isEqualTo("no-referrer");

        MvcResult weak = visitor.perform(
                post("/password/reset").with(csrf()).param("token", token).param("newPassword", "short"));
        assertThat(weak.getResponse().getStatus()).isEqualTo(400);
        assertThat(weak.getResponse().getContentAsString()).contains("New password");

        MvcResult done = visitor.perform(
                post("/password/reset").with(csrf()).param("token", token).param("newPassword", NEW_PASSWORD));
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/login?reset");

        assertThat(elsewhere.perform(get("/today")).getResponse().getRedirectedUrl())
                .endsWith("/login");
        assertThat(logIn(email, ApiAccounts.PASSWORD).getResponse().getRedirectedUrl())
                .contains("error");
        assertThat(logIn(email, NEW_PASSWORD).getResponse().getRedirectedUrl()).doesNotContain("error");

        MvcResult again = visitor.perform(get("/password/reset").param("token", token));
        assertThat(again.getResponse().getStatus()).isEqualTo(404);
        assertThat(again.getResponse().getContentAsString()).contains("This link no longer works");
        MvcResult reused = visitor.perform(
                post("/password/reset").with(csrf()).param("token", token).param("newPassword", "another-long-phrase"));
        assertThat(reused.getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aLinkExpiresAfterAnHourAndANewerOneReplacesIt() throws Exception {
        String email = new Visitor(mvc).register("reset-late", "Ines");
        ask(new Visitor(mvc), email);
        String first = tokenIn(onlyMailTo(email));
        ask(new Visitor(mvc), email);
        String second = mailsTo(email).stream()
                .map(PasswordResetIntegrationTests::tokenIn)
                .filter(token -> !token.equals(first))
                .findFirst()
                .orElseThrow();

        assertThat(new Visitor(mvc)
                        .perform(get("/password/reset").param("token", first))
                        .getResponse()
                        .getStatus())
                .as("replaced")
                .isEqualTo(404);
        assertThat(new Visitor(mvc)
                        .perform(get("/password/reset").param("token", second))
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);

        jdbc.sql("UPDATE password_reset SET expires_at = created_at - INTERVAL '1' MINUTE WHERE used_at IS NULL")
                .update();
        assertThat(new Visitor(mvc)
                        .perform(get("/password/reset").param("token", second))
                        .getResponse()
                        .getStatus())
                .as("expired")
                .isEqualTo(404);
        assertThat(new Visitor(mvc)
                        .perform(get("/password/reset").param("token", "rst_made-up"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void tooManyRequestsForAnEmailAreRefusedWhetherOrNotItHasAnAccount() throws Exception {
        String email = new Visitor(mvc).register("reset-often", "Ines");
        String stranger = "nobody-" + java.util.UUID.randomUUID() + "@example.org";
        for (String address : new String[] {email, stranger}) {
            for (int i = 0; i < 3; i++) {
                assertThat(ask(new Visitor(mvc), address).getResponse().getStatus())
                        .isEqualTo(200);
            }
            MvcResult refused = ask(new Visitor(mvc), address);
            assertThat(refused.getResponse().getStatus()).as(address).isEqualTo(429);
            assertThat(refused.getResponse().getContentAsString()).contains("That is a lot of requests");
        }
        assertThat(mailsTo(email)).hasSize(3);

        MvcResult blank = ask(new Visitor(mvc), " ");
        assertThat(blank.getResponse().getStatus()).isEqualTo(400);
        assertThat(blank.getResponse().getContentAsString()).contains("Email must be an address");
    }

    /** Asks for a link, with a forged Host header: the link must not follow it. */
    private MvcResult ask(Visitor visitor, String email) throws Exception {
        visitor.perform(get("/password/forgot"));
        return visitor.perform(post("/password/forgot")
                .with(csrf())
                .header("Host", "evil.example")
                .param("email", email));
    }

    private MvcResult logIn(String email, String password) throws Exception {
        Visitor visitor = new Visitor(mvc);
        visitor.perform(get("/login"));
        return visitor.perform(post("/login").with(csrf()).param("email", email).param("password", password));
    }

    /** The page with the address typed and the form's token taken out. */
    private MimeMessage onlyMailTo(String email) throws Exception {
        return mailbox.onlyMailTo(email);
    }

    private java.util.List<MimeMessage> mailsTo(String email) throws Exception {
        return mailbox.mailsTo(email);
    }

    private static String tokenIn(MimeMessage message) {
        return Mailbox.linkToken(message, LINK);
    }
}
