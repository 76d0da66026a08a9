package dev.reload.account;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.reload.support.ApplicationTest;
import dev.reload.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Registering without telling whether an address has an account (issue 14, point 5; decision
 * 0027), against a real SMTP server: a new address and one in use get the same page, the same API
 * answer and about the same wait; the new one is mailed a link that makes the account once, the
 * owner of the other a note; registrations are limited per email and per address alike.
 */
@ApplicationTest
class RegistrationConfirmationIntegrationTests {

    @RegisterExtension
    static final GreenMailExtension mail = Mailbox.server();

    private static final Pattern LINK =
            Pattern.compile("https://reload\\.example/register/confirm\\?token=(reg_[A-Za-z0-9_-]+)");
    private static final String PASSWORD = "amber-tundra-whistle";
    private static final int PER_EMAIL = 3;
    private static final int PER_ADDRESS = 12;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry properties) {
        Mailbox.sendTo(mail, properties);
        properties.add("reload.registration.confirm-email", () -> true);
        properties.add("reload.security.registrations-per-email", () -> PER_EMAIL);
        properties.add("reload.security.registrations-per-address", () -> PER_ADDRESS);
    }

    private final Mailbox mailbox = new Mailbox(mail);

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void aNewAddressAndOneWithAnAccountGetTheSamePageAndOnlyMailTellsThemApart() throws Exception {
        String owner = confirmedAccount("Ines");
        String stranger = fresh("stranger");

        Visitor again = new Visitor(mvc);
        MvcResult inUse = register(again, owner, "Someone else", "other-pass-phrase");
        Visitor newcomer = new Visitor(mvc);
        MvcResult brandNew = register(newcomer, stranger, "Someone else", "other-pass-phrase");

        assertThat(inUse.getResponse().getStatus()).isEqualTo(200);
        assertThat(brandNew.getResponse().getStatus()).isEqualTo(200);
        assertThat(Mailbox.comparable(inUse, owner)).isEqualTo(Mailbox.comparable(brandNew, stranger));
        assertThat(inUse.getResponse().getContentAsString())
                .contains("Check your email")
                .doesNotContain("already has an account: log in");
        // nobody is signed in by registering
        assertThat(again.perform(get("/account")).getResponse().getStatus()).isEqualTo(302);
        assertThat(newcomer.perform(get("/account")).getResponse().getStatus()).isEqualTo(302);

        MimeMessage note = mailbox.mailsTo(owner).get(1);
        assertThat(note.getSubject()).isEqualTo("You already have a Reload account");
        assertThat(GreenMailUtil.getBody(note))
                .contains("Hello Ines")
                .contains("https://reload.example/password/forgot")
                .doesNotContain("/register/confirm");
        MimeMessage link = mailbox.onlyMailTo(stranger);
        assertThat(link.getSubject()).isEqualTo("Finish creating your Reload account");
        assertThat(GreenMailUtil.getBody(link)).contains("Hello Someone else");

        // the owner's password and name are as they were
        assertThat(logIn(owner, PASSWORD).getResponse().getRedirectedUrl()).doesNotContain("error");
        assertThat(jdbc.sql("SELECT display_name FROM account WHERE email = :email")
                        .param("email", owner)
                        .query(String.class)
                        .single())
                .isEqualTo("Ines");
    }

    @Test
    void theApiAnswersANewAddressAndOneWithAnAccountAlikeAndTheMailedTokenMakesTheAccount() throws Exception {
        String owner = confirmedAccount("Jo");
        String stranger = fresh("api-stranger");

        MvcResult inUse = apiRegister(owner);
        MvcResult brandNew = apiRegister(stranger);

        assertThat(inUse.getResponse().getStatus()).isEqualTo(201);
        assertThat(brandNew.getResponse().getStatus()).isEqualTo(201);
        assertThat(inUse.getResponse().getContentAsString().replace(owner, "EMAIL"))
                .isEqualTo(brandNew.getResponse().getContentAsString().replace(stranger, "EMAIL"))
                .isEqualTo("{\"email\":\"EMAIL\",\"status\":\"CHECK_EMAIL\"}");

        String token = Mailbox.linkToken(mailbox.onlyMailTo(stranger), LINK);
        MvcResult made = mvc.perform(post("/api/v1/accounts/confirmations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"token\":\"" + token + "\"}"))
                .andReturn();
        assertThat(made.getResponse().getStatus()).isEqualTo(201);
        assertThat((String) JsonPath.read(made.getResponse().getContentAsString(), "$.email"))
                .isEqualTo(stranger);
        assertThat((String) JsonPath.read(made.getResponse().getContentAsString(), "$.displayName"))
                .isEqualTo("Api Person");

        MvcResult spent = mvc.perform(post("/api/v1/accounts/confirmations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"token\":\"" + token + "\"}"))
                .andReturn();
        assertThat(spent.getResponse().getStatus()).isEqualTo(400);
        assertThat((String) JsonPath.read(spent.getResponse().getContentAsString(), "$.errors[0].field"))
                .isEqualTo("token");

        MvcResult tokenForIt = mvc.perform(post("/api/v1/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + stranger + "\",\"password\":\"" + PASSWORD + "\"}"))
                .andReturn();
        assertThat(tokenForIt.getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void theLinkShowsWhatItMakesThenMakesTheAccountOnceAndSignsItIn() throws Exception {
        String email = fresh("linked");
        Visitor visitor = new Visitor(mvc);
        register(visitor, email, "Noor", PASSWORD);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account WHERE email = :email")
                        .param("email", email)
                        .query(Integer.class)
                        .single())
                .as("no account before the link is opened")
                .isZero();
        String token = Mailbox.linkToken(mailbox.onlyMailTo(email), LINK);

        MvcResult page = visitor.perform(get("/register/confirm").param("token", token));
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.getResponse().getHeader("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(page.getResponse().getContentAsString())
                .contains("This creates the account of Noor for " + email)
                .contains("Create my account");

        MvcResult made = visitor.perform(post("/register/confirm").with(csrf()).param("token", token));
        assertThat(made.getResponse().getRedirectedUrl()).isEqualTo("/today?welcome");
        assertThat(visitor.perform(get("/account")).getResponse().getStatus()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pending_registration WHERE email = :email")
                        .param("email", email)
                        .query(Integer.class)
                        .single())
                .isZero();

        MvcResult again =
                new Visitor(mvc).perform(post("/register/confirm").with(csrf()).param("token", token));
        assertThat(again.getResponse().getStatus()).isEqualTo(404);
        assertThat(again.getResponse().getContentAsString()).contains("This link no longer works");
        assertThat(new Visitor(mvc)
                        .perform(get("/register/confirm").param("token", token))
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void markupInTheNameIsShownAsTextOnTheConfirmationPage() throws Exception {
        String email = fresh("markup");
        register(new Visitor(mvc), email, "<u data-x=1>\"'&", PASSWORD);
        String token = Mailbox.linkToken(mailbox.onlyMailTo(email), LINK);
        String page = new Visitor(mvc)
                .perform(get("/register/confirm").param("token", token))
                .getResponse()
                .getContentAsString();
        assertThat(page).doesNotContain("<u data-x").contains("&lt;u data-x=1&gt;&quot;&#39;&amp;");
    }

    @Test
    void registeringAgainReplacesTheEarlierLinkAndALinkLastsADay() throws Exception {
        String email = fresh("twice");
        register(new Visitor(mvc), email, "Pat", PASSWORD);
        String first = Mailbox.linkToken(mailbox.onlyMailTo(email), LINK);
        register(new Visitor(mvc), email, "Pat", PASSWORD);
        List<MimeMessage> both = mailbox.mailsTo(email);
        assertThat(both).hasSize(2);
        String second = Mailbox.linkToken(both.get(1), LINK);

        assertThat(new Visitor(mvc)
                        .perform(get("/register/confirm").param("token", first))
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        jdbc.sql("UPDATE pending_registration SET expires_at = created_at WHERE email = :email")
                .param("email", email)
                .update();
        assertThat(new Visitor(mvc)
                        .perform(post("/register/confirm").with(csrf()).param("token", second))
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account WHERE email = :email")
                        .param("email", email)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void registrationsAreLimitedPerEmailWhetherOrNotItHasAnAccount() throws Exception {
        String owner = confirmedAccount("Quinn");
        String stranger = fresh("limited");
        // the owner's own registration counted once already
        for (int i = 1; i < PER_EMAIL; i++) {
            assertThat(register(new Visitor(mvc), owner, "Quinn", PASSWORD)
                            .getResponse()
                            .getStatus())
                    .isEqualTo(200);
        }
        for (int i = 0; i < PER_EMAIL; i++) {
            assertThat(register(new Visitor(mvc), stranger, "Quinn", PASSWORD)
                            .getResponse()
                            .getStatus())
                    .isEqualTo(200);
        }
        MvcResult inUse = register(new Visitor(mvc), owner, "Quinn", PASSWORD);
        MvcResult brandNew = register(new Visitor(mvc), stranger, "Quinn", PASSWORD);
        assertThat(inUse.getResponse().getStatus()).isEqualTo(429);
        assertThat(brandNew.getResponse().getStatus()).isEqualTo(429);
        assertThat(inUse.getResponse().getHeader("Retry-After")).isEqualTo("600");
        assertThat(Mailbox.comparable(inUse, owner)).isEqualTo(Mailbox.comparable(brandNew, stranger));
        assertThat(inUse.getResponse().getContentAsString()).contains("a lot of registrations");
    }

    @Test
    void registrationsAreLimitedPerAddress() throws Exception {
        Visitor busy = new Visitor(mvc);
        for (int i = 0; i < PER_ADDRESS; i++) {
            assertThat(register(busy, fresh("busy"), "Rae", PASSWORD)
                            .getResponse()
                            .getStatus())
                    .isEqualTo(200);
        }
        assertThat(register(busy, fresh("busy"), "Rae", PASSWORD).getResponse().getStatus())
                .isEqualTo(429);
        assertThat(register(new Visitor(mvc), fresh("elsewhere"), "Rae", PASSWORD)
                        .getResponse()
                        .getStatus())
                .as("another address still registers")
                .isEqualTo(200);
    }

    @Test
    void aWrongFieldIsNamedWhetherOrNotTheAddressHasAnAccount() throws Exception {
        String owner = confirmedAccount("Sam");
        MvcResult inUse = register(new Visitor(mvc), owner, "Sam", "short");
        MvcResult brandNew = register(new Visitor(mvc), fresh("weak"), "Sam", "short");
        assertThat(inUse.getResponse().getContentAsString()).contains("at least 12 characters");
        assertThat(brandNew.getResponse().getContentAsString()).contains("at least 12 characters");
        assertThat(mailbox.received(owner)).hasSize(1);
    }

    @Test
    void anAddressWithAnAccountWaitsAsLongAsANewOne() throws Exception {
        List<String> owners = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            owners.add(confirmedAccount("Timed"));
        }
        List<Long> inUse = new ArrayList<>();
        List<Long> brandNew = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            brandNew.add(timed(fresh("timed")));
            inUse.add(timed(owners.get(round)));
        }
        double ratio = (double) median(inUse) / median(brandNew);
        // the password is hashed either way (tens of milliseconds); skipping it would make the ratio tiny
        assertThat(ratio).as("in use %s ns, new %s ns", inUse, brandNew).isBetween(0.5, 2.0);
    }

    private long timed(String email) throws Exception {
        Visitor visitor = new Visitor(mvc);
        long start = System.nanoTime();
        MvcResult result = register(visitor, email, "Timed", PASSWORD);
        long took = System.nanoTime() - start;
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return took;
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    /** An account made through the link, as a person would; answers its email. */
    private String confirmedAccount(String name) throws Exception {
        String email = fresh(name.toLowerCase());
        Visitor visitor = new Visitor(mvc);
        register(visitor, email, name, PASSWORD);
        String token = Mailbox.linkToken(mailbox.onlyMailTo(email), LINK);
        assertThat(visitor.perform(post("/register/confirm").with(csrf()).param("token", token))
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/today?welcome");
        return email;
    }

    private MvcResult register(Visitor visitor, String email, String name, String password) throws Exception {
        return visitor.perform(post("/register")
                .with(csrf())
                .param("email", email)
                .param("displayName", name)
                .param("password", password)
                .param("timeZone", "Europe/Berlin"));
    }

    private MvcResult apiRegister(String email) throws Exception {
        return new Visitor(mvc)
                .perform(post("/api/v1/accounts")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD
                                + "\",\"displayName\":\"Api Person\"}"));
    }

    private MvcResult logIn(String email, String password) throws Exception {
        return new Visitor(mvc)
                .perform(post("/login").with(csrf()).param("email", email).param("password", password));
    }

    private static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID() + "@example.org";
    }
}
