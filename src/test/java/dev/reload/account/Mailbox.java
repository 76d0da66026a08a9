package dev.reload.account;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/** What a test's GreenMail server received: the mails to one address, and the links in them. */
final class Mailbox {

    /** The public address the application builds the links in mail on, in these tests. */
    static final String PUBLIC_URL = "https://reload.example";

    private final GreenMailExtension mail;

    Mailbox(GreenMailExtension mail) {
        this.mail = mail;
    }

    /** A real SMTP server on a free port of loopback, for a test class (one per class, not per test). */
    static GreenMailExtension server() {
        return new GreenMailExtension(new ServerSetup(0, "127.0.0.1", "smtp")).withPerMethodLifecycle(false);
    }

    /** Points the application's mail at the server, and its links at {@link #PUBLIC_URL}. */
    static void sendTo(GreenMailExtension server, DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> server.getSmtp().getPort());
        properties.add("reload.public-url", () -> PUBLIC_URL);
    }

    /** The one mail to this address, waiting for it (mail goes out in the background). */
    MimeMessage onlyMailTo(String email) throws Exception {
        assertThat(mail.waitForIncomingEmail(5_000, 1)).isTrue();
        List<MimeMessage> mine = mailsTo(email);
        for (int i = 0; i < 50 && mine.isEmpty(); i++) {
            Thread.sleep(100);
            mine = mailsTo(email);
        }
        assertThat(mine).hasSize(1);
        return mine.get(0);
    }

    /** Every mail to this address, waiting up to five seconds for the first. */
    List<MimeMessage> mailsTo(String email) throws Exception {
        for (int i = 0; i < 50; i++) {
            List<MimeMessage> mine = received(email);
            if (!mine.isEmpty()) {
                Thread.sleep(200); // a second mail may still be on its way
                return received(email);
            }
            Thread.sleep(100);
        }
        return List.of();
    }

    /** The mails to this address so far, without waiting. */
    List<MimeMessage> received(String email) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(m -> addressedTo(m, email))
                .toList();
    }

    static boolean addressedTo(MimeMessage message, String email) {
        try {
            return Arrays.stream(message.getAllRecipients())
                    .anyMatch(a -> a.toString().equalsIgnoreCase(email));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first group of {@code link} in the mail's text; the Host header a test sent must not be in it. */
    static String linkToken(MimeMessage message, Pattern link) {
        String body = GreenMailUtil.getBody(message).replace("=\r\n", "");
        assertThat(body).as("the Host header sent is not trusted").doesNotContain("evil.example");
        Matcher found = link.matcher(body);
        assertThat(found.find()).as("the mail holds the link").isTrue();
        return found.group(1);
    }

    /** A page's text with this email and the form's CSRF token taken out, to compare two answers. */
    static String comparable(MvcResult result, String email) throws Exception {
        return result.getResponse()
                .getContentAsString()
                .replace(email, "EMAIL")
                .replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "");
    }
}
