package dev.reload.account;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The two mails registering can send: the link that makes a new account, or, to the owner of an
 * address that already has one, a note that someone tried (sent by {@link AccountMail}).
 */
@Component
class RegistrationMail {

    private final AccountMail mail;

    RegistrationMail(AccountMail mail) {
        this.mail = mail;
    }

    /** Sends the link that makes the account; answers it only when mail is off in the dev profile. */
    Optional<String> sendLink(String to, String name, String token) {
        String link = mail.link("/register/confirm?token=" + token);
        String text = "Hello " + name + ",\n\n"
                + "To finish creating your Reload account, open this link within the next day:\n\n"
                + link + "\n\n"
                + "Until then no account exists, and nothing you type is stored.\n\n"
                + "If you did not try to create an account, ignore this mail: without the link, nothing happens.\n\n"
                + "Reload\n";
        return mail.send(to, "Finish creating your Reload account", text, link, "A registration link");
    }

    /** Tells the owner of an address that someone tried to register it again. */
    void sendAlreadyRegistered(String to, String name) {
        String login = mail.link("/login");
        String forgot = mail.link("/password/forgot");
        String text = "Hello " + name + ",\n\n"
                + "Someone tried to create a Reload account with this address, but it already has one.\n\n"
                + "If it was you, log in instead:\n" + login + "\n\n"
                + "Forgot your password? Choose a new one here:\n" + forgot + "\n\n"
                + "If it was not you, you need not do anything: your account and its data are unchanged.\n\n"
                + "Reload\n";
        mail.send(to, "You already have a Reload account", text, null, "An already-registered notice");
    }

    /** Whether a registration link can reach the person: by mail, or on the page in development. */
    boolean canDeliver() {
        return mail.isOn() || mail.showsLinksOnPage();
    }
}
