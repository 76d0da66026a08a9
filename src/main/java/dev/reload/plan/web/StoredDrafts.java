package dev.reload.plan.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import dev.reload.account.AccountId;
import dev.reload.plan.OnboardingDrafts;

/**
 * The onboarding draft as JSON in {@link OnboardingDrafts}: any instance continues it, and a
 * restart or a deploy keeps it (decision 0028). Reading ignores answers it does not know, so a
 * draft written by an older or newer version of the application still opens; one that cannot be
 * read at all starts afresh.
 */
final class StoredDrafts {

    private static final Logger log = LoggerFactory.getLogger(StoredDrafts.class);

    private final OnboardingDrafts drafts;
    private final JsonMapper json;

    StoredDrafts(OnboardingDrafts drafts, JsonMapper json) {
        this.drafts = drafts;
        this.json = json;
    }

    /** The account's draft, or a new one. */
    OnboardingDraft load(AccountId account) {
        return drafts.find(account).map(answers -> read(account, answers)).orElseGet(OnboardingDraft::new);
    }

    void save(AccountId account, OnboardingDraft draft) {
        drafts.save(account, json.writeValueAsString(draft));
    }

    void forget(AccountId account) {
        drafts.delete(account);
    }

    private OnboardingDraft read(AccountId account, String answers) {
        try {
            return json.readerFor(OnboardingDraft.class)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(answers);
        } catch (JacksonException e) {
            log.warn("the onboarding draft of account {} could not be read; it starts afresh", account.value(), e);
            return new OnboardingDraft();
        }
    }
}
