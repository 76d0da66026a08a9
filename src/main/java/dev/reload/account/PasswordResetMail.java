package dev.reload.account;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.task.TaskExecutor;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import dev.reload.system.web.PublicAddress;

/**
 * The reset link's mail, through Spring's mail support ({@code spring.mail.*}). It goes out in
 * the background once the link is stored, so the asker waits as long whether or not the email
 * has an account. With no mail server configured, mail is off: the start says so, a link is only
 * logged as made (never its address), and in the {@code dev} profile it is handed back to be
 * shown on the page, so that a developer can follow it.
 */
@Component
class PasswordResetMail {

    static final String DEVELOPMENT_PROFILE = "dev";

    private static final Logger log = LoggerFactory.getLogger(PasswordResetMail.class);

    private final ObjectProvider<JavaMailSender> senders;
    private final PublicAddress address;
    private final TaskExecutor executor;
    private final String from;
    private final boolean development;

    PasswordResetMail(
            ObjectProvider<JavaMailSender> senders,
            PublicAddress address,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            Environment environment,
            @Value("${reload.mail.from:Reload <no-reply@reload.invalid>}") String from) {
        this.senders = senders;
        this.address = address;
        this.executor = executor;
        this.from = from;
        this.development = environment.matchesProfiles(DEVELOPMENT_PROFILE);
        if (senders.getIfAvailable() != null && !address.isConfigured()) {
            // a link built from the request would carry whatever Host header the asker sent
            throw new IllegalStateException("spring.mail.host is set, so reload.public-url must be too: password"
                    + " reset links are built on it, never on a request's Host header");
        }
        if (senders.getIfAvailable() == null) {
            log.warn(
                    "Mail is off (no spring.mail.host): password reset links are not sent{}",
                    development ? "; the dev profile shows them on the page instead" : "");
        }
    }

    /** The reset page's address for this token: on the configured public address, never the request's Host. */
    String link(String token) {
        return address.of("/password/reset?token=" + token);
    }

    /**
     * Sends the link once the current transaction commits; answers the link itself only when mail
     * is off in the dev profile.
     */
    Optional<String> send(String to, String name, String token) {
        String link = link(token);
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            log.info("A password reset link was made; mail is off, so it was not sent");
            return development ? Optional.of(link) : Optional.empty();
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject("Reset your Reload password");
        message.setText(text(name, link));
        Runnable post = () -> executor.execute(() -> {
            try {
                sender.send(message);
            } catch (MailException e) {
                log.warn("A password reset mail could not be sent: {}", e.getMessage());
            }
        });
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    post.run();
                }
            });
        } else {
            post.run();
        }
        return Optional.empty();
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
