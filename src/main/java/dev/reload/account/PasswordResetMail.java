package dev.reload.account;

import java.util.Optional;

import org.springframework.stereotype.Component;

/** The reset link's mail (sent by {@link AccountMail}: in the background, or shown in development). */
@Component
class PasswordResetMail {

    private final AccountMail mail;

    PasswordResetMail(AccountMail mail) {
        this.mail = mail;
    }

    /** The reset page's address for this token. */
    String link(String token) {
        return mail.link("/password/reset?token=" + token);
    }

    /** Sends the link; answers the link itself only when mail is off in the dev profile. */
    Optional<String> send(String to, String name, String token) {
        String link = link(token);
        return mail.send(to, "Reset your Reload password", text(name, link), link, "A password reset link");
    }

    private static String text(String name, String link) {
        return "Hello " + name + ",\n\n"
                + "Someone, probably you, asked to reset the password of your Reload account.\n"
                + "To choose a new password, open this link within the next hour:\n\n"
                + link + "\n\n"
                + "The link works once. Setting a new password signs you out everywhere else and\n"
                + "stops your API tokens working.\n\n"
                + "If you did not ask for this, ignore this mail: your password stays as it is.\n\n"
                + "Reload\n";
    }
}
