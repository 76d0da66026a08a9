package dev.reload.plan.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import dev.reload.account.AccountId;
import dev.reload.plan.OnboardingDrafts;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.willAnswer;

/**
 * The slice's mocked {@link OnboardingDrafts} as a map, so that a draft goes from one step to the
 * next as the stored one does; the test reads and sets the signed-in person's draft.
 */
final class DraftsInMemory {

    private final Map<AccountId, String> stored = new HashMap<>();
    private final JsonMapper json;
    private final AccountId owner;

    DraftsInMemory(OnboardingDrafts drafts, JsonMapper json, AccountId owner) {
        this.json = json;
        this.owner = owner;
        willAnswer(call -> Optional.ofNullable(stored.get(call.<AccountId>getArgument(0))))
                .given(drafts)
                .find(any());
        willAnswer(call -> stored.put(call.getArgument(0), call.getArgument(1)))
                .given(drafts)
                .save(any(), any());
        willAnswer(call -> stored.remove(call.<AccountId>getArgument(0)))
                .given(drafts)
                .delete(any());
    }

    /** The stored draft, or null when there is none. */
    OnboardingDraft draft() {
        String answers = stored.get(owner);
        return answers == null ? null : json.readValue(answers, OnboardingDraft.class);
    }

    void put(OnboardingDraft draft) {
        stored.put(owner, json.writeValueAsString(draft));
    }
}
