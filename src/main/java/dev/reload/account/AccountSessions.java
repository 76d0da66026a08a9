package dev.reload.account;

import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Ends an account's page sessions, wherever they were opened: they live in the database (decision
 * 0003), indexed by the principal's name, which is the email. What a session holds of its account
 * (the role) was copied at sign-in, so a change of role ends them to take effect at once.
 */
@Component
public class AccountSessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

    AccountSessions(ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
        this.sessions = sessions;
    }

    /** Ends every session of the account with this email but the one of {@code keepSessionId} (may be null). */
    public int endAll(String email, String keepSessionId) {
        FindByIndexNameSessionRepository<?> repository = sessions.getIfAvailable();
        if (repository == null) {
            return 0;
        }
        Set<String> ids = repository.findByPrincipalName(email).keySet();
        int ended = 0;
        for (String id : ids) {
            if (!id.equals(keepSessionId)) {
                repository.deleteById(id);
                ended++;
            }
        }
        return ended;
    }
}
