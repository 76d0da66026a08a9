package dev.reload.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.springframework.test.web.servlet.MvcResult;

import dev.reload.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Two-step sign-in for full-application tests, as a person with an authenticator app does it:
 * the key read from the enrolment page, codes computed from it on the application's clock. A
 * clinician must enrol before any other page opens (decision 0020): tests of clinician pages call
 * {@link #enrol} right after registering.
 */
public final class TwoStepEnrolment {

    private static final Pattern SECRET = Pattern.compile("data-secret=\"([A-Z2-7]+)\"");
    private static final Pattern RECOVERY = Pattern.compile("<code>([a-z2-9]{5}-[a-z2-9]{5})</code>");
    private static final Totp TOTP = new Totp();

    private TwoStepEnrolment() {}

    /** What enrolling gave: the key in the app, and the recovery codes shown once. */
    public record Enrolled(String email, String secret, List<String> recoveryCodes) {}

    /** Enrols the signed-in visitor: the page's key, then the app's current code. */
    public static Enrolled enrol(Visitor visitor, String email, Clock clock) throws Exception {
        String page = visitor.perform(get("/account/two-step")).getResponse().getContentAsString();
        Matcher secret = SECRET.matcher(page);
        assertThat(secret.find()).as("the key on the page").isTrue();
        assertThat(page).contains("<svg", "class=\"qr-code\"");
        MvcResult confirmed =
                visitor.perform(post("/account/two-step").with(csrf()).param("code", code(secret.group(1), clock, 0)));
        assertThat(confirmed.getResponse().getRedirectedUrl()).isEqualTo("/account#two-step");
        String account = visitor.perform(get("/account")).getResponse().getContentAsString();
        return new Enrolled(email, secret.group(1), recoveryCodes(account));
    }

    /** The recovery codes a page shows. */
    public static List<String> recoveryCodes(String page) {
        return RECOVERY.matcher(page).results().map(m -> m.group(1)).toList();
    }

    /** The code an app holding {@code secret} shows {@code steps} 30-second steps from now. */
    public static String code(String secret, Clock clock, int steps) {
        Instant at = clock.instant().plus(Totp.TIME_STEP.multipliedBy(steps));
        return TOTP.code(Totp.fromBase32(secret), at);
    }

    /** A 6-digit code that is none of the three the application takes now. */
    public static String wrongCode(String secret, Clock clock) {
        List<String> window = List.of(code(secret, clock, -1), code(secret, clock, 0), code(secret, clock, 1));
        return IntStream.range(0, 4)
                .mapToObj(i -> String.valueOf(i).repeat(6))
                .filter(code -> !window.contains(code))
                .findFirst()
                .orElseThrow();
    }
}
