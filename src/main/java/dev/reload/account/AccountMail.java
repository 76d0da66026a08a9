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
 * The account mails (reset links, registration links and notices), through Spring's mail support
 * ({@code spring.mail.*}). A mail goes out in the background once the current transaction
 * commits, so whoever asked waits as long whether or not a mail was due. With no mail server
 * configured, mail is off: the start says so, a mail is only logged as made (never its address
 * or link), and in the {@code dev} profile a link is handed back to be shown on the page, so
 * that a developer can follow it.
 */
@Component
class AccountMail {

    static final String DEVELOPMENT_PROFILE = "dev";

    private static final Logger log = LoggerFactory.getLogger(AccountMail.class);

    private final ObjectProvider<JavaMailSender> senders;
    private final PublicAddress address;
    private final TaskExecutor executor;
    private final String from;
    private final boolean development;

    AccountMail(
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
            throw new IllegalStateException("spring.mail.host is set, so reload.public-url must be too: the links"
                    + " in mails are built on it, never on a request's Host header");
        }
        if (senders.getIfAvailable() == null) {
            log.warn(
                    "Mail is off (no spring.mail.host): password reset and registration links are not sent{}",
                    development ? "; the dev profile shows them on the page instead" : "");
        }
    }

    /** Whether mails go out. */
    boolean isOn() {
        return senders.getIfAvailable() != null;
    }

    /** Whether links can be shown on the page because mail is off in the dev profile. */
    boolean showsLinksOnPage() {
        return !isOn() && development;
    }

    /** This path on the configured public address, never the request's Host. */
    String link(String path) {
        return address.of(path);
    }

    /**
     * Sends the mail once the current transaction commits; answers {@code link} only when mail
     * is off in the dev profile (to show it on the page), else nothing.
     *
     * @param what what the mail is, for the log: never an address or a link
     */
    Optional<String> send(String to, String subject, String text, String link, String what) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            log.info("{} was made; mail is off, so it was not sent", what);
            return development && link != null ? Optional.of(link) : Optional.empty();
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        Runnable post = () -> executor.execute(() -> {
            try {
                sender.send(message);
            } catch (MailException e) {
                log.warn("{} could not be sent: {}", what, e.getMessage());
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
}
