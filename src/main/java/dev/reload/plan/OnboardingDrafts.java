package dev.reload.plan;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.reload.account.AccountId;

/**
 * Each account's onboarding draft, as the JSON text the onboarding pages make of it (decision
 * 0028): in the database, so that any instance continues it and a restart keeps it. A draft not
 * touched for {@link #KEPT_FOR} is forgotten, so that a person who comes back later answers the
 * safety screen again.
 */
@Service
public class OnboardingDrafts {

    /** How long an untouched draft is kept. */
    public static final Duration KEPT_FOR = Duration.ofDays(1);

    /** The longest draft kept (the column's size); the onboarding answers are far shorter. */
    static final int MAX_LENGTH = 20_000;

    private final JdbcClient jdbc;
    private final Clock clock;

    OnboardingDrafts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The account's draft, unless there is none or it is older than {@link #KEPT_FOR}. */
    @Transactional(readOnly = true)
    public Optional<String> find(AccountId account) {
        return jdbc.sql("SELECT answers FROM onboarding_draft WHERE account_id = :account AND updated_at > :since")
                .param("account", account.value())
                .param("since", Timestamp.from(clock.instant().minus(KEPT_FOR)))
                .query(String.class)
                .optional();
    }

    /** Keeps {@code answers} as the account's draft, in place of the one before; forgets drafts past their day. */
    @Transactional
    public void save(AccountId account, String answers) {
        if (answers.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "an onboarding draft is at most " + MAX_LENGTH + " characters, this one " + answers.length());
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("DELETE FROM onboarding_draft WHERE updated_at <= :since")
                .param("since", Timestamp.from(clock.instant().minus(KEPT_FOR)))
                .update();
        int updated = jdbc.sql("UPDATE onboarding_draft SET answers = :answers, updated_at = :now"
                        + " WHERE account_id = :account")
                .param("account", account.value())
                .param("answers", answers)
                .param("now", now)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO onboarding_draft (account_id, answers, updated_at) VALUES (:account, :answers, :now)"
                            + " ON CONFLICT DO NOTHING")
                    .param("account", account.value())
                    .param("answers", answers)
                    .param("now", now)
                    .update();
        }
    }

    /** Forgets the account's draft: its plan is made. */
    @Transactional
    public void delete(AccountId account) {
        jdbc.sql("DELETE FROM onboarding_draft WHERE account_id = :account")
                .param("account", account.value())
                .update();
    }
}
